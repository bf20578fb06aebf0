"""The Qt editor window: one client of the model; the only package that imports Qt."""
