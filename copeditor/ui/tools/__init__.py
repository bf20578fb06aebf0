"""Tools beyond the one submission: the secretariat's compiled report, and diagnostics."""
