"""Reads of the service map, scoped to the viewer."""
