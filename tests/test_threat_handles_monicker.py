"""Handles and names given by other spellings and shapes of the same cue (labelling guide §6): "a
cybercriminal using the monicker Jurak" (a train page), "the bizarrely monikered “Firebrick
Ostrich”" (check-e1), "the individual known as LockBitSupp" (train) were missed. Fictional text."""

from __future__ import annotations

import pytest

from veilleur.enrich.actors import find_threats


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Now, a cybercriminal using the monicker Quendel leaked the data of 9 million accounts.",
            ["Quendel"],
        ),
        (
            "The group at the heart of this campaign, the bizarrely monikered “Slate Heron”, ran 300 campaigns.",
            ["Slate Heron"],
        ),
        (
            "The gang pays for doxxing the individual known as GrimSupp, who runs its affiliates.",
            ["GrimSupp"],
        ),
        # unquoted, only a coined handle: a plain name may be anyone's
        ("The gang pays for doxxing the individual known as Smith, who runs its affiliates.", []),
    ],
)
def test_a_handle_given_by_another_spelling_of_the_cue(text: str, expected: list[str]) -> None:
    assert [a.name for a in find_threats(text)[0]] == expected


def test_the_handles_a_criminal_went_by_in_the_plural() -> None:
    # "another cybercriminal who went by the handles “Aristotle” and just “Stotle.”" (check-d1)
    text = "Perm worked with another cybercriminal who went by the handles “Quillmaster” and just “Quill.”"
    names = {n for a in find_threats(text)[0] for n in (a.name, *a.aliases)}
    assert {"Quillmaster", "Quill"} <= names
