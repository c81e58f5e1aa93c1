"""The pulse: validation naming the field, the trend's means, the two-drops rule, exact undo."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.services import pairs, pulse
from rmdesk.store import db, meetings, reflections
from tests.services.checks import assert_exact_undo, assert_refused


@pytest.fixture
def service(store: db.Store) -> pulse.PulseService:
    return pulse.PulseService(store)


@pytest.fixture
def pair(store: db.Store) -> models.Pair:
    return pairs.PairService(store).create(
        pairs.PairDraft(mentor_name="Priya", mentee_name="Martin", start_date="2026-01-05")
    )


def _meeting(store: db.Store, pair: models.Pair, day: str) -> str:
    return meetings.add(
        store, models.Meeting(pair_uuid=pair.uuid, starts_at=f"{day}T09:00:00Z", status="held")
    ).uuid


def _ratings(value: int) -> dict[str, int]:
    return dict.fromkeys(pulse.RATINGS, value)


@pytest.mark.parametrize(
    ("ratings", "field", "message"),
    [
        ({"safety": 6}, "safety", "safety to speak openly from 1 to 5"),
        ({"safety": 3, "candour": 0}, "candour", "candour from 1 to 5"),
        ({"usefulness": "4"}, "usefulness", "usefulness from 1 to 5"),
        ({"energy": True}, "energy", "energy from 1 to 5"),
        ({"energy": 2.5}, "energy", "energy from 1 to 5"),
        ({}, "safety", "at least one rating"),
    ],
)
def test_bad_ratings_are_refused_with_the_field(
    store: db.Store,
    service: pulse.PulseService,
    pair: models.Pair,
    ratings: dict,
    field: str,
    message: str,
) -> None:
    """An out-of-range, non-integer or missing rating is refused, naming the field."""
    assert_refused(
        store, lambda: service.add(pair.uuid, "mentor", "2026-02-01", **ratings), field, message
    )


def test_other_bad_input_is_refused(
    store: db.Store, service: pulse.PulseService, pair: models.Pair
) -> None:
    """A bad date, role or visibility, or a second check-in for the same meeting, is refused."""
    meeting = _meeting(store, pair, "2026-02-01")
    cases = [
        ({"on_date": "soon"}, "on_date"),
        ({"author_role": "boss"}, "author_role"),
        ({"visibility": "world"}, "visibility"),
        ({"meeting_uuid": "nope"}, "meeting_uuid"),
    ]
    for changes, field in cases:
        args = {"author_role": "mentor", "on_date": "2026-02-01", "safety": 3, **changes}
        with pytest.raises(errors.ValidationError) as caught:
            service.add(pair.uuid, **args)
        assert caught.value.field == field
    service.add(pair.uuid, "mentor", "2026-02-01", meeting, safety=4)
    with pytest.raises(errors.ValidationError, match="already a check-in") as caught:
        service.add(pair.uuid, "mentor", "2026-02-01", meeting, safety=2)
    service.add(pair.uuid, "mentee", date(2026, 2, 1), meeting, safety=2)
    assert len(service.for_meeting(meeting)) == 2


def test_update_keeps_at_least_one_rating(
    store: db.Store, service: pulse.PulseService, pair: models.Pair
) -> None:
    """Clearing the only rating is refused; clearing one of two is fine."""
    change = service.add(pair.uuid, "mentee", "2026-02-01", safety=4, energy=2)
    (uuid,) = [u for _t, u in change.after]
    service.update(uuid, energy=None)
    with pytest.raises(errors.ValidationError, match="at least one rating") as caught:
        service.update(uuid, safety=None)
    assert caught.value.field == "safety"
    with pytest.raises(errors.ValidationError) as caught:
        service.update(uuid, candour=9)
    assert caught.value.field == "candour"
    assert service.get(uuid).safety == 4
    assert service.update(uuid, safety=4).empty


def test_trend_means_per_meeting_and_per_date(
    store: db.Store, service: pulse.PulseService, pair: models.Pair
) -> None:
    """A point per meeting (or per date when unlinked) with the mean of each rating across
    both people, the overall mean of every rating there, and each person's own mean."""
    first = _meeting(store, pair, "2026-02-01")
    second = _meeting(store, pair, "2026-02-15")
    service.add(pair.uuid, "mentor", "2026-02-01", first, safety=4, candour=2, usefulness=5)
    service.add(pair.uuid, "mentee", "2026-02-02", first, safety=5, candour=3, energy=1)
    service.add(pair.uuid, "mentor", "2026-02-10", safety=3)
    service.add(pair.uuid, "mentee", "2026-02-10", safety=5, energy=5)
    service.add(pair.uuid, "mentee", "2026-02-15", second, **_ratings(2))

    points = service.trend(pair.uuid)
    assert [(p.on, p.meeting_uuid, p.check_ins) for p in points] == [
        (date(2026, 2, 1), first, 2),
        (date(2026, 2, 10), None, 2),
        (date(2026, 2, 15), second, 1),
    ]
    one = points[0]
    assert (one.safety, one.candour, one.usefulness, one.energy) == (4.5, 2.5, 5.0, 1.0)
    assert one.overall == (4 + 2 + 5 + 5 + 3 + 1) / 6
    assert (one.mentor, one.mentee) == (11 / 3, 3.0)
    assert one.value("overall") == one.overall
    unlinked = points[1]
    assert (unlinked.safety, unlinked.candour, unlinked.energy) == (4.0, None, 5.0)
    assert (unlinked.overall, unlinked.mentor, unlinked.mentee) == (13 / 3, 3.0, 5.0)
    assert (points[2].overall, points[2].mentor) == (2.0, None)

    assert [p.on for p in service.trend(pair.uuid, date_from="2026-02-05")] == [
        date(2026, 2, 10),
        date(2026, 2, 15),
    ]
    assert [p.on for p in service.trend(pair.uuid, date_to=date(2026, 2, 10))] == [
        date(2026, 2, 1),
        date(2026, 2, 10),
    ]
    averages = service.averages(pair.uuid)
    assert averages.check_ins == 5
    assert averages.safety == (4 + 5 + 3 + 5 + 2) / 5
    assert averages.usefulness == (5 + 2) / 2
    assert averages.overall == (11 + 9 + 3 + 10 + 8) / 13
    assert service.latest(pair.uuid).on_date == "2026-02-15"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("overalls", "dropping"),
    [
        ([], False),
        ([4, 3], False),
        ([4, 3, 2], True),
        ([5, 1, 4, 3, 2], True),
        ([4, 3, 3], False),
        ([4, 2, 3], False),
        ([2, 3, 4], False),
        ([5, 4, 3, 4], False),
    ],
)
def test_dropping_needs_two_falls_in_a_row(
    store: db.Store,
    service: pulse.PulseService,
    pair: models.Pair,
    overalls: list[int],
    dropping: bool,
) -> None:
    """True only when the last three meeting points strictly decrease."""
    for index, value in enumerate(overalls):
        day = date(2026, 1, 1 + 2 * index).isoformat()
        service.add(pair.uuid, "mentor", day, _meeting(store, pair, day), **_ratings(value))
    assert service.dropping(pair.uuid) is dropping


