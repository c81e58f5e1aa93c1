"""Hypothesis strategies for random desks: every table, every visibility, awkward text."""

from __future__ import annotations

from datetime import datetime

from hypothesis import strategies as st

from rmdesk.domain import enums, models
from rmdesk.services import self_assessment_items

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
TITLE = st.tuples(st.text("abcxyzÄé語 ", min_size=0, max_size=10), st.sampled_from("AZé語")).map(
    lambda parts: parts[0] + parts[1]
)
ROLE = st.sampled_from(enums.values(enums.Role))
VISIBILITY = st.sampled_from(enums.values(enums.Visibility))
DAY = st.dates().map(lambda d: d.isoformat())
START = st.datetimes(min_value=datetime(1000, 1, 1)).map(lambda d: d.strftime("%Y-%m-%dT%H:%M:%SZ"))
RATING = st.none() | st.integers(1, 5)


def _common() -> dict[str, st.SearchStrategy[object]]:
    return {"author_role": ROLE, "visibility": VISIBILITY}


ITEMS = st.sampled_from([(item.role, item.id) for item in self_assessment_items.load_items()])


@st.composite
def self_assessments(draw: st.DrawFn, pair_ids: list[str]) -> list[models.SelfAssessment]:
    """Answers to shipped items, at most one per pair, person, occasion and item (as the
    service keeps them), in every visibility."""
    found = {}
    for _ in range(draw(st.integers(0, 6))):
        role, item_id = draw(ITEMS)
        answer = models.SelfAssessment(
            pair_uuid=draw(st.sampled_from(pair_ids)),
            author_role=role,
            occasion=draw(st.sampled_from(enums.values(enums.Occasion))),
            item_id=item_id,
            rating=draw(st.integers(1, 5)),
            on_date=draw(DAY),
            visibility=draw(VISIBILITY),
        )
        found[(answer.pair_uuid, role, answer.occasion, item_id)] = answer
    return list(found.values())


