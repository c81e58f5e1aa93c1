"""The pulse: a quick 1–5 check-in from each person after a meeting, and its trend.

A point of the trend is one meeting (all check-ins linked to it) or, for check-ins not linked
to a meeting, one date. Means are taken over every rating given at that point, so "overall"
is the mean of all ratings there, not a mean of means. Every change returns an undo.Change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from rmdesk import errors, paths
from rmdesk.domain import enums, models
from rmdesk.i18n import msg
from rmdesk.services import undo, validation
from rmdesk.store import db, records, reflections, rows
from rmdesk.store.db import Store

RATINGS = ("safety", "candour", "usefulness", "energy")
LABELS = {
    "safety": "safety to speak openly",
    "candour": "candour",
    "usefulness": "usefulness",
    "energy": "energy",
}
EDITABLE = (*RATINGS, "note", "on_date", "meeting_uuid", "visibility")
MAX_NOTE = 2000


@dataclass(frozen=True)
class PulsePoint:
    """One point of the chart: a meeting (or a date) with the mean of each rating across
    both people, the overall mean, and each person's own overall mean. None = no rating."""

    on: date
    meeting_uuid: str | None
    safety: float | None
    candour: float | None
    usefulness: float | None
    energy: float | None
    overall: float | None
    mentor: float | None
    mentee: float | None
    check_ins: int

    def value(self, series: str) -> float | None:
        """A series by name: one of RATINGS, "overall", "mentor" or "mentee"."""
        found: float | None = getattr(self, series)
        return found


@dataclass(frozen=True)
class PulseAverages:
    """Means over a whole period (None where nothing was rated), and how many check-ins."""

    safety: float | None
    candour: float | None
    usefulness: float | None
    energy: float | None
    overall: float | None
    check_ins: int


@dataclass(frozen=True)
class PulseGlance:
    """What the Overview shows of the pulse, from one read."""

    points: list[PulsePoint]
    averages: PulseAverages
    dropping: bool


def _mean(values: list[int]) -> float | None:
    # sum/len of integers: equal means give equal floats, so comparisons of means are exact.
    return sum(values) / len(values) if values else None


def _given(pulse: models.Pulse) -> list[int]:
    return [getattr(pulse, name) for name in RATINGS if getattr(pulse, name) is not None]


def _averages(pulses: list[models.Pulse]) -> dict[str, float | None]:
    means = {
        name: _mean([getattr(p, name) for p in pulses if getattr(p, name) is not None])
        for name in RATINGS
    }
    means["overall"] = _mean([value for p in pulses for value in _given(p)])
    return means


