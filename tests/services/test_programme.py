"""The programme: phases one step at a time, the agreement's Markdown round trip (and old
free text kept), the closure view's figures, and exact undo."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.services import demo, goals, pairs, programme, pulse, reflections, undo
from rmdesk.services.prompts import load_library
from rmdesk.store import db, meetings
from rmdesk.store import goals as goal_store
from rmdesk.store import pairs as pair_store
from tests.services.checks import assert_exact_undo, assert_refused

LIBRARY = load_library()
TODAY = date(2026, 3, 2)


@pytest.fixture
def service(store: db.Store) -> programme.ProgrammeService:
    return programme.ProgrammeService(store, LIBRARY)


_names = itertools.count()


def _pair(store: db.Store, phase: str = "preparing", **fields: object) -> models.Pair:
    draft = pairs.PairDraft(
        mentor_name=f"Priya {next(_names)}",
        mentee_name="Martin",
        start_date="2026-01-05",
        phase=phase,
    )
    for name, value in fields.items():
        setattr(draft, name, value)
    return pairs.PairService(store).create(draft)


@pytest.fixture
def pair(store: db.Store) -> models.Pair:
    return _pair(store)


# --- phases ---------------------------------------------------------------------------------


def test_advance_moves_one_step_until_closed(
    store: db.Store, service: programme.ProgrammeService, pair: models.Pair
) -> None:
    """Each advance moves exactly one phase on; a closed programme has no next phase."""
    seen = [pair.phase]
    while (following := service.next_phase(pair_store.get(store, pair.uuid))) is not None:
        service.advance(pair.uuid)
        seen.append(pair_store.get(store, pair.uuid).phase)
        assert seen[-1] == following
    assert seen == ["preparing", "agreeing", "growing", "closing", "closed"]
    with pytest.raises(errors.ValidationError, match="closed") as caught:
        service.advance(pair.uuid)
    assert caught.value.field == "phase"


@pytest.mark.parametrize(
    ("start", "target", "allowed"),
    [
        ("preparing", "agreeing", True),
        ("preparing", "growing", False),
        ("agreeing", "closed", False),
        ("growing", "agreeing", True),
        ("growing", "preparing", False),
        ("closed", "closing", True),
        ("closing", "closed", True),
    ],
)
def test_set_phase_moves_one_step_either_way(
    store: db.Store,
    service: programme.ProgrammeService,
    start: str,
    target: str,
    allowed: bool,
) -> None:
    """Forward or back by one step only; a refused move names the phase it may go to."""
    pair = _pair(store, start)
    if allowed:
        service.set_phase(pair.uuid, target)
        assert pair_store.get(store, pair.uuid).phase == target
    else:
        with pytest.raises(errors.ValidationError, match="one at a time|one phase at a time"):
            service.set_phase(pair.uuid, target)
        assert pair_store.get(store, pair.uuid).phase == start


def test_set_phase_to_the_same_or_an_unknown_phase(
    service: programme.ProgrammeService, pair: models.Pair
) -> None:
    """The current phase is a no-op; an unknown one is refused."""
    assert service.set_phase(pair.uuid, "preparing").empty
    with pytest.raises(errors.ValidationError, match="Unknown programme phase"):
        service.set_phase(pair.uuid, "negotiating")


# --- the agreement --------------------------------------------------------------------------

TRICKY_LINES = [
    "## Objectives",
    "## objectives",
    "## Other",
    "## How often and how long",
    "## Confidentiality  ",
    "## Pausing or withdrawing",
    "\\## Objectives",
    "\\\\## Other",
    "## Something else",
    "##",
    "## ",
    "",
    "We meet every 14 days, for 45 minutes each time.",
    " ## Other",
    "## If it isn't working",
    "## The mentor's safety at work",
    "\r",
]
FIELD_TEXT = st.lists(
    st.one_of(st.text(max_size=25), st.sampled_from(TRICKY_LINES)), max_size=6
).map("\n".join)
AGREEMENTS = st.builds(
    programme.Agreement,
    objectives=FIELD_TEXT,
    cadence_days=st.integers(1, 365),
    meeting_minutes=st.integers(5, 600),
    confidentiality=FIELD_TEXT,
    pause_and_withdraw=FIELD_TEXT,
    other=FIELD_TEXT,
    escalation_contact=FIELD_TEXT,
    career_safety=FIELD_TEXT,
)


@given(AGREEMENTS)
def test_agreement_round_trip(agreement: programme.Agreement) -> None:
    """Reading the rendered Markdown gives back exactly the agreement, whatever its text."""
    assert programme.parse(programme.render(agreement)) == agreement


@given(agreement=AGREEMENTS)
def test_saved_agreement_reads_back_and_sets_the_cadence(
    store: db.Store, agreement: programme.Agreement
) -> None:
    """save_agreement stores the Markdown and the pair's cadence and length; it reads back."""
    service = programme.ProgrammeService(store, LIBRARY)
    pair = _pair(store)
    service.save_agreement(pair.uuid, agreement)
    saved = pair_store.get(store, pair.uuid)
    assert saved.agreement == programme.render(agreement)
    assert (saved.cadence_days, saved.meeting_minutes) == (
        agreement.cadence_days,
        agreement.meeting_minutes,
    )
    assert service.agreement_of(saved) == agreement


