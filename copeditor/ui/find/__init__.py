"""Find and replace across every field of the form."""
