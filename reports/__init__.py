"""xval's front: the `xval` command line, reports, plots and the pytest plugin."""
