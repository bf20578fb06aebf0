"""The live PDF preview beside the form: built in a separate process, shown with QtPdf, printed."""
