"""A realistic, deterministic demo desk: one reverse-mentoring pair over one or more years.

Used for screenshots, manual testing and benchmarks, so it is seeded (same seed and day give
byte-identical rows, UUIDs and timestamps included) and it fills every table the app shows.
The desk belongs to the mentee (Martin): entries written by the mentor (Priya) reached it
through a pair exchange, so only Martin's own entries are private or coordinator-level.
"""

from __future__ import annotations

import random
import tomllib
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar

from rmdesk import errors
from rmdesk.domain import models
from rmdesk.domain.enums import GoalStatus, MeetingFormat, MeetingStatus, Phase, Role, TopicStatus
from rmdesk.domain.enums import Visibility as Vis
from rmdesk.i18n import msg
from rmdesk.services import programme, prompts
from rmdesk.store import records, rows, schema
from rmdesk.store.db import Store

R = TypeVar("R", bound=models.Record)

MAX_YEARS = 50
STAMP_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"
STARTS_AT_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
MENTOR, MENTEE = Role.MENTOR.value, Role.MENTEE.value
ME = MENTEE
CADENCE_DAYS = 14


def _bank(text: str) -> list[str]:
    """One entry per line, or several split by " | ": keeps the banks readable and compact."""
    return [
        entry.strip() for line in text.splitlines() for entry in line.split(" | ") if entry.strip()
    ]


def _goal_bank(text: str) -> list[tuple[str, str, str, str, list[str]]]:
    """Blocks of four lines: title | category, why, success criteria, milestones (; apart)."""
    found = []
    for block in text.strip().split("\n\n"):
        head, why, success, steps = (line.strip() for line in block.splitlines())
        title, category = (part.strip() for part in head.split("|"))
        found.append((title, category, why, success, [s.strip() for s in steps.split(";")]))
    return found


def _texts() -> dict[str, Any]:
    """The demo's texts, shipped as a resource (as the prompts are) so they read as prose."""
    from importlib import resources

    source = resources.files("rmdesk.resources") / "demo" / "texts.toml"
    return tomllib.loads(source.read_text(encoding="utf-8"))


_TEXTS = _texts()
FOCUS_AREAS: str = _TEXTS["focus_areas"]
AGREEMENT = programme.render(
    programme.Agreement(cadence_days=14, meeting_minutes=45, **_TEXTS["agreement"])
)
MENTEE_GOALS = _goal_bank(_TEXTS["mentee_goals"])
MENTOR_GOALS = _goal_bank(_TEXTS["mentor_goals"])
GENERIC_MILESTONES = _bank(_TEXTS["generic_milestones"])
PROGRESS_NOTES = _bank(_TEXTS["progress_notes"])
TOPIC_SUBJECTS = _bank(_TEXTS["topic_subjects"])
TOPIC_ANGLES = [""] + _bank(_TEXTS["topic_angles"])
TOPIC_NOTES = _bank(_TEXTS["topic_notes"])
TOPIC_WHY = _bank(_TEXTS["topic_why"])
RESOURCES = _bank(_TEXTS["resources"])
AGENDA_GENERIC = _bank(_TEXTS["agenda_generic"])
ACTIONS = {role: _bank(_TEXTS["actions"][role]) for role in (MENTEE, MENTOR)}
CHECKIN = _bank(_TEXTS["checkin"])
DISCUSSION = _bank(_TEXTS["discussion"])
MENTEE_LEARNING = _bank(_TEXTS["mentee_learning"])
MENTOR_GROWTH = _bank(_TEXTS["mentor_growth"])
NEXT_TIME = _bank(_TEXTS["next_time"])
CANCEL_REASONS = _bank(_TEXTS["cancel_reasons"])
REFLECTION_LINES = {role: _bank(_TEXTS["reflection_lines"][role]) for role in (MENTEE, MENTOR)}
PULSE_NOTES = _bank(_TEXTS["pulse_notes"])
DIP_NOTES = _bank(_TEXTS["dip_notes"])
PLACES: list[str] = _TEXTS["places"]