def test_suggested_wording_covers_the_mentors_safety_and_fills_only_empty_parts() -> None:
    """The suggested clause speaks to the junior's risks (reporting line, what stays in the
    room, the line manager, a defensive senior, the right not to share), withdrawing is
    suggested too, and nothing the pair wrote is replaced."""
    clauses = programme.suggested_clauses()
    safety = clauses["career_safety"]
    for words in ("reporting line", "line manager", "defensive", "I'd rather not", "LGBT+"):
        assert words in safety
    assert "end it at any time" in clauses["pause_and_withdraw"]
    mine = programme.Agreement("x", 14, 45, "", "We each tell the coordinator.")
    filled = programme.with_suggestions(mine)
    assert filled.career_safety == safety
    assert filled.pause_and_withdraw == "We each tell the coordinator."
    rendered = programme.render(filled)
    assert "## The mentor's safety at work" in rendered
    assert programme.parse(rendered) == filled


def test_rendered_agreement_reads_as_markdown() -> None:
    """The stored text has the five headings and the cadence in words."""
    text = programme.render(
        programme.Agreement("Learn AI.", 14, 45, "Stays with us.", "Say so.", "## Snacks")
    )
    assert text == (
        "## Objectives\n\nLearn AI.\n\n"
        "## How often and how long\n\nWe meet every 14 days, for 45 minutes each time.\n\n"
        "## Confidentiality\n\nStays with us.\n\n"
        "## Pausing or withdrawing\n\nSay so.\n\n"
        "## Other\n\n\\## Snacks"
    )
    assert "every day," in programme.render(programme.Agreement("", 1, 30, "", ""))


def test_old_free_text_agreement_is_kept_in_other(store: db.Store) -> None:
    """An agreement written before the guided form goes whole into `other`, with the pair's
    own cadence, and survives being saved back."""
    legacy = (
        "## Our agreement\n\n**Objectives.** Martin learns AI tools; Priya presents to "
        "executives.\n\n**Pausing.** Either of us can pause for six weeks."
    )
    pair = _pair(store, agreement=legacy, cadence_days=21, meeting_minutes=60)
    service = programme.ProgrammeService(store, LIBRARY)
    read = service.agreement_of(pair)
    assert read == programme.Agreement("", 21, 60, "", "", other=legacy)
    service.save_agreement(pair.uuid, read)
    assert service.agreement_of(pair_store.get(store, pair.uuid)) == read


