"""The demo's other programmes: Martin in one more pair in each other phase, and in a
paused and an early-ended one, so every state of a programme can be seen and shown."""

from __future__ import annotations

from datetime import date, timedelta

from rmdesk.domain import models
from rmdesk.domain.enums import GoalStatus, MeetingFormat, MeetingStatus, Phase
from rmdesk.domain.enums import Visibility as Vis
from rmdesk.services import programme
from rmdesk.services.demo import _TEXTS, ME, MENTEE, MENTOR, _Desk

PHASE_PAIRS = (
    # mentor, phase, days since start (negative: starts later), planned end offset in days
    ("Lucía Ortega", Phase.PREPARING, -10, 355),
    ("Sam Okafor", Phase.AGREEING, 20, 345),
    ("Aisha Rahman", Phase.CLOSING, 340, 25),
    ("Jonas Weber", Phase.CLOSED, 900, -535),
    ("Noor Haddad", Phase.GROWING, 150, 215),
    ("Tomás Silva", Phase.CLOSED, 200, 165),
)
# Programmes that stalled (issue 16): days ago the pause began or the early ending came.
PAUSED_PAIRS = {"Noor Haddad": 30}
ENDED_EARLY_PAIRS = {"Tomás Silva": 60}
PHASE_GOALS = {
    role: tuple((title, category) for title, category in _TEXTS["phase_goals"][role])
    for role in (MENTEE, MENTOR)
}


def phase_pairs(desk: _Desk) -> None:
    """Martin, the desk's owner, in four more programmes: one in each other phase.

    They are small (a few meetings, goals, reflections and pulses) but real enough for the
    Overview, the agreement and the closure view to show something in every phase.
    """
    main_uuid = desk.pair_uuid
    for mentor, phase, since, end_after in PHASE_PAIRS:
        start = desk.today - timedelta(days=since)
        paused = PAUSED_PAIRS.get(mentor)
        ended = ENDED_EARLY_PAIRS.get(mentor)
        stopped = paused or ended or 0  # no meetings after a pause or an early end
        # Entered after the desk's main pair, so that pair stays first in the switcher.
        made = min(desk.start + timedelta(days=1), desk.today)
        agreed = phase != Phase.PREPARING
        pair = desk.put(
            models.Pair,
            made,
            author_role=ME,
            mentor_name=mentor,
            mentee_name="Martin Keller",
            me_role=ME,
            start_date=start.isoformat(),
            planned_end_date=(start + timedelta(days=since + end_after)).isoformat(),
            cadence_days=28,
            meeting_minutes=60,
            focus_areas="Hybrid work, social media; executive presence, upward feedback",
            agreement=programme.render(
                programme.Agreement(
                    objectives=f"Martin learns hybrid habits from {mentor.split()[0]}, "
                    "who grows as a presenter and in giving feedback upwards.",
                    cadence_days=28,
                    meeting_minutes=60,
                    confidentiality="What we say stays between us.",
                    pause_and_withdraw="Either of us can pause by telling the other.",
                )
            )
            if agreed
            else "",
            phase=phase.value,
            paused_on=(desk.today - timedelta(days=paused)).isoformat() if paused else None,
            ended_early_on=(desk.today - timedelta(days=ended)).isoformat() if ended else None,
            ended_by=MENTOR if ended else None,
            end_reason="A new role with a heavy first quarter; thank you both." if ended else "",
            end_reason_visibility=Vis.COORDINATOR.value if ended else Vis.PRIVATE.value,
        )
        desk.pair_uuid = pair.uuid
        if phase == Phase.PREPARING:
            day = desk.today + timedelta(days=12)
            desk.put(
                models.Meeting,
                desk.today,
                pair_uuid=pair.uuid,
                starts_at=f"{day.isoformat()}T09:00:00Z",
                duration_minutes=60,
                status=MeetingStatus.PLANNED.value,
                format=MeetingFormat.IN_PERSON.value,
                place="Café on the ground floor",
                author_role=ME,
                visibility=Vis.PAIR.value,
            )
            continue
        length = since + end_after
        until = min(since - stopped, length)
        held_days = [start + timedelta(days=offset) for offset in range(0, until, 28)]
        for learner, goals in PHASE_GOALS.items():
            for index, (title, category) in enumerate(goals):
                done = (
                    phase in (Phase.CLOSING, Phase.CLOSED)
                    and (index == 0 or phase == Phase.CLOSED)
                    and not ended
                )
                status = GoalStatus.ACHIEVED if done else GoalStatus.ACTIVE
                finished = min(start + timedelta(days=int(since * 0.8)), desk.today)
                goal = desk.put(
                    models.Goal,
                    start,
                    finished if done else None,
                    pair_uuid=pair.uuid,
                    learner=learner,
                    title=title,
                    category=category,
                    start_date=start.isoformat(),
                    target_date=(start + timedelta(days=since + end_after)).isoformat(),
                    status=status.value,
                    achieved_on=finished.isoformat() if done else None,
                    position=index,
                    author_role=learner,
                    visibility=desk.visibility(learner, 0.0, 0.5),
                )
                desk.put(
                    models.GoalStatusChange,
                    start,
                    goal_uuid=goal.uuid,
                    status=GoalStatus.ACTIVE.value,
                    changed_on=start.isoformat(),
                    author_role=learner,
                    visibility=goal.visibility,
                )
                if done:
                    desk.put(
                        models.GoalStatusChange,
                        finished,
                        goal_uuid=goal.uuid,
                        status=status.value,
                        changed_on=finished.isoformat(),
                        author_role=learner,
                        visibility=goal.visibility,
                    )
                for step, day in enumerate(held_days[1:4], start=1):
                    desk.put(
                        models.ProgressUpdate,
                        day,
                        goal_uuid=goal.uuid,
                        on_date=day.isoformat(),
                        percent=100 if done and step == 3 else min(95, 25 * step),
                        note="Steady progress." if step < 3 else "Nearly there.",
                        author_role=learner,
                        visibility=goal.visibility,
                    )
        for number, day in enumerate(held_days):
            meeting = desk.put(
                models.Meeting,
                day,
                pair_uuid=pair.uuid,
                starts_at=f"{day.isoformat()}T10:00:00Z",
                duration_minutes=60,
                status=MeetingStatus.HELD.value,
                format=MeetingFormat.VIDEO.value,
                notes=f"# Meeting {number + 1}\n\n- What we tried since last time\n"
                "- What felt awkward, and why\n- One thing each to try next",
                mood_mentor=desk.rng.randint(3, 5),
                mood_mentee=desk.rng.randint(3, 5),
                author_role=ME,
                visibility=Vis.PAIR.value,
            )
            for author in (MENTOR, MENTEE):
                scores = {
                    name: desk.rng.randint(3, 5)
                    for name in ("safety", "candour", "usefulness", "energy")
                }
                desk.put(
                    models.Pulse,
                    day,
                    pair_uuid=pair.uuid,
                    on_date=day.isoformat(),
                    meeting_uuid=meeting.uuid,
                    author_role=author,
                    visibility=desk.visibility(author, 0.3, 0.0),
                    **scores,
                )
        if phase in (Phase.CLOSING, Phase.CLOSED):
            closing = desk.prompts_for(ME, "closing", "closure")
            last = held_days[-1]
            prompt = closing[0] if closing else None
            desk.put(
                models.Reflection,
                last,
                pair_uuid=pair.uuid,
                body=f"Looking back: I came in unsure what {mentor.split()[0]} could teach me. "
                "I leave with habits my team noticed before I did.",
                prompt_id=prompt.id if prompt else None,
                prompt_text=prompt.text if prompt else None,
                written_on=last.isoformat(),
                author_role=ME,
                visibility=Vis.PRIVATE.value,
            )
    desk.pair_uuid = main_uuid