@dataclass(frozen=True)
class DemoResult:
    """What the demo wrote: the pair to open and how many rows per table (for the CLI)."""

    pair_uuid: str
    counts: dict[str, int]


@dataclass
class _Span:
    """A goal with the days it was being worked on, for linking meetings and reflections."""

    goal: models.Goal
    begin: date
    end: date

    @property
    def target(self) -> date:
        return date.fromisoformat(self.goal.target_date or self.end.isoformat())


@dataclass
class _Desk:
    """Records built in memory first, so statuses can be settled before anything is inserted."""

    rng: random.Random
    today: date
    start: date
    pair_uuid: str = ""
    shared_goal: bool = False
    library: list[prompts.Prompt] = field(default_factory=lambda: prompts.load_library().prompts)
    made: dict[str, list[models.Record]] = field(
        default_factory=lambda: {table: [] for table in schema.TABLES}
    )
    # Each person's reflection lines, dealt like cards: every line is used once before any
    # is used again, so no sentence crowds the journal whatever the seed.
    deck: dict[str, list[str]] = field(default_factory=dict)

    def new_uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def stamp(self, day: date) -> str:
        """A working-hours moment on a simulated day; never later than today."""
        if day >= self.today:
            moment = datetime.combine(self.today, time(0, self.rng.randint(0, 59)), UTC)
        else:
            hours = timedelta(microseconds=self.rng.randrange(14 * 3600 * 10**6))
            moment = datetime.combine(day, time(7), UTC) + hours
        return moment.strftime(STAMP_FORMAT)

    def put(self, cls: type[R], created: date, updated: date | None = None, /, **values: Any) -> R:
        """Build a record with a seeded UUID and timestamps from simulated days."""
        created_at = self.stamp(created)
        updated_at = max(created_at, self.stamp(updated)) if updated else created_at
        record = cls(uuid=self.new_uuid(), created_at=created_at, updated_at=updated_at, **values)
        self.made[schema.TABLE_OF[cls]].append(record)
        return record

    def visibility(self, author: str, private: float, coordinator: float) -> str:
        """Only my own entries can be private or coordinator-level; the other's came shared."""
        if author != ME:
            return Vis.PAIR.value
        roll = self.rng.random()
        if roll < private:
            return Vis.PRIVATE.value
        return Vis.COORDINATOR.value if roll < private + coordinator else Vis.PAIR.value

    def prompts_for(self, role: str, phase: str, moment: str) -> list[prompts.Prompt]:
        """Built-in prompts a demo reflection can answer, so themes and suggestions work."""
        return [
            p
            for p in self.library
            if p.role in (role, "both") and p.phase == phase and p.moment == moment
        ]

    def days_between(self, first: date, last: date) -> date:
        return first + timedelta(days=self.rng.randint(0, max(0, (last - first).days)))


def check_years(years: object) -> None:
    """The demo's one rule on input, callable before anything is opened."""
    if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= MAX_YEARS:
        raise errors.ValidationError(
            msg(
                "The demo covers 1 to {MAX_YEARS} years; {years!r} is not allowed.",
                MAX_YEARS=MAX_YEARS,
                years=years,
            ),
            "years",
        )


def build_demo(
    store: Store, *, years: int = 1, seed: int = 1, today: date | None = None
) -> DemoResult:
    """Fill an empty desk with `years` of one pair's history, ending at `today`."""
    check_years(years)
    if not rows.is_empty(store):
        raise errors.RmdeskError(
            msg(
                "The desk in {root} is not empty; demo only fills an empty desk "
                "(use --data-dir with a new folder).",
                root=store.paths.root,
            )
        )
    desk = build_records(years=years, seed=seed, today=today)
    with store.atomic():
        for table in schema.TABLES:  # parents before children
            for record in desk.made[table]:
                records.insert(store, record)
    return DemoResult(desk.pair_uuid, {table: len(found) for table, found in desk.made.items()})