def test_partly_structured_text_loses_nothing() -> None:
    """Text before the first heading, a cadence in other words and a repeated section all go
    to `other`, in order, with their headings; the known sections fill their fields."""
    text = (
        "Intro line\n\n## Objectives\nLearn AI.\n## How often and how long\n"
        "Fortnightly, an hour.\n## confidentiality\nStays between us.\n## Objectives\n"
        "Also: presenting."
    )
    read = programme.parse(text, 10, 50)
    assert read == programme.Agreement(
        objectives="Learn AI.",
        cadence_days=10,
        meeting_minutes=50,
        confidentiality="Stays between us.",
        pause_and_withdraw="",
        other=(
            "Intro line\n\n## How often and how long\n\nFortnightly, an hour.\n\n"
            "## Objectives\n\nAlso: presenting."
        ),
    )


def test_agreement_of_prefers_the_pairs_cadence(
    store: db.Store, service: programme.ProgrammeService, pair: models.Pair
) -> None:
    """If the pair editor changed the cadence after the agreement was saved, the pair wins."""
    service.save_agreement(pair.uuid, programme.Agreement("x", 14, 45, "", ""))
    pair_store.update(store, pair_store.get(store, pair.uuid), cadence_days=7)
    assert service.agreement_of(pair_store.get(store, pair.uuid)).cadence_days == 7


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"cadence_days": 0}, "cadence_days"),
        ({"cadence_days": 366}, "cadence_days"),
        ({"cadence_days": True}, "cadence_days"),
        ({"meeting_minutes": 4}, "meeting_minutes"),
        ({"meeting_minutes": "45"}, "meeting_minutes"),
        ({"objectives": None}, "objectives"),
    ],
)
def test_bad_agreement_is_refused(
    store: db.Store,
    service: programme.ProgrammeService,
    pair: models.Pair,
    changes: dict,
    field: str,
) -> None:
    """Out-of-range cadence or length, or a field that is not text, is refused by name."""
    agreement = programme.Agreement("x", 14, 45, "", "")
    for name, value in changes.items():
        setattr(agreement, name, value)
    assert_refused(store, lambda: service.save_agreement(pair.uuid, agreement), field)


# --- closure --------------------------------------------------------------------------------


def _small_desk(store: db.Store) -> tuple[models.Pair, dict[str, str]]:
    pair = _pair(store, "closing")
    goal_service = goals.GoalService(store)
    ids: dict[str, str] = {}
    first, _ = goal_service.create(
        pair.uuid, goals.GoalDraft(title="Prompting", milestones=["a", "b"]), "mentee", TODAY
    )
    tick = goal_service.milestones(first.uuid)[0]
    goal_service.set_milestone_done(tick.uuid, True, date(2026, 2, 1))
    second, _ = goal_service.create(
        pair.uuid,
        goals.GoalDraft(title="Present to the board", learner="mentor"),
        "mentor",
        TODAY,
    )
    goal_service.add_update(second.uuid, "2026-02-10", 20, "")
    goal_service.add_update(second.uuid, "2026-02-01", 10, "entered later, earlier date")
    goal_service.add_update(second.uuid, "2026-02-20", 70, "")
    goal_service.set_status(second.uuid, "achieved", date(2026, 2, 25))
    third, _ = goal_service.create(pair.uuid, goals.GoalDraft(title="Untouched"), "mentee", TODAY)
    ids.update(first=first.uuid, second=second.uuid, third=third.uuid)

    held = []
    for day, status in [
        ("2026-01-12", "held"),
        ("2026-01-26", "held"),
        ("2026-02-09", "held"),
        ("2026-02-23", "cancelled"),
        ("2026-03-09", "planned"),
    ]:
        meeting = meetings.add(
            store,
            models.Meeting(pair_uuid=pair.uuid, starts_at=f"{day}T09:00:00Z", status=status),
        )
        if status == "held":
            held.append(meeting.uuid)
    pulses = pulse.PulseService(store)
    pulses.add(pair.uuid, "mentor", "2026-01-12", held[0], safety=4, candour=4)
    pulses.add(pair.uuid, "mentee", "2026-01-12", held[0], safety=2)
    pulses.add(pair.uuid, "mentee", "2026-01-26", held[1], energy=5)

    notes = reflections.ReflectionService(store, LIBRARY)
    final, _ = notes.create(
        pair.uuid,
        "mentor",
        "What I can now show.",
        prompt_id="close-mentor-my-goals-evidence",
        written_on="2026-02-27",
    )
    notes.create(
        pair.uuid,
        "mentor",
        "Later, but not a closure prompt.",
        prompt_id="growing-mentee-gibbs-feelings",
        written_on="2026-03-01",
    )
    notes.create(pair.uuid, "mentee", "Free writing.", written_on="2026-03-01")
    ids["mentor_final"] = final.uuid
    return pair, ids