# The self-assessment (issue 16): who took it when, by the pair's mentor (None: the main
# pair). The main pair took the start; Aisha's (closing) the start and mid-point, with the
# end now due; Jonas's (closed) all three; Tomás's (ended early) the start and the end.
SELF_ASSESSED: dict[str | None, tuple[str, ...]] = {
    None: ("start",),
    "Aisha Rahman": ("start", "mid"),
    "Jonas Weber": ("start", "mid", "end"),
    "Tomás Silva": ("start", "end"),
}


def self_assessments(desk: _Desk) -> None:
    """Both people's answers on the occasions above, dated as each occasion opened, and
    rising a little from one occasion to the next (not every statement, not always). Martin's
    own are for the coordinator in the closing and closed pairs, private in the main one; the
    mentor's came shared with him."""
    from rmdesk.services import self_assessment, self_assessment_items

    main = desk.pair_uuid
    for pair in [p for p in desk.made["pairs"] if isinstance(p, models.Pair)]:
        key = None if pair.uuid == main else pair.mentor_name
        if key not in SELF_ASSESSED:
            continue
        shape = self_assessment.schedule(pair, desk.today)
        start = date.fromisoformat(pair.start_date)
        days = {"start": start, "mid": shape.mid, "end": shape.end}
        for role in (MENTEE, MENTOR):
            mine = role == ME
            visibility = Vis.PRIVATE.value if key is None else Vis.COORDINATOR.value
            items = self_assessment_items.items_for(role)
            ratings = {item.id: desk.rng.randint(1, 3) for item in items}
            for occasion in SELF_ASSESSED[key]:
                day = days[occasion] or desk.today
                day = min(max(day, start), desk.today)
                if occasion != "start":
                    ratings = {
                        item_id: min(5, value + desk.rng.choice((0, 1, 1, 2)))
                        for item_id, value in ratings.items()
                    }
                for item_id, rating in ratings.items():
                    desk.put(
                        models.SelfAssessment,
                        day,
                        pair_uuid=pair.uuid,
                        author_role=role,
                        occasion=occasion,
                        item_id=item_id,
                        rating=rating,
                        on_date=day.isoformat(),
                        visibility=visibility if mine else Vis.PAIR.value,
                    )