def build_records(*, years: int = 1, seed: int = 1, today: date | None = None) -> _Desk:
    """The demo's records in memory, not yet on any desk (the paired demo takes a part of
    them for the mentor's desk)."""
    today = today or date.today()
    desk = _Desk(random.Random(seed), today, _years_before(today, years))
    desk.pair_uuid = _pair(desk).uuid
    spans = _goals(desk, years)
    _meetings(desk, spans, _topics(desk, years, spans))
    from rmdesk.services import demo_phases  # it builds on this module's desk and texts

    demo_phases.phase_pairs(desk)
    demo_phases.self_assessments(desk)
    from rmdesk.services import demo_commitments  # issue 16: commitments, a templated pair

    demo_commitments.template_pair(desk)
    demo_commitments.commitments(desk)
    return desk


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _pair(desk: _Desk) -> models.Pair:
    made = desk.start - timedelta(days=desk.rng.randint(7, 20))
    return desk.put(
        models.Pair,
        made,
        desk.start,
        author_role=ME,
        mentor_name="Priya Raman",
        mentee_name="Martin Keller",
        me_role=ME,
        start_date=desk.start.isoformat(),
        cadence_days=CADENCE_DAYS,
        meeting_minutes=45,
        focus_areas=FOCUS_AREAS,
        agreement=AGREEMENT,
        phase=Phase.GROWING.value,
    )


def _goals(desk: _Desk, years: int) -> list[_Span]:
    """About three goals per learner per year; old ones mostly settled, recent ones active."""
    rng, span_days, spans = desk.rng, (desk.today - desk.start).days, []
    for learner, bank in ((MENTEE, MENTEE_GOALS), (MENTOR, MENTOR_GOALS)):
        order = rng.sample(range(len(bank)), len(bank))
        per_learner = 3 * years
        for k in range(per_learner):
            title, category, why, success, specific = bank[order[k % len(bank)]]
            if k >= len(bank):
                title = f"{title} (round {k // len(bank) + 1})"
            offset = span_days * k // per_learner + rng.randint(0, 20)
            begin = min(desk.start + timedelta(days=offset), desk.today - timedelta(days=14))
            target = begin + timedelta(days=rng.randint(90, 240))
            age = (desk.today - begin).days
            status = GoalStatus.ACTIVE.value
            if age > 200:
                status = rng.choices(list(GoalStatus), (8, 72, 10, 10))[0].value
            changes = [(GoalStatus.ACTIVE.value, begin)]
            end, achieved_on = desk.today, None
            if status == GoalStatus.ACHIEVED:
                end = min(
                    begin + timedelta(days=rng.randint(60, (target - begin).days + 45)),
                    desk.today - timedelta(days=1),
                )
                achieved_on = end.isoformat()
                if rng.random() < 0.2 and (end - begin).days > 90:
                    paused = begin + timedelta(days=rng.randint(20, 40))
                    changes += [("paused", paused), ("active", paused + timedelta(days=30))]
                changes.append((status, end))
            elif status in (GoalStatus.PAUSED, GoalStatus.DROPPED):
                end = begin + timedelta(days=rng.randint(30, min(age - 1, 200)))
                changes.append((status, end))
            visibility = desk.visibility(learner, 0.1, 0.5)
            if learner == ME and not desk.shared_goal:
                # At least one goal for the coordinator, so the export preview has content.
                visibility, desk.shared_goal = Vis.COORDINATOR.value, True
            shared = {"author_role": learner, "visibility": visibility}
            goal = desk.put(
                models.Goal,
                begin - timedelta(days=rng.randint(0, 5)),
                end - timedelta(days=rng.randint(1, 10) if end == desk.today else 0),
                pair_uuid=desk.pair_uuid,
                learner=learner,
                title=title,
                why=why,
                success_criteria=success,
                category=category,
                start_date=begin.isoformat(),
                target_date=target.isoformat(),
                status=status,
                achieved_on=achieved_on,
                position=k,
                **shared,
            )
            for state, day in changes:
                desk.put(
                    models.GoalStatusChange,
                    day,
                    goal_uuid=goal.uuid,
                    status=state,
                    changed_on=day.isoformat(),
                    **shared,
                )
            spans.append(_Span(goal, begin, end))
            _milestones(desk, spans[-1], specific, shared)
            _progress(desk, spans[-1], shared)
    return spans


