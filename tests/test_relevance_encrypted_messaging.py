"""End-to-end encryption and encrypted messaging are a security subject (GUIDE.md §3: encryption and
its backdoor laws, security essays), named so in EN/FR/DE/NL, on a show's page as in an essay; a
chat app's new stickers are not. Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

BODY = (
    "This week our guest, a researcher who studies how chat apps are built, explains what changes when "
    "assistants start reading our conversations to summarise them, and who else may then read them. "
)


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        (
            "The new rules for AI and encrypted messaging (Example Show S02E01)",
            "Can encrypted messaging survive AI? ",
        ),
        ("L'IA et la messagerie chiffrée", "Le chiffrement de bout en bout survivra-t-il à l'IA ? "),
        ("KI und Messenger", "Überlebt die Ende-zu-Ende-Verschlüsselung die KI? "),
        ("AI en chatapps", "Overleeft end-to-end versleuteling de AI? "),
    ],
)
def test_encrypted_messaging_is_a_security_subject(title: str, lead: str) -> None:
    assert relevance_score(title, (lead + BODY) * 2) >= DEFAULT_MIN_RELEVANCE


def test_a_chat_apps_stickers_are_not() -> None:
    text = "The chat app adds animated stickers, new themes and larger emoji for group conversations. " * 5
    assert relevance_score("Examplechat brings new stickers to group chats", text) < DEFAULT_MIN_RELEVANCE
