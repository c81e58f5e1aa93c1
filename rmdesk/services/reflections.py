"""Reflections: the lazy list, the editor's writes, the prompt library with the user's own
prompts and hidden ones, and the one prompt offered after a meeting.

Every change returns an undo.Change so the page can undo and redo it exactly.

Decisions the UI relies on:
- A reflection copies its prompt's text, so it still reads right after the library changes
  or a custom prompt is deleted (the list then shows the copy, and the theme becomes "").
- A row's theme comes from its prompt: the library's for built-in prompts, the user's own
  for custom ones, "" for free writing.
- Custom prompts have ids "custom:<uuid>". Hidden prompts (built-in or custom) are left out
  of `all_prompts()` and of suggestions, but old reflections keep their theme.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Set
from dataclasses import replace
from datetime import date
from typing import Any

from rmdesk import errors
from rmdesk.domain import enums, models
from rmdesk.i18n import msg
from rmdesk.services import prompts, undo, validation
from rmdesk.store import records, reflections, rows
from rmdesk.store.db import Store

ReflectionRow = reflections.ReflectionRow  # the list's row type, for the UI

CUSTOM_PREFIX = "custom:"
SNIPPET_CHARS = 120
EDITABLE = ("body", "visibility", "meeting_uuid", "written_on", "prompt_id")
FILTERS = ("theme", "author_role", "date_from", "date_to", "visibility")
_MARKUP = re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+]\s+|\d+[.)]\s+)+")
_HEADING = re.compile(r"^#{1,6}\s")


def custom_id(uuid: str) -> str:
    return f"{CUSTOM_PREFIX}{uuid}"


def snippet(head: str, limit: int = SNIPPET_CHARS) -> str:
    """The first line of a body worth showing in a list: Markdown markers removed, headings
    skipped when a line of text follows, cut to `limit` characters with an ellipsis."""
    lines = [line.strip() for line in head.split("\n") if line.strip()]
    text = next((line for line in lines if not _HEADING.match(line)), lines[0] if lines else "")
    text = " ".join(_MARKUP.sub("", text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _normalised(text: str) -> str:
    return " ".join(text.split()).casefold()


class ReflectionService:
    def __init__(self, store: Store, library: prompts.LibraryResult) -> None:
        self._store = store
        self._library = library
        self._builtin = {p.id: p for p in library.prompts}

    # --- the list ------------------------------------------------------------------------------

    def _filter(
        self,
        theme: str | None = None,
        author_role: str | None = None,
        date_from: str | date | None = None,
        date_to: str | date | None = None,
        visibility: str | None = None,
    ) -> reflections.ReflectionFilter:
        prompt_ids: list[str] | None = None
        not_prompt_ids: list[str] | None = None
        if theme is not None:
            themes = self._themes()
            if theme == "":  # free writing, or a prompt without a theme
                not_prompt_ids = [pid for pid, t in themes.items() if t]
            else:
                prompt_ids = [pid for pid, t in themes.items() if t == theme]
        return reflections.ReflectionFilter(
            prompt_ids=prompt_ids,
            not_prompt_ids=not_prompt_ids,
            author_role=author_role or None,
            visibility=visibility or None,
            date_from=validation.iso_date(date_from, msg("start date"), "date_from")
            if date_from
            else None,
            date_to=validation.iso_date(date_to, msg("end date"), "date_to") if date_to else None,
        )

    def _themes(self) -> dict[str, str]:
        """Theme of every prompt a reflection may point at, hidden ones included."""
        themes = {pid: p.theme for pid, p in self._builtin.items()}
        for custom in reflections.custom_prompts(self._store):
            themes[custom_id(custom.uuid)] = custom.theme
        return themes

    def _finish(self, found: list[ReflectionRow]) -> list[ReflectionRow]:
        themes = self._themes() if any(r.prompt_id for r in found) else {}
        return [
            replace(
                row,
                snippet=snippet(row.snippet),
                theme=themes.get(row.prompt_id, "") if row.prompt_id else "",
            )
            for row in found
        ]

    def count(self, pair_uuid: str, **filters: Any) -> int:
        """How many reflections match; filters: theme ("" = free writing), author_role,
        date_from, date_to (inclusive ISO dates), visibility. None or absent means any."""
        return reflections.count(self._store, pair_uuid, self._filter(**filters))

    def page(self, pair_uuid: str, offset: int, limit: int, **filters: Any) -> list[ReflectionRow]:
        """One page, newest first; each row's snippet is one line of at most 120 characters."""
        found = reflections.page(self._store, pair_uuid, offset, limit, self._filter(**filters))
        return self._finish(found)

    def row(self, uuid: str) -> ReflectionRow | None:
        found = reflections.row_of(self._store, uuid)
        return self._finish([found])[0] if found else None

    def index_of(self, pair_uuid: str, uuid: str, **filters: Any) -> int | None:
        """Where a reflection sits in the filtered list (to select it after creating it)."""
        return reflections.index_of(self._store, pair_uuid, uuid, self._filter(**filters))

    def themes(self) -> tuple[str, ...]:
        return prompts.THEMES

    # --- one reflection ----------------------------------------------------------------------

    def get(self, uuid: str) -> models.Reflection:
        return reflections.get(self._store, uuid)

    def goals_of(self, uuid: str) -> list[str]:
        return [link.goal_uuid for link in reflections.goal_links(self._store, uuid)]

    def for_meeting(self, meeting_uuid: str) -> list[models.Reflection]:
        """Reflections linked to a meeting (e.g. to skip offering a prompt a second time)."""
        return reflections.for_meeting(self._store, meeting_uuid)

    def prompt(self, prompt_id: str) -> prompts.Prompt | None:
        """A built-in (hidden or not) or custom prompt by id; None if it no longer exists."""
        if prompt_id in self._builtin:
            return self._builtin[prompt_id]
        if prompt_id.startswith(CUSTOM_PREFIX):
            try:
                custom = reflections.get_custom_prompt(self._store, prompt_id[len(CUSTOM_PREFIX) :])
            except errors.NotFoundError:
                return None
            return self._as_prompt(custom)
        return None

    def _clean(self, reflection: models.Reflection, changes: dict[str, Any]) -> dict[str, Any]:
        clean: dict[str, Any] = {}
        for name, value in changes.items():
            if name not in EDITABLE:
                raise errors.ValidationError(msg("{name} cannot be edited here.", name=name), name)
            if name == "body":
                if not isinstance(value, str):
                    raise errors.ValidationError(msg("The reflection must be text."), "body")
                clean["body"] = value
            elif name == "visibility":
                if value not in enums.values(enums.Visibility):
                    raise errors.ValidationError(
                        msg("Choose who may see this reflection."), "visibility"
                    )
                clean["visibility"] = value
            elif name == "meeting_uuid":
                clean["meeting_uuid"] = validation.check_meeting(
                    self._store, reflection.pair_uuid, value
                )
            elif name == "written_on":
                if not value:
                    raise errors.ValidationError(msg("Give the reflection a date."), "written_on")
                clean["written_on"] = validation.iso_date(value, msg("date"), "written_on")
            elif name == "prompt_id":
                if not value:
                    clean["prompt_id"] = clean["prompt_text"] = None
                elif value != reflection.prompt_id:
                    chosen = self.prompt(value)
                    if chosen is None:
                        raise errors.ValidationError(
                            msg("That prompt no longer exists; pick another or write freely."),
                            "prompt_id",
                        )
                    clean["prompt_id"], clean["prompt_text"] = chosen.id, chosen.text
        return clean

    def create(
        self,
        pair_uuid: str,
        author_role: str,
        body: str = "",
        prompt_id: str | None = None,
        meeting_uuid: str | None = None,
        goal_uuids: Iterable[str] = (),
        visibility: str = enums.Visibility.PRIVATE.value,
        written_on: str | date | None = None,
    ) -> tuple[models.Reflection, undo.Change]:
        """A new reflection, private unless chosen otherwise; written today unless dated."""
        if author_role not in enums.values(enums.Role):
            raise errors.ValidationError(msg("Choose who is writing."), "author_role")
        records.get(self._store, models.Pair, pair_uuid)
        draft = models.Reflection(
            pair_uuid=pair_uuid,
            author_role=author_role,
            body="",
            written_on=date.today().isoformat(),
        )
        fields: dict[str, Any] = {"body": body, "visibility": visibility}
        if prompt_id:
            fields["prompt_id"] = prompt_id
        if meeting_uuid:
            fields["meeting_uuid"] = meeting_uuid
        if written_on:
            fields["written_on"] = written_on
        reflection = replace(draft, **self._clean(draft, fields))
        goal_ids = self._check_goals(pair_uuid, goal_uuids)

        def operation() -> list[rows.Ref]:
            reflections.add(self._store, reflection)
            return [("reflections", reflection.uuid), *self._link(reflection, goal_ids)]

        label = "New reflection" if not reflection.prompt_id else "Answer a prompt"
        return reflection, undo.record(self._store, label, [], operation)

    def update(self, uuid: str, **changes: Any) -> undo.Change:
        """Edit body, visibility, meeting_uuid, written_on or prompt_id. Autosave calls this
        with the body on every pause in typing: an unchanged value writes nothing."""
        reflection = self.get(uuid)
        clean = self._clean(reflection, changes)
        clean = {k: v for k, v in clean.items() if getattr(reflection, k) != v}
        if not clean:
            return undo.Change(msg("No change"), {}, {})
        label = "Edit reflection" if list(clean) == ["body"] else "Change reflection"
        # Goal links travel with their reflection, so they follow its visibility.
        links = reflections.goal_links(self._store, uuid) if "visibility" in clean else []

        def operation() -> None:
            reflections.update(self._store, reflection, **clean)
            for link in links:
                records.update(self._store, link, visibility=clean["visibility"])

        refs = [("reflections", uuid), *(("reflection_goals", link.uuid) for link in links)]
        return undo.record(self._store, label, refs, operation)

    def _check_goals(self, pair_uuid: str, goal_uuids: Iterable[str]) -> list[str]:
        wanted = list(dict.fromkeys(goal_uuids))
        for goal_uuid in wanted:
            try:
                goal = records.get(self._store, models.Goal, goal_uuid)
            except errors.NotFoundError:
                raise errors.ValidationError(msg("That goal no longer exists."), "goals") from None
            if goal.pair_uuid != pair_uuid:
                raise errors.ValidationError(msg("That goal belongs to another pair."), "goals")
        return wanted

    def _link(self, reflection: models.Reflection, goal_uuids: list[str]) -> list[rows.Ref]:
        made: list[rows.Ref] = []
        for goal_uuid in goal_uuids:
            link = models.ReflectionGoal(
                reflection_uuid=reflection.uuid,
                goal_uuid=goal_uuid,
                author_role=reflection.author_role,
                visibility=reflection.visibility,
            )
            reflections.add_goal_link(self._store, link)
            made.append(("reflection_goals", link.uuid))
        return made

    def set_goals(self, uuid: str, goal_uuids: Iterable[str]) -> undo.Change:
        """Link exactly these goals (links to other goals are removed)."""
        reflection = self.get(uuid)
        wanted = self._check_goals(reflection.pair_uuid, goal_uuids)
        links = reflections.goal_links(self._store, uuid)
        have = {link.goal_uuid for link in links}
        gone = [link for link in links if link.goal_uuid not in wanted]
        new = [goal_uuid for goal_uuid in wanted if goal_uuid not in have]
        if not gone and not new:
            return undo.Change(msg("No change"), {}, {})

        def operation() -> list[rows.Ref]:
            for link in gone:
                reflections.delete_goal_link(self._store, link.uuid)
            return self._link(reflection, new)

        return undo.record(
            self._store,
            msg("Link goals"),
            [("reflection_goals", link.uuid) for link in links],
            operation,
        )

    def delete(self, uuid: str) -> undo.Change:
        """Deletes the reflection and its goal links."""
        self.get(uuid)
        return undo.record(
            self._store,
            msg("Delete reflection"),
            rows.closure(self._store, "reflections", uuid),
            lambda: reflections.delete(self._store, uuid),
        )

    # --- the prompt library ------------------------------------------------------------------

    @staticmethod
    def _as_prompt(custom: models.CustomPrompt) -> prompts.Prompt:
        return prompts.Prompt(
            id=custom_id(custom.uuid),
            text=custom.text,
            role=custom.role,
            phase=custom.phase,
            moment=custom.moment,
            theme=custom.theme,
            framework=custom.framework,
            builtin=False,
        )

    def library_problems(self) -> list[str]:
        """What was wrong with the shipped prompt files (show once; the rest still load)."""
        return list(self._library.problems)

    def hidden_ids(self) -> set[str]:
        return {hidden.prompt_id for hidden in reflections.hidden_prompts(self._store)}

    def custom_prompts(self) -> list[prompts.Prompt]:
        return [self._as_prompt(c) for c in reflections.custom_prompts(self._store)]

    def all_prompts(self, include_hidden: bool = False) -> list[prompts.Prompt]:
        """Built-in prompts in library order, then the user's own, oldest first; hidden ones
        are left out unless asked for (the "hidden prompts" list needs them)."""
        every = [*self._library.prompts, *self.custom_prompts()]
        if include_hidden:
            return every
        hidden = self.hidden_ids()
        return [p for p in every if p.id not in hidden]

    def add_custom_prompt(
        self,
        text: str,
        role: str,
        phase: str,
        moment: str,
        theme: str,
        framework: str = "",
        author_role: str = enums.Role.MENTOR.value,
    ) -> undo.Change:
        """A prompt of the user's own, checked like the library's; the new id is
        custom_id(uuid) where ("custom_prompts", uuid) is the ref in change.after."""
        clean = " ".join(str(text).split())
        if not clean:
            raise errors.ValidationError(msg("Write the prompt's question."), "text")
        if len(clean) > prompts.MAX_TEXT:
            raise errors.ValidationError(
                msg(
                    "Keep the prompt to one or two sentences ({MAX_TEXT} characters at "
                    "most; this one has {count}).",
                    MAX_TEXT=prompts.MAX_TEXT,
                    count=len(clean),
                ),
                "text",
            )
        labels = {"role": "who it is for", "phase": "a phase", "moment": "when it is asked"}
        for name, value in (("role", role), ("phase", phase), ("moment", moment)):
            if value not in prompts.CHOICES[name]:
                raise errors.ValidationError(
                    msg(
                        "Choose {label}: one of {choices}.",
                        label=labels[name],
                        choices=", ".join(prompts.CHOICES[name]),
                    ),
                    name,
                )
        if theme not in ("", *prompts.THEMES):
            raise errors.ValidationError(
                msg("Choose a theme: one of {themes}, or none.", themes=", ".join(prompts.THEMES)),
                "theme",
            )
        if framework not in ("", *prompts.FRAMEWORKS):
            raise errors.ValidationError(
                msg(
                    "Choose a framework: one of {frameworks}, or none.",
                    frameworks=", ".join(prompts.FRAMEWORKS),
                ),
                "framework",
            )
        if theme == prompts.MENTOR_GROWTH and role != enums.Role.MENTOR:
            raise errors.ValidationError(
                msg("Prompts on the mentor's own growth are for the mentor; choose role mentor."),
                "role",
            )
        if author_role not in enums.values(enums.Role):
            raise errors.ValidationError(msg("Choose who is writing."), "author_role")
        hidden = self.hidden_ids()
        for existing in self.all_prompts(include_hidden=True):
            if _normalised(existing.text) == _normalised(clean):
                where = "your own prompts" if not existing.builtin else "the built-in prompts"
                extra = " It is hidden: show it again instead." if existing.id in hidden else ""
                raise errors.ValidationError(
                    msg(
                        "This prompt is already in {where}: “{text}”.{extra}",
                        where=where,
                        text=existing.text,
                        extra=extra,
                    ),
                    "text",
                )
        custom = models.CustomPrompt(
            text=clean,
            role=role,
            phase=phase,
            moment=moment,
            theme=theme,
            framework=framework,
            author_role=author_role,
        )

        def operation() -> list[rows.Ref]:
            reflections.add_custom_prompt(self._store, custom)
            return [("custom_prompts", custom.uuid)]

        return undo.record(self._store, msg("Add your own prompt"), [], operation)

    def delete_custom_prompt(self, prompt_id: str) -> undo.Change:
        """Delete one of the user's own prompts (by "custom:<uuid>" or the bare uuid).
        Reflections that answered it keep its text."""
        uuid = prompt_id.removeprefix(CUSTOM_PREFIX)
        try:
            reflections.get_custom_prompt(self._store, uuid)
        except errors.NotFoundError:
            raise errors.ValidationError(
                msg("Only your own prompts can be deleted; hide a built-in one instead."),
                "prompt_id",
            ) from None
        refs = rows.closure(self._store, "custom_prompts", uuid)
        hidden = reflections.hidden_prompt(self._store, custom_id(uuid))
        if hidden:  # the hide goes with the prompt, and comes back with it on undo
            refs.append(("hidden_prompts", hidden.uuid))

        def operation() -> None:
            if hidden:
                reflections.delete_hidden_prompt(self._store, hidden.uuid)
            reflections.delete_custom_prompt(self._store, uuid)

        return undo.record(self._store, msg("Delete your own prompt"), refs, operation)

    def hide_prompt(
        self, prompt_id: str, author_role: str = enums.Role.MENTOR.value
    ) -> undo.Change:
        """Stop offering a prompt (built-in or custom); hiding twice changes nothing."""
        if self.prompt(prompt_id) is None:
            raise errors.ValidationError(msg("There is no such prompt to hide."), "prompt_id")
        if reflections.hidden_prompt(self._store, prompt_id):
            return undo.Change(msg("No change"), {}, {})
        hidden = models.HiddenPrompt(prompt_id=prompt_id, author_role=author_role)

        def operation() -> list[rows.Ref]:
            reflections.add_hidden_prompt(self._store, hidden)
            return [("hidden_prompts", hidden.uuid)]

        return undo.record(self._store, msg("Hide prompt"), [], operation)

    def unhide_prompt(self, prompt_id: str) -> undo.Change:
        hidden = reflections.hidden_prompt(self._store, prompt_id)
        if hidden is None:
            return undo.Change(msg("No change"), {}, {})
        return undo.record(
            self._store,
            msg("Show prompt again"),
            [("hidden_prompts", hidden.uuid)],
            lambda: reflections.delete_hidden_prompt(self._store, hidden.uuid),
        )

    # --- offering one prompt -----------------------------------------------------------------

    def candidates(self, role: str, phase: str, moment: str) -> list[prompts.Prompt]:
        """Visible prompts for this person, phase and moment (the phase's others when the
        moment has none; a closed pair gets the closing ones)."""
        picker = prompts.PromptPicker(self.all_prompts(), random.Random(0))
        return picker.candidates(role, phase, moment)

    def suggest(
        self,
        pair_uuid: str,
        role: str,
        phase: str,
        moment: str,
        rng: random.Random,
        exclude: Set[str] = frozenset(),
    ) -> prompts.Prompt | None:
        """One prompt for `role` in `phase` at `moment`, or None when nothing fits.

        "Used" comes from this person's reflections in this pair: the least-answered
        candidates are offered first (so nothing repeats until every candidate has been
        answered), at random among ties. `exclude` holds the prompts shuffled past in this
        session: they are skipped while any other candidate is left, taking the next
        least-answered one if need be; when every candidate is excluded it starts over.
        """
        pool = self.candidates(role, phase, moment)
        if not pool:
            return None
        uses = reflections.prompt_uses(self._store, pair_uuid, role)
        allowed = [p for p in pool if p.id not in exclude] or pool
        fewest = min(uses.get(p.id, 0) for p in allowed)
        return rng.choice([p for p in allowed if uses.get(p.id, 0) == fewest])

    def apply(self, change: undo.Change, forward: bool) -> None:
        """Redo (forward) or undo a change this service returned."""
        (undo.redo if forward else undo.undo)(self._store, change)
