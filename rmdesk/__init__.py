"""rmdesk: a private desktop journal for one reverse-mentoring pair."""

__version__ = "0.1.0"
# One application id everywhere: the .desktop file's name, the AppStream id, the icon's name,
# Qt's desktop file name (the Wayland app id) and the macOS bundle id's reverse-DNS form.
APP_ID = "io.github.rmdesk.rmdesk"
