"""Time as the desk stores it (UTC, to the second) and as the user lives it (their zone).

Meetings, the Overview, calendar events, the summary and the demo share these, so they live
apart from any one service (the meetings and overview services used to import each other
for them).
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, tzinfo

STARTS_AT_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def parse_starts_at(value: str) -> datetime:
    """A stored UTC time as an aware datetime."""
    # fromisoformat reads the trailing Z since 3.11, and avoids importing _strptime.
    return datetime.fromisoformat(value).astimezone(UTC)


def local_zone() -> tzinfo:
    """The system's time zone, as a ZoneInfo when it can be named (needed across DST)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    key = os.environ.get("TZ", "").lstrip(":")
    if not key:
        target = os.path.realpath("/etc/localtime")
        key = target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else ""
    if key:
        try:
            return ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    fixed = datetime.now().astimezone().tzinfo
    return fixed if fixed is not None else UTC
