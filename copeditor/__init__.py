"""COP Submission Editor: write, check and export a COP Partners' Ongoing Project Summary."""

__version__ = "0.1.0"
