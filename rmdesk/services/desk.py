"""One open desk and the services over it, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from rmdesk import paths
from rmdesk.services import overview, pairs
from rmdesk.store import db

if TYPE_CHECKING:
    from rmdesk.services import (
        backups,
        commitments,
        conflicts,
        goals,
        meetings,
        pairing,
        partner_marks,
        programme,
        programme_templates,
        prompts,
        pulse,
        reflections,
        self_assessment,
        topics,
    )


@dataclass
class Desk:
    """Handed to the main window by constructor; no global registry (architecture.md rule 6)."""

    paths: paths.DataPaths
    store: db.Store
    pairs: pairs.PairService
    overview: overview.OverviewService

    @cached_property
    def backups(self) -> backups.BackupService:
        """Built on first use: nothing on the way to the first paint needs it."""
        from rmdesk.services import backups

        return backups.BackupService(self.store)

    @cached_property
    def conflicts(self) -> conflicts.ConflictService:
        """The pair exchange's open merge conflicts (issue 14)."""
        from rmdesk.services import conflicts

        return conflicts.ConflictService(self.store)

    @cached_property
    def goals(self) -> goals.GoalService:
        from rmdesk.services import goals

        return goals.GoalService(self.store)

    @cached_property
    def meetings(self) -> meetings.MeetingService:
        from rmdesk.services import meetings

        return meetings.MeetingService(self.store)

    @cached_property
    def topics(self) -> topics.TopicService:
        from rmdesk.services import topics

        return topics.TopicService(self.store)

    @cached_property
    def prompt_library(self) -> prompts.LibraryResult:
        """Read once per run; a broken prompt file is reported, the valid prompts still load."""
        from rmdesk.services import prompts

        return prompts.load_library()

    @cached_property
    def reflections(self) -> reflections.ReflectionService:
        from rmdesk.services import reflections

        return reflections.ReflectionService(self.store, self.prompt_library)

    @cached_property
    def pulse(self) -> pulse.PulseService:
        from rmdesk.services import pulse

        return pulse.PulseService(self.store)

    @cached_property
    def programme(self) -> programme.ProgrammeService:
        from rmdesk.services import programme

        return programme.ProgrammeService(self.store, self.prompt_library)

    @cached_property
    def programme_templates(self) -> programme_templates.ProgrammeTemplateService:
        from rmdesk.services import programme_templates

        return programme_templates.ProgrammeTemplateService(self.store, self.meetings)

    @cached_property
    def self_assessment(self) -> self_assessment.SelfAssessmentService:
        from rmdesk.services import self_assessment

        return self_assessment.SelfAssessmentService(self.store)

    @cached_property
    def commitments(self) -> commitments.CommitmentService:
        from rmdesk.services import commitments

        return commitments.CommitmentService(self.store)

    @cached_property
    def pairing(self) -> pairing.PairingService:
        from rmdesk.services import pairing

        return pairing.PairingService(self.store)

    @cached_property
    def partner_marks(self) -> partner_marks.PartnerMarkService:
        from rmdesk.services import partner_marks

        return partner_marks.PartnerMarkService(self.store)

    def changes(self) -> int:
        """Grows with every row this desk's connection writes: a page compares it to skip
        re-reading when nothing changed since it last did."""
        return self.store.conn.total_changes

    def close(self) -> None:
        self.store.close()


def warm_up() -> None:
    """Import, in a worker thread after the first paint, what the first save would otherwise
    import on the UI thread (sqlite_utils for transactions: ~60 ms, a stall mid-typing)."""
    db.warm_up()


def begin_opening(data: paths.DataPaths) -> db.PendingOpen:
    """Lock the desk and start checking it (db.begin_open); open_desk(data, pending) finishes."""
    return db.begin_open(data)


def open_desk(data: paths.DataPaths, pending: db.PendingOpen | None = None) -> Desk:
    store = pending.finish() if pending is not None else db.open_store(data)
    return Desk(
        paths=data,
        store=store,
        pairs=pairs.PairService(store),
        overview=overview.OverviewService(store),
    )
