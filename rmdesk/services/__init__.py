"""Use cases in plain Python. Never imports Qt; raises RmdeskError subclasses for users."""
