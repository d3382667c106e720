"""Roundups (weekly recaps, podcast pages, newsletters) whose article is a list of other stories'
headlines: each item is read as a headline, so the victims it names are the page's, with their own
sector and country; lists of steps or findings in an ordinary article are not headlines."""

from __future__ import annotations

from veilleur.enrich import enrich
from veilleur.enrich.roundups import is_roundup, roundup_headlines
from veilleur.extract import extract_markup
from veilleur.models import Article

ITEMS = [
    "Ransomware gang leaks files stolen from Orvane Logistics",
    "Update now! Tarnwell fixes two zero-day bugs",
    "Brelford Council confirms data breach after phishing attack",
    "How to spot a fake parcel text",
]


def article(title: str, text: str, url: str = "https://blog.example/2026/11/a-week-in-security") -> Article:
    return Article(url=url, canonical_url=url, title=title, text=text)


def test_a_roundups_items_are_its_headlines() -> None:
    text = "\n\n".join(ITEMS) + "\n\nStay safe!\n\nOur products remove ransomware. Get a free trial below."
    assert roundup_headlines("A week in security (November 9 - 15)", text) == ITEMS
    assert is_roundup("Smashing Security podcast #512: Sheep, and leaks")


def test_a_podcasts_episode_links_lose_their_outlet() -> None:
    text = (
        "Find out more in this latest edition of the podcast, hosted by two fictional hosts.\n"
        "Episode links:\n"
        "Orvane Logistics website is defaced as hackers claim breach – TechCrunch.\n"
        "Brelford Council says thousands of resident accounts breached – The Fictional Times.\n"
        "A fictional app exposed details about raids – Wired.\n"
        "Sponsored by:\n"
    )
    assert roundup_headlines("Smashing Security podcast #512: leaks", text) == [
        "Orvane Logistics website is defaced as hackers claim breach",
        "Brelford Council says thousands of resident accounts breached",
        "A fictional app exposed details about raids",
    ]


def test_lists_of_an_ordinary_article_are_not_headlines() -> None:
    lead = (
        "A fictional group exploited a flaw in the Tarnwell appliance to steal data from several firms, "
        "researchers said on Tuesday, and the vendor urged customers to patch at once. " * 3
    )
    steps = "Restrict Access To The Interface\nRotate The Service Passwords\nSearch The Logs For Uploads\n"
    assert roundup_headlines("Tarnwell appliances exploited to steal data", f"{lead}\n{steps}") == []
    assert roundup_headlines("A week in security", "One paragraph of prose, and no list at all.") == []


def test_victims_of_each_roundup_item_with_their_own_country() -> None:
    text = "\n\n".join(
        [
            "Ransomware attack hits Orvane Logistics in Belgium",
            "Brelford Council confirms data breach after phishing attack",
            "Update now! Tarnwell fixes two zero-day bugs",
            "Scammers target fans of a fictional football club in Spain",
            "Stay safe!",
        ]
    )
    intel = enrich(article("A week in security (November 9 - 15)", text))
    victims = {v.name: v for v in intel.victims}
    assert {"Orvane Logistics", "Brelford Council"} <= set(victims)
    assert "Tarnwell" not in victims
    assert victims["Orvane Logistics"].countries == ["BE"]
    # Spain is another item's place: never the country of a victim the page does not place.
    assert victims["Brelford Council"].countries == []
    assert str(intel.category) == "other"


def test_a_captured_roundup_page_gives_its_items_victims() -> None:
    page = (
        "[Home](/) · [Products](/p)\n\n# A week in security (November 9 – 15)\n\n"
        "Last week on the Fictional Labs blog:\n\n"
        "* [Ransomware gang leaks files stolen from Orvane Logistics](/a)\n"
        "* [Update now! Tarnwell fixes two zero-day bugs](/b)\n"
        "* [LockBit ransomware attacks Kestrow Stores](/c)\n\nStay safe!\n"
    )
    title, text, *_ = extract_markup(page, "markdown")
    names = {v.name for v in enrich(article(title, text)).victims}
    assert {"Orvane Logistics", "Kestrow Stores"} <= names and "Tarnwell" not in names


def test_a_podcast_page_reads_its_episode_links_not_its_own_name_or_blurb() -> None:
    text = (
        "Carole is away, which leaves the fictional host in charge as the show navigates the choppy "
        "seas of credential stuffing, with special guest Teenagers United.\n\n"
        "Episode links:\n\n"
        "Orvane Logistics website is defaced as hackers claim breach – TechCrunch.\n\n"
        "Teenagers charged over cyber attack on a fictional transit network – BBC News.\n\n"
        "Kestrow Bank says thousands of customer accounts breached – Fictional Times.\n\n"
        "Sponsored by:"
    )
    title = "Smashing Security podcast #512: Orvane unlocked, and teen hackers"
    victims = {v.name: v for v in enrich(article(title, text, "https://podcast.example/512")).victims}
    assert set(victims) == {"Orvane Logistics", "Kestrow Bank"}
    # Each item's own words give its sector, not the other items'.
    assert [str(s) for s in victims["Kestrow Bank"].sectors][:1] == ["financial-services"]


def test_a_shows_own_name_is_never_a_victim() -> None:
    text = "Hackers breached the systems of the Orvane Logistics firm, the show hears this week."
    names = [v.name for v in enrich(article("Smashing Security podcast #513: Hacked again", text)).victims]
    assert "Smashing Security" not in names


def test_an_item_names_a_victim_only_through_a_trigger_rule() -> None:
    """A one-line item is short: a word of attack in it ("a 'hit piece'") is no attack, and a
    gerund opening it ("Mitigating …") no name; the shapes of a victim's headline are read."""
    text = "\n\n".join(
        [
            "Orvane Logistics is latest victim of the Clop ransomware campaign – The Record.",
            "Kestrow Intelligence website is defaced as hackers claim breach – TechCrunch.",
            "Mogul Brenn Alder claims Fictional Times preparing ‘hit piece’ about him – NY Post.",
            "Mitigating Elusive Falcon Zoom remote control attacks – Trail of Bits.",
        ]
    )
    names = {v.name for v in enrich(article("Smashing Security podcast #514: Falcons", text)).victims}
    assert names == {"Orvane Logistics", "Kestrow Intelligence"}
