"""Names of the programme's phases, shared by the Overview and the pair form. A module of
its own, light to import: the Overview is on the way to the first paint."""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from rmdesk.domain.enums import Phase
from rmdesk.ui.i18n import translate

Code = TypeVar("Code", bound=StrEnum)


def label_for(labels: Mapping[Code, str], code: str) -> str:
    """The label of a code as the models store it (a str) in a table keyed by its StrEnum
    (a member equals, and hashes as, its string); the code itself when it has none."""
    return {str(key): label for key, label in labels.items()}.get(code, code)


def phase_labels() -> dict[Phase, str]:
    """What each programme phase is called (translated when asked, not at import)."""
    return {
        Phase.PREPARING: translate("phases", "Preparing"),
        Phase.AGREEING: translate("phases", "Agreeing"),
        Phase.GROWING: translate("phases", "Growing"),
        Phase.CLOSING: translate("phases", "Closing"),
        Phase.CLOSED: translate("phases", "Closed"),
    }
