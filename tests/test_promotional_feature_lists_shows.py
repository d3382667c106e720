"""Two shapes of promotion, and one of a show: the features a product class must have, as its
seller lists them (a buyer's guide, in EN/FR/DE/NL), and a podcast episode known by its address,
whose sponsor reads and advice to businesses are no pitch (GUIDE.md §2). Fictional headlines."""

from __future__ import annotations

from veilleur.enrich.promotional import promotional_reason

_TEXT = "word " * 60


def test_the_features_a_product_class_must_have_are_a_buyers_guide() -> None:
    for title in (
        "6 Features Every Cloud Backup Platform Needs in 2031",
        "Security features your email gateway should have",
        "Les fonctionnalités que tout pare-feu doit avoir",
        "Acht Funktionen, die jede Backup-Lösung braucht",
        "Zes functies die elke firewall nodig heeft",
    ):
        assert "buyer's guide" in promotional_reason(title, _TEXT, "https://news.example/a"), title


def test_the_features_a_user_should_turn_on_are_advice() -> None:
    for title in (
        "The new phone feature every user needs to turn on",
        "A browser feature every parent needs to know about",
    ):
        assert promotional_reason(title, _TEXT, "https://news.example/a") == "", title


# Advice to businesses told without quoting anyone: a pitch on an article page, not on an episode's.
_ADVICE = " ".join(
    f"Tip {n}: businesses should give every employee a password manager and a security key, and "
    f"organisations should test their backups, because the platforms and solutions they rely on fail."
    for n in range(20)
)


def test_an_episode_page_known_by_its_address_is_no_pitch() -> None:
    title = "Eight security habits for small businesses"
    assert promotional_reason(title, _ADVICE, "https://blog.example/news/2031/03/eight-habits")
    assert promotional_reason(title, _ADVICE, "https://blog.example/podcast/2031/03/eight-habits") == ""