def _milestones(desk: _Desk, span: _Span, specific: list[str], shared: dict[str, str]) -> None:
    """2-5 milestones spread to the target; done ones dated, all of them for achieved goals."""
    goal, begin, end, target = span.goal, span.begin, span.end, span.target
    rng, count = desk.rng, desk.rng.randint(2, 5)
    titles = list(specific[: min(count, 3)])
    titles += rng.sample(GENERIC_MILESTONES, count - len(titles))
    achieved = goal.status == GoalStatus.ACHIEVED
    for position, title in enumerate(titles):
        planned = begin + (target - begin) * (position + 1) // (count + 1)
        done_on = None
        if achieved or (planned < end and rng.random() < 0.8):
            done_on = min(planned + timedelta(days=rng.randint(-5, 10)), end).isoformat()
        desk.put(
            models.Milestone,
            begin,
            date.fromisoformat(done_on) if done_on else None,
            goal_uuid=goal.uuid,
            title=title,
            position=position,
            done_on=done_on,
            **shared,
        )


def _progress(desk: _Desk, span: _Span, shared: dict[str, str]) -> None:
    """3-12 dated updates with a rising percentage that ends where the goal ended."""
    goal, begin, end, target = span.goal, span.begin, span.end, span.target
    rng, status = desk.rng, goal.status
    if status == GoalStatus.ACHIEVED:
        final = 100
    elif status == GoalStatus.ACTIVE:
        elapsed = (end - begin).days / max(1, (target - begin).days)
        final = max(10, min(95, round(100 * elapsed) + rng.randint(-10, 5)))
    else:
        final = rng.randint(15, 65)
    count = rng.randint(3, 12)
    days = sorted(desk.days_between(begin + timedelta(days=1), end) for _ in range(count))
    percents = sorted(rng.randint(5, final) for _ in range(count - 1)) + [final]
    for day, percent in zip(days, percents, strict=True):
        visibility = shared["visibility"]
        if visibility == Vis.PAIR and shared["author_role"] == ME and rng.random() < 0.25:
            visibility = Vis.COORDINATOR.value
        desk.put(
            models.ProgressUpdate,
            day,
            goal_uuid=goal.uuid,
            on_date=day.isoformat(),
            percent=percent,
            note=rng.choice(PROGRESS_NOTES),
            author_role=shared["author_role"],
            visibility=visibility,
        )


def _topics(desk: _Desk, years: int, spans: list[_Span]) -> list[models.Topic]:
    """The mentor's bank: about 25 a year, created over the whole span; statuses set later."""
    rng = desk.rng
    combos = [(s, a) for s in TOPIC_SUBJECTS for a in TOPIC_ANGLES]
    rng.shuffle(combos)
    count = 25 * years
    days = sorted(
        desk.days_between(desk.start - timedelta(days=5), desk.today) for _ in range(count)
    )
    found = []
    for index, day in enumerate(days):
        subject, angle = combos[index % len(combos)]
        title = subject + angle + (" (revisited)" if index >= len(combos) else "")
        author = MENTOR if rng.random() < 0.8 else MENTEE
        live = [s for s in spans if s.begin <= day <= s.end]
        goal = rng.choice(live).goal.uuid if live and rng.random() < 0.3 else None
        resources = "\n".join(rng.sample(RESOURCES, rng.randint(0, 3)))
        found.append(
            desk.put(
                models.Topic,
                day,
                pair_uuid=desk.pair_uuid,
                title=title,
                notes=" ".join(rng.sample(TOPIC_NOTES, rng.randint(1, 2))),
                why_it_matters=rng.choice(TOPIC_WHY),
                resources=resources,
                estimated_minutes=rng.choice((10, 15, 20, 30, 45, None)),
                goal_uuid=goal,
                status=TopicStatus.IDEA.value,
                author_role=author,
                visibility=desk.visibility(author, 0.3, 0.0),
            )
        )
    return found


