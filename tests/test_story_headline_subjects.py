"""A page that gave little but its headline joins the report whose headline names the same gang or
malware first, whichever record recognised the name; a headline naming another subject first, or
the same gang's attack on another victim, stays apart. All texts are fictional."""

from __future__ import annotations

from datetime import timedelta

from test_stories_languages import DAY, _features, _stories

from veilleur.cluster.agreement import headline_subjects

THIN = "Marrowind backdoor spotted at Gulf telecom operators"
FULL = (
    "New MARROWIND Variant Targets ISPs and Governments with Stealthy Backdoor Features",
    "Researchers at Brightmoor Lab found a new variant of the Marrowind backdoor used against internet "
    "service providers and government bodies in the Middle East. The implant loads its modules in memory "
    "and hides its traffic; the lab ties it to a fictional espionage cluster it tracks as Cluster Vane.",
)
FRENCH = (
    "Une nouvelle variante de la porte dérobée Marrowind vise des opérateurs",
    "Les chercheurs de Brightmoor Lab ont découvert une nouvelle variante de la porte dérobée Marrowind "
    "utilisée contre des fournisseurs d'accès et des administrations au Moyen-Orient. L'implant charge ses "
    "modules en mémoire et masque son trafic.",
)
# Another subject named first, the shared name only as what came before.
NIGHTJAR = "Nightjar malware likely to become hackers' new tool after the Marrowind backdoor"


def test_both_headlines_name_one_subject_first() -> None:
    thin, full, other = _features(
        [
            ("thin", DAY, (THIN, THIN), "one"),
            ("full", DAY, FULL, "two"),
            ("other", DAY, (NIGHTJAR, NIGHTJAR), "three"),
        ]
    )
    assert thin.headline_only and headline_subjects(thin, full) == {"marrowind"}
    assert headline_subjects(other, full) == frozenset()


def test_a_headline_only_page_joins_the_report_of_its_subject_in_english_and_french() -> None:
    stories = _stories(
        [
            ("full", DAY, FULL, "two"),
            ("french", DAY + timedelta(days=1), FRENCH, "post"),
            ("thin", DAY + timedelta(days=1), (THIN, THIN), "one"),
            ("other", DAY + timedelta(days=2), (NIGHTJAR, NIGHTJAR), "three"),
        ]
    )
    assert stories["thin"] == stories["french"] == "full", stories
    assert stories["other"] == "other", stories


def test_the_same_gang_attacking_another_victim_stays_apart() -> None:
    first = "Kestrel gang claims ransomware attack on Meerhoven hospital"
    second = (
        "Kestrel ransomware gang hits Osterlo city council, leaks staff files",
        "The Kestrel ransomware gang claimed an attack on the fictional Osterlo city council and leaked "
        "files of its staff on its site; the council says its services run on paper.",
    )
    stories = _stories(
        [("second", DAY, second, "two"), ("first", DAY + timedelta(days=1), (first, first), "one")]
    )
    assert stories["first"] == "first", stories
