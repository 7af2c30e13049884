"""Input and the environment: memo files, settings, paths, the cost import from Excel."""