def _settle_topic(desk: _Desk, topic: models.Topic, status: str, day: date) -> None:
    topic.status = status
    topic.updated_at = max(topic.updated_at, desk.stamp(day))


def _rating(rng: random.Random, progress: float, dip: bool) -> int:
    """A gentle upward trend from about 3 to 4.5, with noise and the occasional bad day."""
    value = 3.0 + 1.5 * progress + rng.gauss(0, 0.6) - (1.8 if dip else 0.0)
    return max(1, min(5, round(value)))


def _meetings(desk: _Desk, spans: list[_Span], topics: list[models.Topic]) -> None:
    """Weekly to fortnightly meetings up to today, then two planned ones, with what they yield."""
    rng, span_days = desk.rng, max(1, (desk.today - desk.start).days)
    days, day = [], desk.start + timedelta(days=rng.randint(2, 9))
    while day < desk.today:
        days.append(day)
        day += timedelta(days=round(rng.triangular(7, 21, 14)))
    upcoming = desk.today + timedelta(days=rng.randint(2, CADENCE_DAYS - 2))
    days += [upcoming, upcoming + timedelta(days=CADENCE_DAYS)]
    pool = list(topics)  # topics not yet put on any agenda
    carried: list[tuple[models.AgendaItem, models.Topic | None]] = []
    for day in days:
        if day > desk.today:
            status = MeetingStatus.PLANNED.value
        else:
            cancelled = rng.random() < 0.08
            status = (MeetingStatus.CANCELLED if cancelled else MeetingStatus.HELD).value
        held = status == MeetingStatus.HELD
        progress = (day - desk.start).days / span_days
        dip = held and rng.random() < 0.07
        fmt = rng.choices(list(MeetingFormat), (30, 65, 5))[0].value
        starts = datetime.combine(day, time(rng.randint(7, 15), rng.choice((0, 15, 30))), UTC)
        ratings = {
            name: _rating(rng, progress, dip) if held and rng.random() < 0.92 else None
            for name in ("mood_mentor", "mood_mentee", "energy_mentor", "energy_mentee")
        }
        meeting = desk.put(
            models.Meeting,
            max(desk.start, day - timedelta(days=rng.randint(3, 14))),
            day,
            pair_uuid=desk.pair_uuid,
            starts_at=starts.strftime(STARTS_AT_FORMAT),
            duration_minutes=rng.choice((45, 45, 45, 30, 60)),
            status=status,
            format=fmt,
            place=rng.choice(PLACES) if fmt == MeetingFormat.IN_PERSON else "",
            author_role=rng.choice(list(Role)).value,
            visibility=Vis.PAIR.value,
            **ratings,
        )
        items = _agenda(desk, meeting, day, pool, carried)
        if status == MeetingStatus.CANCELLED:
            meeting.notes = rng.choice(CANCEL_REASONS)
        if not held:
            continue
        meeting.notes = _notes(rng, [item.title for item in items if item.discussed])
        live = [s for s in spans if s.begin <= day <= s.end]
        for span in rng.sample(live, min(len(live), rng.randint(0, 2))):
            desk.put(
                models.MeetingGoal,
                day,
                meeting_uuid=meeting.uuid,
                goal_uuid=span.goal.uuid,
                author_role=rng.choice(list(Role)).value,
                visibility=Vis.PAIR.value,
            )
        _actions(desk, meeting, day, live)
        _after(desk, meeting, day, live, progress, dip)
    for topic in pool:  # never reached an agenda: old ones mostly parked, new ones in prep
        created = date.fromisoformat(topic.created_at[:10])
        old = (desk.today - created).days > 90
        weights = (30, 15, 55) if old else (55, 45, 0)
        status = rng.choices(("idea", "prepared", "parked"), weights)[0]
        _settle_topic(desk, topic, status, desk.days_between(created, desk.today))


