"""The document and the disk: open, save, export, autosave, recent files, sending by email."""
