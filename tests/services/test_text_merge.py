"""The paragraph three-way merge behind rule 3 of the pair exchange."""

from __future__ import annotations

from rmdesk.services.text_merge import has_conflict, merge3, paragraphs, sides

NAMES = ("Priya", "Martin")
BASE = "one\n\ntwo\n\nthree"


def test_edits_to_different_paragraphs_both_land() -> None:
    merged = merge3(BASE, "ONE\n\ntwo\n\nthree", "one\n\ntwo\n\nTHREE", NAMES)
    assert (merged.text, merged.conflicts) == ("ONE\n\ntwo\n\nTHREE", 0)


def test_additions_at_both_ends_both_land() -> None:
    merged = merge3(BASE, "zero\n\n" + BASE, BASE + "\n\nfour", NAMES)
    assert merged.text == "zero\n\none\n\ntwo\n\nthree\n\nfour" and merged.conflicts == 0


def test_the_same_paragraph_changed_keeps_both_in_a_fixed_order() -> None:
    merged = merge3(BASE, "one\n\nTWO A\n\nthree", "one\n\nTWO B\n\nthree", NAMES)
    assert merged.conflicts == 1 and has_conflict(merged.text)
    assert merged.text == (
        "one\n\n[Conflict: Priya's version]\n\nTWO A\n\n[Martin's version]\n\nTWO B\n\n"
        "[End of conflict]\n\nthree"
    )


def test_one_side_unchanged_or_both_alike_is_no_conflict() -> None:
    assert merge3(BASE, BASE, "new", NAMES).text == "new"
    assert merge3(BASE, "new", BASE, NAMES).text == "new"
    assert merge3(BASE, "same", "same", NAMES).text == "same"
    assert merge3(BASE, "one\n\nthree", "one\n\nthree", NAMES).conflicts == 0


def test_a_paragraph_deleted_on_one_side_and_edited_on_the_other_is_a_conflict() -> None:
    merged = merge3(BASE, "one\n\nthree", "one\n\nTWO\n\nthree", NAMES)
    assert merged.conflicts == 1 and "TWO" in merged.text


def test_paragraphs_split_on_blank_lines_only() -> None:
    assert paragraphs("a\nb\n\n  \nc\n") == ["a\nb", "c"]
    assert paragraphs("") == []


def test_sides_read_each_version_alone() -> None:
    merged = merge3(BASE, "one\n\nTWO A\n\nthree", "one\n\nTWO B\n\nthree", NAMES).text
    assert sides(merged) == ("one\n\nTWO A\n\nthree", "one\n\nTWO B\n\nthree")