def test_dropping_ignores_unlinked_checkins_and_uses_both_people(
    store: db.Store, service: pulse.PulseService, pair: models.Pair
) -> None:
    """Check-ins without a meeting do not count; a meeting's point averages both people."""
    for day, (mentor, mentee) in zip(
        ("2026-01-01", "2026-01-15", "2026-01-29"), [(5, 5), (5, 4), (4, 4)], strict=True
    ):
        meeting = _meeting(store, pair, day)
        service.add(pair.uuid, "mentor", day, meeting, safety=mentor)
        service.add(pair.uuid, "mentee", day, meeting, safety=mentee)
    assert service.dropping(pair.uuid)
    service.add(pair.uuid, "mentor", "2026-02-01", safety=5)  # unlinked: ignored
    assert service.dropping(pair.uuid)
    meeting = _meeting(store, pair, "2026-02-12")
    service.add(pair.uuid, "mentee", "2026-02-12", meeting, safety=4)
    assert not service.dropping(pair.uuid)


def _operations(service: pulse.PulseService, store: db.Store, pair: models.Pair) -> dict:
    meeting = _meeting(store, pair, "2026-02-01")
    change = service.add(pair.uuid, "mentor", "2026-02-01", meeting, safety=3, note="ok")
    (uuid,) = [u for _t, u in change.after]
    return {
        "add": lambda: service.add(pair.uuid, "mentee", "2026-02-01", meeting, **_ratings(4)),
        "update": lambda: service.update(uuid, safety=5, candour=2, note="better"),
        "unlink": lambda: service.update(uuid, meeting_uuid=None, visibility="pair"),
        "delete": lambda: service.delete(uuid),
    }


