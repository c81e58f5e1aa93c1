"""Data files shipped with rmdesk, loaded with importlib.resources."""