def test_closure_figures_on_a_small_desk(
    store: db.Store, service: programme.ProgrammeService
) -> None:
    """Exact figures: each goal's start and end, meetings by status and by cadence, the pulse
    over the programme, final reflections and the achievements."""
    pair, ids = _small_desk(store)
    closure = service.closure(pair.uuid, TODAY)
    journeys = {
        j.title: (j.learner, j.status, j.start_percent, j.end_percent, j.achieved_on)
        for j in closure.goals
    }
    assert journeys == {
        "Prompting": ("mentee", "active", 0, 50, None),
        "Present to the board": ("mentor", "achieved", 10, 70, "2026-02-25"),
        "Untouched": ("mentee", "active", 0, 0, None),
    }
    assert closure.meetings == programme.MeetingTally(held=3, planned=1, cancelled=1, expected=4)
    assert (closure.start_date, closure.end_date) == ("2026-01-05", "2026-03-02")
    assert [(p.on.isoformat(), p.overall, p.check_ins) for p in closure.pulse] == [
        ("2026-01-12", 10 / 3, 2),
        ("2026-01-26", 5.0, 1),
    ]
    assert closure.pulse_averages.overall == 15 / 4
    assert closure.final_reflections["mentor"].uuid == ids["mentor_final"]  # type: ignore[union-attr]
    assert closure.final_reflections["mentee"] is None
    assert closure.achievements == (
        programme.Achievement(ids["second"], "Present to the board", "mentor", "2026-02-25"),
    )
    assert closure.phase == "closing"


def test_final_reflection_falls_back_to_a_closing_phase_prompt(
    store: db.Store, service: programme.ProgrammeService
) -> None:
    """Without a closure-moment answer, the latest answer to a closing-phase prompt counts;
    a closure-moment answer, even an older one, wins over it."""
    pair, _ids = _small_desk(store)
    notes = reflections.ReflectionService(store, LIBRARY)
    fallback, _ = notes.create(
        pair.uuid,
        "mentee",
        "Handing back.",
        prompt_id="close-mentee-handing-back-the-learner-role",
        written_on="2026-02-28",
    )
    assert service.final_reflection(pair.uuid, "mentee").uuid == fallback.uuid  # type: ignore[union-attr]
    closure_answer, _ = notes.create(
        pair.uuid,
        "mentee",
        "What I can do now.",
        prompt_id="close-mentee-what-i-can-do-now",
        written_on="2026-02-01",
    )
    assert service.final_reflection(pair.uuid, "mentee").uuid == closure_answer.uuid  # type: ignore[union-attr]


def test_custom_closure_prompts_count_for_the_final_reflection(
    store: db.Store, service: programme.ProgrammeService, pair: models.Pair
) -> None:
    """An answer to the user's own closure prompt is a final reflection too."""
    notes = reflections.ReflectionService(store, LIBRARY)
    change = notes.add_custom_prompt(
        "What will I miss most about our meetings?", "both", "closing", "closure", ""
    )
    (uuid,) = [u for _t, u in change.after]
    mine, _ = notes.create(pair.uuid, "mentee", "x", prompt_id=reflections.custom_id(uuid))
    assert service.final_reflection(pair.uuid, "mentee").uuid == mine.uuid  # type: ignore[union-attr]


