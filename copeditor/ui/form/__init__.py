"""The form on screen: the pages, their field widgets, and how they are bound to the document."""