def _agenda(
    desk: _Desk,
    meeting: models.Meeting,
    day: date,
    pool: list[models.Topic],
    carried: list[tuple[models.AgendaItem, models.Topic | None]],
) -> list[models.AgendaItem]:
    """Items carried from the last meeting, then topics from the bank, then generic items."""
    rng, held = desk.rng, meeting.status == MeetingStatus.HELD
    planned = meeting.status == MeetingStatus.PLANNED
    plans: list[tuple[str, models.Topic | None, str | None]]
    plans = [(item.title, topic, item.uuid) for item, topic in carried[:4]]
    carried.clear()
    ready = [t for t in pool if t.created_at[:10] <= day.isoformat()]
    # Random picks, not oldest first, so some ideas wait for months and end up parked.
    for pick in rng.sample(ready, min(len(ready), rng.choice((0, 0, 1, 1, 1, 2)), 4 - len(plans))):
        pool.remove(pick)
        plans.append((pick.title, pick, None))
    extra = max(0, rng.randint(1, 4) - len(plans))
    plans += [(title, None, None) for title in rng.sample(AGENDA_GENERIC, extra)]
    items = []
    for position, (title, topic, carried_from) in enumerate(plans):
        discussed = held and rng.random() < 0.88
        item = desk.put(
            models.AgendaItem,
            min(day, desk.today),
            meeting_uuid=meeting.uuid,
            title=title,
            topic_uuid=topic.uuid if topic else None,
            position=position,
            discussed=discussed,
            carried_from_uuid=carried_from,
            visibility=Vis.PAIR.value,
            author_role=topic.author_role if topic else rng.choice(list(Role)).value,
        )
        items.append(item)
        if not planned and not discussed:
            carried.append((item, topic))
        if topic is not None:
            follow_up = rng.random() < 0.3
            status = (TopicStatus.FOLLOW_UP if follow_up else TopicStatus.DISCUSSED).value
            if not discussed:
                status = TopicStatus.ON_AGENDA.value
            _settle_topic(desk, topic, status, min(day, desk.today))
    return items


def _notes(rng: random.Random, discussed: list[str]) -> str:
    """Markdown meeting notes: check-in, what we covered, what each of us took away."""
    parts = [
        f"## {rng.choice(('Check-in', 'How we arrived', 'Opening'))}\n\n"
        + " ".join(rng.sample(CHECKIN, rng.randint(1, 2)))
    ]
    if discussed:
        covered = "\n".join(f"- **{title}**: {rng.choice(DISCUSSION)}" for title in discussed)
        parts.append(f"## What we covered\n\n{covered}")
    if rng.random() < 0.8:
        learnt = "\n".join(f"- {line}" for line in rng.sample(MENTEE_LEARNING, rng.randint(1, 3)))
        parts.append(f"## {rng.choice(('What Martin learnt', 'Digital fluency'))}\n\n{learnt}")
    if rng.random() < 0.6:
        grown = "\n".join(f"- {line}" for line in rng.sample(MENTOR_GROWTH, rng.randint(1, 2)))
        parts.append(f"## {rng.choice(('Priya takes away', 'Leadership corner'))}\n\n{grown}")
    if rng.random() < 0.6:
        parts.append(rng.choice(NEXT_TIME))
    return "\n\n".join(parts)