def test_expected_meetings_stop_at_the_planned_end(
    store: db.Store, service: programme.ProgrammeService
) -> None:
    """With a planned end before today, the cadence counts up to that end; a start in the
    future expects nothing."""
    ended = _pair(store, planned_end_date="2026-02-16")
    closure = service.closure(ended.uuid, TODAY)
    assert (closure.end_date, closure.meetings.expected) == ("2026-02-16", 3)
    assert service.closure(ended.uuid, date(2025, 12, 1)).meetings.expected == 0


def test_closure_on_the_demo_desk_is_sane(store: db.Store) -> None:
    """On a year of demo data: meetings were held, every goal is listed, figures in range."""
    result = demo.build_demo(store, years=1, today=TODAY)
    service = programme.ProgrammeService(store, LIBRARY)
    closure = service.closure(result.pair_uuid, TODAY)
    assert closure.meetings.held >= 1
    assert closure.meetings.expected >= 1
    assert {j.uuid for j in closure.goals} == {
        g.uuid for g in goal_store.for_pair(store, result.pair_uuid)
    }
    for journey in closure.goals:
        assert 0 <= journey.start_percent <= 100 and 0 <= journey.end_percent <= 100
    assert {a.goal_uuid for a in closure.achievements} == {
        j.uuid for j in closure.goals if j.status == "achieved"
    }
    assert [a.achieved_on for a in closure.achievements] == sorted(
        a.achieved_on for a in closure.achievements
    )
    assert closure.pulse and all(1 <= p.overall <= 5 for p in closure.pulse if p.overall)
    assert [p.on for p in closure.pulse] == sorted(p.on for p in closure.pulse)
    assert set(closure.final_reflections) == {"mentor", "mentee"}


# --- undo -----------------------------------------------------------------------------------


def _operations(service: programme.ProgrammeService, store: db.Store) -> dict:
    growing = _pair(store, "growing")
    agreement = programme.Agreement("Learn AI.", 21, 60, "Between us.", "Say so.", "More.")
    return {
        "advance": lambda: service.advance(growing.uuid),
        "set phase back": lambda: service.set_phase(growing.uuid, "agreeing"),
        "set phase forward": lambda: service.set_phase(growing.uuid, "closing"),
        "save agreement": lambda: service.save_agreement(growing.uuid, agreement),
    }


@pytest.mark.parametrize(
    "name", ["advance", "set phase back", "set phase forward", "save agreement"]
)
def test_undo_returns_the_exact_earlier_state(
    store: db.Store, service: programme.ProgrammeService, name: str
) -> None:
    """Undo of every operation restores every row exactly; redo restores the result exactly."""
    operation = _operations(service, store)[name]
    assert_exact_undo(store, service.apply, operation)


def test_two_missed_meetings_in_a_row_offer_help(store: db.Store) -> None:
    """Two meetings in a row cancelled or left unheld past their day bring the agreement's
    pausing section, the escalation contact and a prompt for this person; a held meeting in
    between, or a closed programme, does not."""
    from datetime import UTC, datetime

    from rmdesk.store import meetings as meeting_store

    pair = _pair(store, "growing")
    service = programme.ProgrammeService(store)
    service.save_agreement(
        pair.uuid,
        programme.Agreement(
            "x",
            14,
            45,
            "",
            "Either of us may pause for a month.",
            "",
            escalation_contact="Sam Okafor, programme coordinator",
        ),
    )
    now = datetime(2026, 3, 20, 12, tzinfo=UTC)

    def meeting(day: str, status: str) -> None:
        meeting_store.add(
            store,
            models.Meeting(pair_uuid=pair.uuid, starts_at=f"{day}T09:00:00Z", status=status),
        )

    meeting("2026-02-20", "held")
    meeting("2026-03-06", "cancelled")
    assert service.stall(pair.uuid, now) is None
    meeting("2026-03-20", "planned")  # three hours ago: late, not yet missed
    assert service.stall(pair.uuid, now) is None
    stall = service.stall(pair.uuid, datetime(2026, 3, 21, 12, tzinfo=UTC))
    assert stall is not None and stall.missed == 2
    assert stall.pausing == "Either of us may pause for a month."
    assert stall.escalation == "Sam Okafor, programme coordinator"
    ids = {p.id for p in service._prompts()}
    assert stall.prompt_id in ids and pair.me_role in stall.prompt_id
    for phase in ("closing", "closed"):
        service.set_phase(pair.uuid, phase)
    assert service.stall(pair.uuid, datetime(2026, 3, 21, 12, tzinfo=UTC)) is None