@pytest.mark.parametrize("name", ["add", "update", "unlink", "delete"])
def test_undo_returns_the_exact_earlier_state(
    store: db.Store, service: pulse.PulseService, pair: models.Pair, name: str
) -> None:
    """Undo of every operation restores every row exactly; redo restores the result exactly."""
    operation = _operations(service, store, pair)[name]
    assert_exact_undo(store, service.apply, operation)


def test_at_a_glance_equals_the_three_reads(
    store: db.Store, service: pulse.PulseService, pair: models.Pair
) -> None:
    """The Overview's one read gives exactly what trend, averages and dropping give."""
    for day, (mentor, mentee) in zip(
        ("2026-01-01", "2026-01-15", "2026-01-29"), [(5, 5), (5, 4), (4, 3)], strict=True
    ):
        meeting = _meeting(store, pair, day)
        service.add(pair.uuid, "mentor", day, meeting, safety=mentor, energy=mentee)
        service.add(pair.uuid, "mentee", day, meeting, candour=mentee)
    service.add(pair.uuid, "mentor", "2026-02-03", safety=2)
    glance = service.at_a_glance(pair.uuid)
    assert glance.points == service.trend(pair.uuid)
    assert glance.averages == service.averages(pair.uuid)
    assert glance.dropping is service.dropping(pair.uuid) is True


_rating_or_none = st.one_of(st.none(), st.integers(1, 5))


@given(
    st.lists(
        st.tuples(
            st.sampled_from([0, 1, None]),  # which meeting, or none
            st.sampled_from(["mentor", "mentee"]),
            st.integers(0, 40),  # day
            _rating_or_none,
            _rating_or_none,
            _rating_or_none,
            _rating_or_none,
        ).filter(lambda row: any(v is not None for v in row[3:])),
        max_size=25,
    )
)
def test_trend_points_are_the_plain_means(
    store: db.Store,
    service: pulse.PulseService,
    pair: models.Pair,
    rows,  # noqa: ANN001
) -> None:
    """The grouped read gives, per point and overall, exactly the plain means of the
    check-ins it stands for (per meeting, else per date, each person's too)."""
    store.conn.execute("DELETE FROM pulses")
    store.conn.execute("DELETE FROM meetings")
    meetings_ = [_meeting(store, pair, "2026-01-05"), _meeting(store, pair, "2026-01-19")]
    linked: set[tuple[int, str]] = set()
    for which, role, day, *ratings in rows:
        on = date.fromordinal(date(2026, 1, 1).toordinal() + day).isoformat()
        meeting = None
        if which is not None and (which, role) not in linked:  # one each per meeting
            linked.add((which, role))
            meeting = meetings_[which]
        service.add(pair.uuid, role, on, meeting, **dict(zip(pulse.RATINGS, ratings, strict=True)))
    added = [p for p, _ in reflections.pulses_with_meetings(store, pair.uuid)]
    points = service.trend(pair.uuid)
    assert sum(p.check_ins for p in points) == len(added)
    for point in points:
        members = [
            p
            for p in added
            if (
                p.meeting_uuid == point.meeting_uuid
                if point.meeting_uuid
                else p.meeting_uuid is None and p.on_date == point.on.isoformat()
            )
        ]
        means = pulse._averages(members)
        assert point.check_ins == len(members)
        assert (point.safety, point.candour, point.usefulness, point.energy, point.overall) == (
            means["safety"],
            means["candour"],
            means["usefulness"],
            means["energy"],
            means["overall"],
        )
        for role, value in (("mentor", point.mentor), ("mentee", point.mentee)):
            assert (
                value == pulse._averages([p for p in members if p.author_role == role])["overall"]
            )
    glance = service.at_a_glance(pair.uuid)
    overall = pulse._averages(added)
    assert glance.averages == pulse.PulseAverages(**overall, check_ins=len(added))
    assert glance.points == points
