"""Import and export: the Markdown text form and the PDF."""