def test_pause_and_resume_stop_what_the_cadence_expects(store: db.Store) -> None:
    """A paused programme expects no meetings after the pause began, offers no stall help and
    no start-up reminder; resume carries on; undo restores exactly."""
    from datetime import UTC, datetime

    from rmdesk.services import meetings as meeting_service

    pair = _pair(store, "growing")
    service = programme.ProgrammeService(store)
    change = service.pause(pair.uuid, date(2026, 2, 2))
    assert pairs.PairService(store).get(pair.uuid).paused_on == "2026-02-02"
    with pytest.raises(errors.ValidationError, match="already paused"):
        service.pause(pair.uuid, date(2026, 2, 3))
    journal = meeting_service.MeetingService(store)
    assert journal.adherence(pair.uuid, date(2026, 6, 1)).expected == 2  # 5 Jan to 2 Feb
    assert journal.reminder(pair.uuid, datetime(2026, 6, 1, tzinfo=UTC)) == ""
    assert service.stall(pair.uuid, datetime(2026, 6, 1, tzinfo=UTC)) is None
    service.resume(pair.uuid)
    assert pairs.PairService(store).get(pair.uuid).paused_on is None
    with pytest.raises(errors.ValidationError, match="not paused"):
        service.resume(pair.uuid)
    undo.undo(store, change)  # the pause itself undone (after the resume): never paused
    assert pairs.PairService(store).get(pair.uuid).paused_on is None


def test_ending_early_is_no_fault_and_the_reason_stays_private_unless_shared(
    store: db.Store,
) -> None:
    """Either person can end early: the programme closes, the summary says "ended early" with
    date and who, and carries the reason only when it was marked for the coordinator."""
    from datetime import UTC, datetime

    from rmdesk.services import summary, summary_render

    pair = _pair(store, "growing")
    service = programme.ProgrammeService(store)
    service.end_early(pair.uuid, "mentor", date(2026, 3, 1), "My role changed; thank you.")
    ended = pairs.PairService(store).get(pair.uuid)
    assert (ended.phase, ended.ended_early_on, ended.ended_by) == ("closed", "2026-03-01", "mentor")
    now = datetime(2026, 3, 2, 12, tzinfo=UTC)
    document = summary.build(store, pair.uuid, None, now)
    assert document["pair"]["phase"] == "ended_early"
    assert document["pair"]["ended_early"] == {"on": "2026-03-01", "by": "mentor", "reason": None}
    assert "My role changed" not in summary_render.to_markdown(document)
    with pytest.raises(errors.ValidationError, match="already closed"):
        service.end_early(pair.uuid, "mentee", date(2026, 3, 2))
    service.set_phase(pair.uuid, "closing")  # reopened: no longer ended early
    assert pairs.PairService(store).get(pair.uuid).ended_early_on is None
    service.end_early(
        pair.uuid, "mentee", date(2026, 3, 3), "Workload.", reason_visibility="coordinator"
    )
    document = summary.build(store, pair.uuid, None, now)
    assert document["pair"]["ended_early"]["reason"] == "Workload."
    assert "Ended early" in summary_render.to_markdown(document)
    with pytest.raises(errors.ValidationError, match="cannot end before"):
        other = _pair(store, "growing")
        service.end_early(other.uuid, "mentee", date(2025, 1, 1))