@st.composite
def desks(draw: st.DrawFn) -> list[models.Record]:
    """A list of records in insertion order (parents first)."""
    out: list[models.Record] = []
    pairs = [
        draw(
            st.builds(
                models.Pair,
                mentor_name=TITLE,
                mentee_name=TITLE,
                me_role=ROLE,
                start_date=DAY,
                cadence_days=st.integers(1, 365),
                focus_areas=TEXT,
                agreement=TEXT,
                phase=st.sampled_from(enums.values(enums.Phase)),
                coordinator_recipient=st.none() | TEXT,
                archived_at=st.none() | DAY.map(lambda d: f"{d}T12:00:00.000000Z"),
                **_common(),
            )
        )
        for _ in range(draw(st.integers(1, 2)))
    ]
    out += pairs
    pair_ids = st.sampled_from([p.uuid for p in pairs])
    goals = [
        draw(
            st.builds(
                models.Goal,
                pair_uuid=pair_ids,
                learner=ROLE,
                title=TITLE,
                why=TEXT,
                success_criteria=TEXT,
                category=TEXT,
                status=st.sampled_from(enums.values(enums.GoalStatus)),
                position=st.integers(-5, 5),
                **_common(),
            )
        )
        for _ in range(draw(st.integers(0, 4)))
    ]
    out += goals
    goal_ids = [g.uuid for g in goals]
    optional_goal = st.none() | st.sampled_from(goal_ids) if goal_ids else st.none()
    for goal in goals:
        for _ in range(draw(st.integers(0, 2))):
            out.append(
                draw(
                    st.builds(
                        models.Milestone,
                        goal_uuid=st.just(goal.uuid),
                        title=TITLE,
                        done_on=st.none() | DAY,
                        **_common(),
                    )
                )
            )
            out.append(
                draw(
                    st.builds(
                        models.ProgressUpdate,
                        goal_uuid=st.just(goal.uuid),
                        on_date=DAY,
                        percent=st.integers(0, 100),
                        note=TEXT,
                        **_common(),
                    )
                )
            )
        out.append(
            models.GoalStatusChange(
                goal_uuid=goal.uuid, status=goal.status, changed_on="2026-01-01"
            )
        )
    meetings = [
        draw(
            st.builds(
                models.Meeting,
                pair_uuid=pair_ids,
                starts_at=st.datetimes(min_value=datetime(1000, 1, 1)).map(
                    lambda d: d.strftime("%Y-%m-%dT%H:%M:%SZ")
                ),
                duration_minutes=st.integers(1, 300),
                status=st.sampled_from(enums.values(enums.MeetingStatus)),
                format=st.sampled_from(enums.values(enums.MeetingFormat)),
                place=TEXT,
                notes=TEXT,
                mood_mentor=RATING,
                mood_mentee=RATING,
                energy_mentor=RATING,
                energy_mentee=RATING,
                **_common(),
            )
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    out += meetings
    topics = [
        draw(
            st.builds(
                models.Topic,
                pair_uuid=pair_ids,
                title=TITLE,
                notes=TEXT,
                why_it_matters=TEXT,
                resources=TEXT,
                estimated_minutes=st.none() | st.integers(1, 120),
                goal_uuid=optional_goal,
                status=st.sampled_from(enums.values(enums.TopicStatus)),
                **_common(),
            )
        )
        for _ in range(draw(st.integers(0, 3)))
    ]
    out += topics
    topic_ids = [t.uuid for t in topics]
    meeting_ids = [m.uuid for m in meetings]
    optional_meeting = st.none() | st.sampled_from(meeting_ids) if meeting_ids else st.none()
    for meeting in meetings:
        out.append(
            draw(
                st.builds(
                    models.AgendaItem,
                    meeting_uuid=st.just(meeting.uuid),
                    title=TITLE,
                    topic_uuid=st.none() | st.sampled_from(topic_ids) if topic_ids else st.none(),
                    discussed=st.booleans(),
                    **_common(),
                )
            )
        )
        for goal_uuid in draw(st.lists(st.sampled_from(goal_ids), unique=True)) if goal_ids else []:
            out.append(models.MeetingGoal(meeting_uuid=meeting.uuid, goal_uuid=goal_uuid))
    for _ in range(draw(st.integers(0, 3))):
        out.append(
            draw(
                st.builds(
                    models.ActionItem,
                    pair_uuid=pair_ids,
                    text=TITLE,
                    owner=ROLE,
                    meeting_uuid=optional_meeting,
                    goal_uuid=optional_goal,
                    due_date=st.none() | DAY,
                    done_on=st.none() | DAY,
                    **_common(),
                )
            )
        )
    for _ in range(draw(st.integers(0, 3))):
        reflection = draw(
            st.builds(
                models.Reflection,
                pair_uuid=pair_ids,
                body=TEXT,
                prompt_id=st.none() | TEXT,
                prompt_text=st.none() | TEXT,
                meeting_uuid=optional_meeting,
                written_on=DAY,
                **_common(),
            )
        )
        out.append(reflection)
        if goal_ids and draw(st.booleans()):
            out.append(
                models.ReflectionGoal(reflection_uuid=reflection.uuid, goal_uuid=goal_ids[0])
            )
    for _ in range(draw(st.integers(0, 3))):
        out.append(
            draw(
                st.builds(
                    models.Pulse,
                    pair_uuid=pair_ids,
                    on_date=DAY,
                    meeting_uuid=optional_meeting,
                    safety=RATING,
                    candour=RATING,
                    usefulness=RATING,
                    energy=RATING,
                    note=TEXT,
                    **_common(),
                )
            )
        )
    out += draw(self_assessments([p.uuid for p in pairs]))
    for _ in range(draw(st.integers(0, 2))):
        reviewed = draw(st.booleans())
        out.append(
            draw(
                st.builds(
                    models.Commitment,
                    pair_uuid=pair_ids,
                    owner=ROLE,
                    text=TITLE,
                    review_on=st.none() | DAY,
                    remind_on=st.none() | DAY,
                    status=st.just("reviewed" if reviewed else "open"),
                    reviewed_on=DAY if reviewed else st.none(),
                    review_note=TEXT,
                    **_common(),
                )
            )
        )
    if draw(st.booleans()):
        out.append(draw(st.builds(models.CustomPrompt, text=TITLE, theme=TEXT, **_common())))
        out.append(models.HiddenPrompt(prompt_id=draw(TITLE)))
    return out
