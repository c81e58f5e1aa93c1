"""rmdesk: a private desktop journal for one reverse-mentoring pair."""

__version__ = "0.1.0"
