"""The open document: the Submission, its undo stack, and where each value lives in it."""
