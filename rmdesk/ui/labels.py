"""Names of the programme's phases, shared by the Overview and the pair form. A module of
its own, light to import: the Overview is on the way to the first paint."""

from __future__ import annotations

from rmdesk.domain.enums import Phase
from rmdesk.ui.i18n import translate


def phase_labels() -> dict[Phase, str]:
    """What each programme phase is called (translated when asked, not at import)."""
    return {
        Phase.PREPARING: translate("phases", "Preparing"),
        Phase.AGREEING: translate("phases", "Agreeing"),
        Phase.GROWING: translate("phases", "Growing"),
        Phase.CLOSING: translate("phases", "Closing"),
        Phase.CLOSED: translate("phases", "Closed"),
    }
