"""Web links in what people type: found, checked and opened only when they are real http(s)
addresses (a meeting's place, a topic's resources)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from rmdesk import errors
from rmdesk.i18n import msg

_SCHEME = re.compile(r"[a-z][a-z0-9+.\-]*://", re.IGNORECASE)
_HOST = re.compile(r"^[\w\-]+(\.[\w\-]+)*\.?$")
_TRAILING = ".,;:!?'\"]}>"
_UNSAFE = set('<>"{}|\\^`')  # never valid in a URL (RFC 3986)


def _candidate(token: str) -> str | None:
    """The link-like part of one whitespace-separated token, or None if it is plain text."""
    found = _SCHEME.search(token)
    if found:
        token = token[found.start() :]
    else:
        token = token.lstrip("([{<'\"")
        if not token.lower().startswith(("www.", "http:", "https:")):
            return None
    while token and (
        token[-1] in _TRAILING or (token[-1] == ")" and token.count(")") > token.count("("))
    ):
        token = token[:-1]
    return token


def is_web_link(text: str) -> bool:
    """An absolute http(s) URL that names a host (what we are willing to open)."""
    if not text or any(c.isspace() or ord(c) < 32 or c in _UNSAFE for c in text):
        return False
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return False
    host = parts.hostname or ""
    if parts.scheme.lower() not in ("http", "https") or not host:
        return False
    if ":" in host:  # IPv6 literal, which urlsplit has already checked
        return "[" in parts.netloc
    return bool(_HOST.match(host))


def links_in(text: str) -> list[str]:
    """The valid web links in a text, in order, each once."""
    found: list[str] = []
    for token in text.split():
        link = _candidate(token)
        if link and is_web_link(link) and link not in found:
            found.append(link)
    return found


def check_links(text: str, field: str) -> None:
    """Refuse anything that looks like a link but is not a valid http(s) address."""
    for token in text.split():
        link = _candidate(token)
        if link is not None and not is_web_link(link):
            raise errors.ValidationError(
                msg(
                    "“{link}” is not a valid web link: write it in full, starting with "
                    "https:// (or http://) and a host name.",
                    link=link,
                ),
                field,
            )


def place_link(place: str) -> str | None:
    """The link to open for a meeting's place (the first one in it), if any."""
    found = links_in(place)
    return found[0] if found else None