def _actions(desk: _Desk, meeting: models.Meeting, day: date, live: list[_Span]) -> None:
    """0-3 actions; older ones mostly done, recent ones mostly open."""
    rng = desk.rng
    for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
        owner = rng.choice((MENTOR, MENTEE))
        due = day + timedelta(days=rng.randint(7, 21))
        old = (desk.today - due).days > 30
        done_on = None
        if rng.random() < (0.92 if old else 0.4):
            done = min(day + timedelta(days=rng.randint(1, (due - day).days + 5)), desk.today)
            done_on = done.isoformat()
        own = [s for s in live if s.goal.learner == owner]
        goal = rng.choice(own).goal.uuid if own and rng.random() < 0.4 else None
        desk.put(
            models.ActionItem,
            day,
            date.fromisoformat(done_on) if done_on else None,
            pair_uuid=desk.pair_uuid,
            text=rng.choice(ACTIONS[owner]),
            owner=owner,
            meeting_uuid=meeting.uuid,
            goal_uuid=goal,
            due_date=due.isoformat(),
            done_on=done_on,
            author_role=owner,
            visibility=desk.visibility(owner, 0.1, 0.0),
        )


def _after(
    desk: _Desk, meeting: models.Meeting, day: date, live: list[_Span], progress: float, dip: bool
) -> None:
    """A reflection after about 60% of held meetings and a pulse from most people."""
    rng = desk.rng
    if rng.random() < 0.6:
        author = MENTEE if rng.random() < 0.7 else MENTOR
        written = min(day + timedelta(days=rng.randint(0, 3)), desk.today)
        fitting = desk.prompts_for(author, "growing", "after_meeting")
        prompt = rng.choice(fitting) if fitting and rng.random() < 0.5 else None
        reflection = desk.put(
            models.Reflection,
            written,
            pair_uuid=desk.pair_uuid,
            body=_reflection(desk, author),
            prompt_id=prompt.id if prompt else None,
            prompt_text=prompt.text if prompt else None,
            meeting_uuid=meeting.uuid,
            written_on=written.isoformat(),
            author_role=author,
            visibility=desk.visibility(author, 0.8, 0.15),
        )
        own = [s for s in live if s.goal.learner == author]
        if own and rng.random() < 0.45:
            for span in rng.sample(own, min(len(own), rng.randint(1, 2))):
                desk.put(
                    models.ReflectionGoal,
                    written,
                    reflection_uuid=reflection.uuid,
                    goal_uuid=span.goal.uuid,
                    author_role=author,
                    visibility=reflection.visibility,
                )
    for author in (MENTOR, MENTEE):
        if rng.random() < 0.85:
            scores = {
                name: _rating(rng, progress, dip)
                for name in ("safety", "candour", "usefulness", "energy")
            }
            note = rng.choice(DIP_NOTES if dip else PULSE_NOTES) if rng.random() < 0.35 else ""
            desk.put(
                models.Pulse,
                day,
                pair_uuid=desk.pair_uuid,
                on_date=day.isoformat(),
                meeting_uuid=meeting.uuid,
                note=note,
                author_role=author,
                visibility=desk.visibility(author, 0.3, 0.0),
                **scores,
            )


def _deal(desk: _Desk, author: str, count: int) -> list[str]:
    """`count` different lines from the author's deck, reshuffled when it runs out."""
    chosen: list[str] = []
    while len(chosen) < count:
        deck = desk.deck.setdefault(author, [])
        if not deck:
            deck.extend(desk.rng.sample(REFLECTION_LINES[author], len(REFLECTION_LINES[author])))
        line = deck.pop()
        if line not in chosen:
            chosen.append(line)
    return chosen


def _reflection(desk: _Desk, author: str) -> str:
    """Markdown: sometimes a heading, two or three short paragraphs, sometimes a list."""
    rng = desk.rng
    parts = []
    if rng.random() < 0.4:
        parts.append(f"### {rng.choice(('After today', 'Notes to self', 'What stuck'))}")
    chosen = _deal(desk, author, rng.randint(2, 5))
    cut = rng.randint(1, len(chosen) - 1)
    parts += [" ".join(chosen[:cut]), " ".join(chosen[cut:])]
    if rng.random() < 0.4:
        todo = "\n".join(f"- {line}" for line in rng.sample(ACTIONS[author], 2))
        parts.append(f"To try before we meet again:\n\n{todo}")
    return "\n\n".join(parts)