def _rating(name: str, value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 5:
        raise errors.ValidationError(
            msg(
                "Rate {label} from 1 to 5 (or leave it out); {value!r} is not allowed.",
                label=LABELS[name],
                value=value,
            ),
            name,
        )
    return value


def _point_of(row: tuple[Any, ...]) -> PulsePoint:
    """A chart point from a row of reflections.pulse_point_totals."""
    kind, key, first_day, check_ins = row[:4]
    count = len(RATINGS)
    sums = [row[4 + 2 * i] or 0 for i in range(count)]
    counts = [row[5 + 2 * i] for i in range(count)]
    mentor_sum, mentor_n, mentee_sum, mentee_n = row[4 + 2 * count :]
    return PulsePoint(
        on=date.fromisoformat(first_day),
        meeting_uuid=key if kind == "meeting" else None,
        **{name: _ratio([sums[i], counts[i]]) for i, name in enumerate(RATINGS)},
        overall=_ratio([sum(sums), sum(counts)]),
        mentor=_ratio([mentor_sum, mentor_n]),
        mentee=_ratio([mentee_sum, mentee_n]),
        check_ins=check_ins,
    )


def _ratio(tally: list[int]) -> float | None:
    return tally[0] / tally[1] if tally[1] else None


def _is_dropping(points: list[PulsePoint]) -> bool:
    """The last three meeting points strictly decrease."""
    last = [p.overall for p in points if p.meeting_uuid is not None and p.overall is not None][-3:]
    return len(last) == 3 and last[0] > last[1] > last[2]


class PulseService:
    def __init__(self, store: Store) -> None:
        self._store = store

    # --- reading ---------------------------------------------------------------------------

    def get(self, uuid: str) -> models.Pulse:
        return reflections.get_pulse(self._store, uuid)

    def for_meeting(self, meeting_uuid: str) -> list[models.Pulse]:
        """Check-ins linked to a meeting (at most one per person), oldest first."""
        return reflections.pulses_for_meeting(self._store, meeting_uuid)

    def latest(self, pair_uuid: str) -> models.Pulse | None:
        """The pair's most recent check-in, by date."""
        return reflections.latest_pulse(self._store, pair_uuid)

    def trend(
        self,
        pair_uuid: str,
        date_from: str | date | None = None,
        date_to: str | date | None = None,
    ) -> list[PulsePoint]:
        """One point per meeting (check-ins linked to it) or per date (unlinked check-ins),
        in time order; dates are inclusive and filter on each check-in's date."""
        totals = reflections.pulse_point_totals(
            self._store,
            pair_uuid,
            validation.iso_date(date_from, msg("date"), "date_from") if date_from else None,
            validation.iso_date(date_to, msg("date"), "date_to") if date_to else None,
        )
        return [_point_of(row) for row in totals]

    def at_a_glance(self, pair_uuid: str) -> PulseGlance:
        """Trend, averages and the dip warning from one grouped read of the history (the
        Overview showed each from a read of every check-in of its own)."""
        totals = reflections.pulse_point_totals(self._store, pair_uuid)
        points = [_point_of(row) for row in totals]
        count = len(RATINGS)
        sums = [sum(row[4 + 2 * i] or 0 for row in totals) for i in range(count)]
        counts = [sum(row[5 + 2 * i] for row in totals) for i in range(count)]
        means = {name: _ratio([sums[i], counts[i]]) for i, name in enumerate(RATINGS)}
        averages = PulseAverages(
            **means,
            overall=_ratio([sum(sums), sum(counts)]),
            check_ins=sum(row[3] for row in totals),
        )
        return PulseGlance(points, averages, _is_dropping(points))

    def dropping(self, pair_uuid: str) -> bool:
        """True when the overall pulse fell at each of the last two meetings: the last three
        meeting points (check-ins not linked to a meeting are left out) strictly decrease."""
        return _is_dropping(self.trend(pair_uuid))

    def averages(
        self,
        pair_uuid: str,
        date_from: str | date | None = None,
        date_to: str | date | None = None,
    ) -> PulseAverages:
        found = [
            pulse
            for pulse, _ in reflections.pulses_with_meetings(
                self._store,
                pair_uuid,
                validation.iso_date(date_from, msg("date"), "date_from") if date_from else None,
                validation.iso_date(date_to, msg("date"), "date_to") if date_to else None,
            )
        ]
        return PulseAverages(**_averages(found), check_ins=len(found))

    # --- writing ---------------------------------------------------------------------------

    def _check_once_per_meeting(
        self, meeting_uuid: str | None, author_role: str, except_uuid: str | None = None
    ) -> None:
        if meeting_uuid is None:
            return
        for pulse in self.for_meeting(meeting_uuid):
            if pulse.author_role == author_role and pulse.uuid != except_uuid:
                raise errors.ValidationError(
                    msg(
                        "There is already a check-in from this person for that meeting; "
                        "change that one instead."
                    ),
                    "meeting_uuid",
                )

    def _clean(self, pair_uuid: str, changes: dict[str, Any]) -> dict[str, Any]:
        clean: dict[str, Any] = {}
        for name, value in changes.items():
            if name not in EDITABLE:
                raise errors.ValidationError(msg("{name} cannot be edited here.", name=name), name)
            if name in RATINGS:
                clean[name] = _rating(name, value)
            elif name == "note":
                note = str(value).strip()
                if len(note) > MAX_NOTE:
                    raise errors.ValidationError(
                        msg("Keep the note under {MAX_NOTE} characters.", MAX_NOTE=MAX_NOTE), "note"
                    )
                clean[name] = note
            elif name == "on_date":
                if not value:
                    raise errors.ValidationError(msg("Give the check-in a date."), "on_date")
                clean[name] = validation.iso_date(value, msg("date"), "on_date")
            elif name == "meeting_uuid":
                clean[name] = validation.check_meeting(self._store, pair_uuid, value)
            elif name == "visibility":
                if value not in enums.values(enums.Visibility):
                    raise errors.ValidationError(
                        msg("Choose who may see this check-in."), "visibility"
                    )
                clean[name] = value
        return clean

    @staticmethod
    def _require_a_rating(values: dict[str, Any]) -> None:
        if all(values.get(name) is None for name in RATINGS):
            raise errors.ValidationError(msg("Give at least one rating from 1 to 5."), RATINGS[0])

    def add(
        self,
        pair_uuid: str,
        author_role: str,
        on_date: str | date,
        meeting_uuid: str | None = None,
        safety: int | None = None,
        candour: int | None = None,
        usefulness: int | None = None,
        energy: int | None = None,
        note: str = "",
        visibility: str = enums.Visibility.PRIVATE.value,
    ) -> undo.Change:
        """A check-in: at least one rating, each 1–5; one per person per meeting. The new
        record is ("pulses", uuid) in change.after."""
        if author_role not in enums.values(enums.Role):
            raise errors.ValidationError(msg("Choose who is checking in."), "author_role")
        records.get(self._store, models.Pair, pair_uuid)
        clean = self._clean(
            pair_uuid,
            {
                "on_date": on_date,
                "meeting_uuid": meeting_uuid,
                "safety": safety,
                "candour": candour,
                "usefulness": usefulness,
                "energy": energy,
                "note": note,
                "visibility": visibility,
            },
        )
        self._require_a_rating(clean)
        self._check_once_per_meeting(clean["meeting_uuid"], author_role)
        pulse = models.Pulse(pair_uuid=pair_uuid, author_role=author_role, **clean)

        def operation() -> list[rows.Ref]:
            reflections.add_pulse(self._store, pulse)
            return [("pulses", pulse.uuid)]

        return undo.record(self._store, msg("Pulse check-in"), [], operation)

    def update(self, uuid: str, **changes: Any) -> undo.Change:
        """Edit ratings (None clears one, but one must remain), note, date, meeting or
        visibility; nothing is saved when a rule fails."""
        pulse = self.get(uuid)
        clean = self._clean(pulse.pair_uuid, changes)
        self._require_a_rating({name: getattr(pulse, name) for name in RATINGS} | clean)
        if "meeting_uuid" in clean:
            self._check_once_per_meeting(clean["meeting_uuid"], pulse.author_role, uuid)
        clean = {k: v for k, v in clean.items() if getattr(pulse, k) != v}
        if not clean:
            return undo.Change(msg("No change"), {}, {})
        return undo.record(
            self._store,
            msg("Edit check-in"),
            [("pulses", uuid)],
            lambda: reflections.update_pulse(self._store, pulse, **clean) and None,
        )

    def delete(self, uuid: str) -> undo.Change:
        self.get(uuid)
        return undo.record(
            self._store,
            msg("Delete check-in"),
            rows.closure(self._store, "pulses", uuid),
            lambda: reflections.delete_pulse(self._store, uuid),
        )

    def apply(self, change: undo.Change, forward: bool) -> None:
        """Redo (forward) or undo a change this service returned."""
        (undo.redo if forward else undo.undo)(self._store, change)


def glance_from(data: paths.DataPaths, pair_uuid: str) -> PulseGlance:
    """PulseService.at_a_glance over a read connection of its own, so the Overview can read
    years of check-ins in a worker thread while the window stays responsive."""
    with db.read_connection(data) as conn:
        store = Store(conn, data, lock=None, read_only=True)
        return PulseService(store).at_a_glance(pair_uuid)
