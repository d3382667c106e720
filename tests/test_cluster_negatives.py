"""Look-alikes that stay apart: headlines dated to two months, two coined names, a victim named
elsewhere in the story, and a story that drifts from one day's look-alike to the next. Fictional
reports, written alike on purpose: without the rule each pair below would join."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

from veilleur.cluster.features import Features, Input, features_for, features_of
from veilleur.cluster.stories import SPAN, Clusterer, Weights
from veilleur.models import Category, Intel, Named, Victim
from veilleur.models.signals import SignalCode

DAY = date(2026, 6, 1)
PATCH_BODY = (
    "Fictional Corp released its monthly security updates on Tuesday, fixing 61 vulnerabilities in "
    "Windows, Office and Exchange, including two zero-days exploited in attacks against governments."
)
MALWARE_BODY = (
    "Researchers at Fictional Labs describe a remote access trojan spread by phishing emails with "
    "ZIP attachments to financial institutions in Asia; it loads shellcode and steals browser data."
)
OTHER_MALWARE_BODY = (
    "Fictional Labs researchers found a backdoor delivered through phishing messages to banks in "
    "Asia; the trojan injects shellcode into a system process and takes passwords from browsers."
)


def _story(clusterer: Clusterer, article_id: str, day: date, title: str, text: str) -> str:
    return clusterer.add(features_of(article_id, day, title, text)).story_id


def test_headlines_dated_to_two_months_stay_apart_in_any_language() -> None:
    clusterer = Clusterer()
    _story(clusterer, "aug", DAY, "Fictional Corp Patch Tuesday, August 2026 Edition", PATCH_BODY)
    assert _story(clusterer, "aug2", DAY, "Fictional Corp August 2026 Patch Tuesday", PATCH_BODY) == "aug"
    assert (
        _story(
            clusterer,
            "sep",
            DAY + timedelta(days=1),
            "Fictional Corp Patch Tuesday, September 2026",
            PATCH_BODY,
        )
        == "sep"
    )
    # The French heading of the September release joins September's, not August's.
    french = "Correctifs de sécurité Fictional Corp : septembre 2026"
    assert _story(clusterer, "sep-fr", DAY + timedelta(days=1), french, PATCH_BODY) == "sep"


def test_a_month_needs_a_day_or_a_year_beside_it() -> None:
    dated = features_of("a", DAY, "Fictional Corp update (Tue, Aug 12th) and 3 mai 2026", "x")
    assert dated.months == {8, 5}
    assert features_of("b", DAY, "Attackers may march on, says Fictional Corp", "x").months == frozenset()


def test_two_coined_names_neither_article_shares_stay_apart() -> None:
    godrat = features_of("godrat", DAY, "GodRAT: new trojan targets financial institutions", MALWARE_BODY)
    pipemagic = features_of("pipemagic", DAY, "PipeMagic backdoor hits Asian banks", OTHER_MALWARE_BODY)
    # Without the rule, the two write-ups join.
    blind = Clusterer(Weights(other_coined=0.0))
    blind.add(godrat)
    assert blind.add(pipemagic).story_id == "godrat"
    clusterer = Clusterer()
    clusterer.add(godrat)
    assert clusterer.add(pipemagic).story_id == "pipemagic"
    cosine = float(godrat.embedding @ pipemagic.embedding)
    assert "different coined names" in [str(s) for s in clusterer.score(pipemagic, godrat, cosine, 0.0)[1]]
    # A retelling that names the first one's coined name is the same story.
    retold = "Fictional Labs finds GodRAT trojan in phishing mails to banks"
    assert _story(clusterer, "retold", DAY, retold, f"GodRAT, a trojan. {OTHER_MALWARE_BODY}") == "godrat"


def test_coined_names_leave_words_versions_and_amounts_out() -> None:
    coined = features_of(
        "a", DAY, "GodRAT and Pay2Key hit GPUs, URLs and DDR5 v3 for $10M CVE-2026-1234", "x"
    ).coined
    assert coined == {"godrat", "pay2key", "ddr5"}


def test_an_article_without_a_victim_does_not_bridge_two_victims() -> None:
    """Same gang, other victim: the later article's best match names no victim, but its story does."""
    gang = "The fictional Blackfin ransomware gang"
    first = (
        "Blackfin ransomware hits Valmont hospital",
        f"{gang} encrypted the systems of Valmont hospital, which cancelled surgeries on Monday.",
    )
    # Worded otherwise: a templated twin naming no victim is kept apart by itself
    # ("victim not named", tests/test_cluster_evidence.py).
    general = (
        "Blackfin ransomware hits hospitals",
        "Surgery lists were postponed after Blackfin, a fictional extortion crew, locked up "
        "computers at several medical centres on Monday.",
    )
    other = (
        "Blackfin ransomware hits Serrano clinic",
        f"{gang} encrypted the systems of Serrano clinic, which cancelled surgeries on Monday.",
    )
    clusterer = Clusterer()
    assert _story(clusterer, "valmont", DAY, *first) == "valmont"
    joined = clusterer.add(features_of("general", DAY, *general))
    assert joined.story_id == "valmont"
    assert clusterer.articles["valmont"].victims and not clusterer.articles["general"].victims
    apart = clusterer.add(features_of("serrano", DAY, *other))
    assert clusterer.articles["serrano"].victims
    assert apart.story_id == "serrano"


def test_a_story_takes_no_article_dated_past_its_span() -> None:
    """One look-alike a day would otherwise carry a story on for ever."""
    title = "Fictional Corp Gatekeeper VPN outage continues"
    text = "Customers of Fictional Corp report that Gatekeeper VPN appliances keep rebooting."
    clusterer = Clusterer()
    stories = [_story(clusterer, f"d{n}", DAY + timedelta(days=n), title, text) for n in range(SPAN.days + 3)]
    assert stories[: SPAN.days + 1] == ["d0"] * (SPAN.days + 1)
    assert stories[SPAN.days + 1] == f"d{SPAN.days + 1}"
    assert stories[-1] == f"d{SPAN.days + 1}"


def test_a_stored_story_is_dated_by_its_first_article_even_outside_the_window(tmp_path: Path) -> None:
    """The run reads back only the window's articles; a story whose first article is older still
    takes no article more than SPAN after that first one."""
    from veilleur.cluster.features import VERSION, encode
    from veilleur.cluster_stage import _window
    from veilleur.models import Entry, FeatureRow
    from veilleur.store import Store

    title = "Fictional Corp Gatekeeper VPN outage continues"
    text = "Customers of Fictional Corp report that Gatekeeper VPN appliances keep rebooting."
    store = Store(f"sqlite:///{tmp_path / 'v.db'}")
    start, later = DAY - timedelta(days=10), DAY - timedelta(days=3)
    ids = []
    for n, day in enumerate((start, later)):
        url = f"https://news.example/{n}"
        entry_id = store.entries.add(
            Entry(url=url, canonical_url=url, source=f"outlet {n}", title=title), day
        )
        assert entry_id is not None
        ids.append(entry_id)
        features = features_of(str(entry_id), day, title, text)
        store.features.save([FeatureRow(entry_id, day.isoformat(), VERSION, *encode(features))])
    story = store.stories.start(ids[0], start)
    store.stories.join(ids[1], story, later, ids[0], 1.0, [])
    since = DAY - timedelta(days=8)  # the first article is not read back, the second is
    assert store.stories.first_days([story]) == {story: start}
    # Ten days after the story's first article: a story of its own.
    assert _window(store, since).add(features_of("new", DAY, title, text)).joined is None
    # Six days after it: the same story.
    near = _window(store, since).add(features_of("near", start + timedelta(days=6), title, text))
    assert near.story_id == str(story)


def test_an_undated_headline_does_not_bridge_two_months() -> None:
    clusterer = Clusterer()
    _story(clusterer, "aug", DAY, "Fictional Corp Patch Tuesday, August 2026 Edition", PATCH_BODY)
    assert _story(clusterer, "undated", DAY, "Fictional Corp Patch Tuesday", PATCH_BODY) == "aug"
    september = features_of(
        "sep", DAY + timedelta(days=2), "Fictional Corp Patch Tuesday, September 2026", PATCH_BODY
    )
    decision = clusterer.add(september)
    assert decision.story_id == "sep"


def _with_intel(
    article_id: str,
    title: str,
    text: str,
    victims: list[str],
    actors: list[str],
    category: Category = Category.RANSOMWARE,
) -> Features:
    intel = Intel(
        relevant=True,
        relevance_score=1.0,
        category=category,
        victims=[Victim(name=name) for name in victims],
        threat_actors=[Named(name=actor, canonical=actor) for actor in actors],
    )
    return features_for([Input(article_id, DAY, title, text, f"outlet {article_id}", intel)])[0]


HOSPITAL = (
    "Ziekenhuis {name} is zondag getroffen door een ransomware-aanval die de Kestrel-bende opeist. "
    "Spoedpatiënten werden naar andere ziekenhuizen gebracht en operaties werden uitgesteld."
)


def test_the_first_victims_decide_whatever_else_the_recogniser_lists() -> None:
    """Two templated reports of two hospitals: the recogniser's wrong guesses ('Zondag',
    'Ziekenhuizen gebracht en') and the gang read as a victim are the same in both texts and must
    not join them; a report that names the other's first victim among its own still joins."""
    guesses = ["Zondag", "Ziekenhuizen gebracht en", "Kestrel-bende"]
    meerhoven = _with_intel(
        "m",
        "Cyberaanval op ziekenhuis AZ Meerhoven",
        HOSPITAL.format(name="AZ Meerhoven"),
        ["Ziekenhuis AZ Meerhoven", *guesses],
        ["Kestrel"],
    )
    osterlo = _with_intel(
        "o",
        "Cyberaanval op ziekenhuis AZ Osterlo",
        HOSPITAL.format(name="AZ Osterlo"),
        ["Ziekenhuis AZ Osterlo", *guesses],
        ["Kestrel"],
    )
    assert meerhoven.victim == {"meerhoven"} and "kestrel-bende" not in meerhoven.victims
    assert meerhoven.victims & osterlo.victims  # the shared wrong guesses
    clusterer = Clusterer()
    clusterer.add(meerhoven)
    assert clusterer.add(osterlo).story_id == "o"
    # Another outlet leads with the hospital's group and names AZ Meerhoven after it: one story.
    group = _with_intel(
        "g",
        "Kestrel hits Meerhoven Health Group hospitals",
        HOSPITAL.format(name="AZ Meerhoven"),
        ["Meerhoven Health Group", "AZ Meerhoven"],
        ["Kestrel"],
    )
    assert clusterer.add(group).story_id == "m"


ARREST = (
    "Police arrested a 24-year-old man suspected of running the fictional Kestrel ransomware gang's "
    "servers; officers seized laptops and cryptocurrency worth 2 million euros at his home in Lyon."
)


def test_names_read_as_victims_in_a_police_story_do_not_keep_its_reports_apart() -> None:
    """Agencies and suspects are what a recogniser reads as victims in an arrest report."""
    first = ("Kestrel ransomware suspect arrested in Lyon", ARREST, ["Europol"], ["Kestrel"])
    second = ("Police arrest alleged Kestrel ransomware admin", ARREST, ["FBI"], ["Kestrel"])
    clusterer = Clusterer()
    clusterer.add(_with_intel("a", *first, category=Category.LAW_ENFORCEMENT))
    joined = clusterer.add(_with_intel("b", *second, category=Category.LAW_ENFORCEMENT))
    assert joined.story_id == "a"
    # The same names in two attack reports are two victims.
    clusterer = Clusterer()
    clusterer.add(_with_intel("c", *first))
    assert clusterer.add(_with_intel("d", *second)).story_id == "d"


def test_a_first_victim_the_other_report_names_in_another_role_does_not_keep_them_apart() -> None:
    """The recogniser reads the exploited product as one report's victim: the other report names
    that product in its headline, so they are not two attacks on two victims."""
    body = (
        "Ransomware operators exploited an unpatched path traversal flaw in SimpleHelp remote support "
        "software to reach the customers of a managed service provider and disrupt a utility's billing."
    )
    first = _with_intel(
        "a", "Ransomware crooks exploit SimpleHelp flaw to hit utility", body, ["SimpleHelp"], []
    )
    second = _with_intel(
        "b", "Ransomware gangs exploit unpatched SimpleHelp flaw", body, ["managed service provider"], []
    )
    clusterer = Clusterer()
    clusterer.add(first)
    assert clusterer.add(second).story_id == "a"


def test_a_firm_recognition_missed_keeps_its_templated_report_apart() -> None:
    """Two firms' attacks told in one template: recognition found Delta Corp, missed Omega Corp.
    The headline's firm (named by its legal form) stands for the missed victim; a same-story copy
    of Delta's report still joins it."""
    template = (
        "{name}, a fictional firm, was hit by ransomware. The attack was detected early on Monday by the "
        "security team. Attackers deployed ransomware on several servers and demanded a ransom, the company "
        "said in a statement. Systems were shut down as a precaution and operations moved to manual procedures."
    )

    def item(article_id: str, name: str, victims: list[Victim]) -> Input:
        intel = Intel(relevant=True, relevance_score=1.0, category=Category.RANSOMWARE, victims=victims)
        title = f"Ransomware hits {name}"
        return Input(article_id, DAY, title, template.format(name=name), f"outlet {article_id}", intel, title)

    delta, omega, copy = features_for(
        [
            item("delta", "Delta Corp", [Victim(name="Delta Corp")]),
            item("omega", "Omega Corp", []),
            item("copy", "Delta Corp", []),
        ]
    )
    assert omega.victims == {"omega"} and delta.victims == {"delta"}
    clusterer = Clusterer()
    assert clusterer.add(delta).story_id == "delta"
    decision = clusterer.add(omega)
    assert decision.story_id == "omega"
    assert clusterer.add(copy).story_id == "delta"


def _espionage(article_id: str, title: str, text: str, victims: list[str]) -> Features:
    return _with_intel(article_id, title, text, victims, ["Grisfox"], Category.APT_ESPIONAGE)


GRISFOX_CAMPAIGN = (
    "Researchers at a fictional lab describe new variants of the spyware used by Grisfox, a state-backed "
    "group also tracked as Ember Lynx, against government bodies in Eastern Europe: the group's phishing "
    "mails carry archives that install a PowerShell backdoor."
)
GRISFOX_PHISHING = (
    "The defence ministry of Valdoria, a fictional country, said the Grisfox group, also tracked as Ember "
    "Lynx, sent phishing mails to its staff; the mails carried archives that install a backdoor."
)
GRISFOX_HAMEIO = (
    "Le ministère de la Défense de Valdoria, pays fictif, indique que le groupe Grisfox, aussi suivi sous "
    "le nom d'Ember Lynx, a envoyé des courriels d'hameçonnage à son personnel pour installer une porte dérobée."
)


def test_same_actor_another_victim_stays_apart_in_english_and_french() -> None:
    """One actor, two operations: a campaign report naming no victim, and a ministry that says
    the actor phished it. Their only shared evidence is the actor (its names in both texts): the
    victim the ministry's headline names, never named by the campaign report, says another event."""
    campaign = _espionage(
        "campaign", "Grisfox deploys new spyware variants in Eastern Europe", GRISFOX_CAMPAIGN, []
    )
    ministry = _espionage(
        "ministry",
        "Valdoria says Grisfox hackers phished its Defence Ministry",
        GRISFOX_PHISHING,
        ["Valdoria"],
    )
    ministere = _espionage(
        "ministere",
        "Valdoria : le ministère de la Défense visé par l'hameçonnage de Grisfox",
        GRISFOX_HAMEIO,
        ["Valdoria"],
    )
    for report in (ministry, ministere):
        cosine = float(campaign.embedding @ report.embedding)
        score, signals = Clusterer().score(report, campaign, cosine, 0.0)
        assert score == 0.0 and str(signals[-1]) == "same actor, other victim"
        # Without the victim recognised, the two join on the actor's names: the rule is what parts them.
        blind = dataclasses.replace(report, victims=frozenset(), victim=frozenset())
        assert Clusterer().score(blind, campaign, cosine, 0.0)[0] >= Weights().join
    clusterer = Clusterer()
    clusterer.add(campaign)
    assert clusterer.add(ministry).story_id == "ministry"
    # The ministry's own story, told in French by another outlet, joins it.
    assert clusterer.add(ministere).story_id == "ministry"


def test_a_shared_actor_with_the_victim_named_on_both_sides_still_joins() -> None:
    """A report that names the ministry the other headline names is the same operation."""
    ministry = _espionage(
        "ministry",
        "Valdoria says Grisfox hackers phished its Defence Ministry",
        GRISFOX_PHISHING,
        ["Valdoria"],
    )
    retold = _espionage(
        "retold",
        "Grisfox phishing wave hit Valdoria's defence staff",
        "A state-backed group, Grisfox, targeted the Valdoria defence ministry with phishing mails.",
        [],
    )
    clusterer = Clusterer()
    clusterer.add(ministry)
    assert clusterer.add(retold).story_id == "ministry"


def test_shared_wording_alone_does_not_back_a_join_on_closeness_of_meaning() -> None:
    """Two stories of one theme ("chats found in search engines") share its vocabulary — the
    MinHash of their wording agrees at 0.2-0.3 — and nothing else: no name, headline word, CVE id,
    victim or number. That is a theme, not an event."""
    first = features_of(
        "essay",
        DAY,
        "Every question you ask is being recorded",
        "An essay on how chatbot conversations shared by users end up indexed by search engines and kept.",
    )
    second = features_of(
        "chats",
        DAY,
        "Chatbot conversations show up in web searches",
        "Shared chatbot conversations were found indexed by search engines, where anyone could read them.",
    )
    assert not (first.names & second.names) and not (first.event_words & second.event_words)
    clusterer = Clusterer()
    assert str(clusterer.score(second, first, 0.55, 0.25)[1][-1]) == "embedding alone"
    # Wording shared well beyond a theme's (a retelling of one text) still backs it.
    assert str(clusterer.score(second, first, 0.55, 0.45)[1][-1]) != "embedding alone"


def test_one_event_told_with_different_figures_still_joins() -> None:
    """Outlets count an incident's figures differently (120,000 customers, then 118,000; 3 days,
    then 72 hours), in English and in French: the same victim, the same attack, one story."""
    reports = [
        (
            "first",
            "Ransomware attack on Corvino Logistics exposes data of 120,000 customers",
            "Corvino Logistics, a fictional Belgian carrier, said ransomware encrypted its servers on "
            "Monday and that the data of 120,000 customers was stolen; deliveries stopped for 3 days.",
        ),
        (
            "second",
            "Corvino Logistics: 118,000 customers hit by ransomware, attackers demand $2 million",
            "The fictional carrier Corvino Logistics now puts the number of customers whose data was "
            "stolen at 118,000; the gang asks for $2 million and deliveries were halted for 72 hours.",
        ),
        (
            "french",
            "Corvino Logistics : les données de 118 500 clients volées lors d'une attaque par rançongiciel",
            "Le transporteur fictif Corvino Logistics confirme qu'un rançongiciel a chiffré ses serveurs "
            "lundi ; les données de 118 500 clients ont été dérobées et les livraisons arrêtées 3 jours.",
        ),
    ]
    clusterer = Clusterer()
    stories = [
        clusterer.add(_with_intel(article_id, title, text, ["Corvino Logistics"], ["Kestrel"])).story_id
        for article_id, title, text in reports
    ]
    assert stories == ["first", "first", "first"]


def _report(article_id: str, title: str, text: str, victims: list[str], category: Category) -> Features:
    return _with_intel(article_id, title, text, victims, [], category)


SECTOR_CAMPAIGN = (
    "Suspected state-backed hackers target European aerospace sector with new malware",
    "Researchers say a fictional state-backed group sent fake job offers to engineers of European "
    "aerospace and defence firms, installing a new backdoor.",
)


def test_an_attack_on_a_named_victim_and_a_campaign_against_its_sector_stay_apart() -> None:
    """An attack on Orvane Aerospace (fictional), in English and in French, against a campaign
    report on the European aerospace sector that never names Orvane: what they share — "European",
    "aerospace" — is the setting, not the event. A report naming Orvane still joins."""
    campaign = _report("campaign", *SECTOR_CAMPAIGN, [], Category.APT_ESPIONAGE)
    attacks = [
        _report(
            "attack",
            "Ransomware attack on Orvane Aerospace disrupts check-in at European airports",
            "Orvane Aerospace, a fictional supplier of check-in systems, said ransomware hit its "
            "servers, forcing several European airports to check passengers in by hand.",
            ["Orvane Aerospace"],
            Category.RANSOMWARE,
        ),
        _report(
            "attaque",
            "Cyberattaque contre Orvane Aerospace : enregistrement perturbé dans les aéroports européens",
            "Orvane Aerospace, fournisseur fictif de systèmes d'enregistrement, indique qu'un "
            "rançongiciel a touché ses serveurs ; plusieurs aéroports européens enregistrent à la main.",
            ["Orvane Aerospace"],
            Category.RANSOMWARE,
        ),
    ]
    clusterer = Clusterer()
    for attack in attacks:
        assert {"aerospace"} <= attack.event_words & campaign.event_words
        assert str(clusterer.score(attack, campaign, 0.5, 0.05)[1][-1]) == "embedding alone"
        # Without the victim recognised, the shared setting backs the join: the rule parts them.
        blind = dataclasses.replace(attack, victims=frozenset(), victim=frozenset())
        assert str(clusterer.score(blind, campaign, 0.5, 0.05)[1][-1]) != "embedding alone"
    named = _report(
        "named",
        "Hackers behind European aerospace campaign also hit Orvane Aerospace",
        "The fictional state-backed group that targets European aerospace firms hit Orvane Aerospace.",
        [],
        Category.APT_ESPIONAGE,
    )
    assert str(clusterer.score(attacks[0], named, 0.5, 0.05)[1][-1]) != "embedding alone"


def test_places_and_sectors_are_descriptors_in_four_languages() -> None:
    from veilleur.cluster.descriptors import descriptor

    for word in ("european", "europeens", "europaische", "belgique", "aerospace", "hopital", "ziekenhuis"):
        assert descriptor(word), word
    for word in ("orvane", "collins", "salesloft", "grisfox"):
        assert not descriptor(word), word


def test_the_shared_victim_signal_names_the_victim_both_sides_name() -> None:
    """Two reports not apart because one's first victim is named by the other (recognised there as
    another name) get the shared-victim weight; the signal named no victim ('shared victim '), and
    an analyst reading why they joined saw none."""
    body = "The ransomware attack on Acme Corp was claimed by the LockBit gang on its leak site. " * 6
    first = _with_intel("a", "Ransomware attack on Acme Corp", body, ["Acme Corp"], [])
    second = _with_intel("b", "Ransomware attack on Acme Corp", body, ["Bolt Corp"], [])
    clusterer = Clusterer()
    clusterer.add(first)
    decision = clusterer.add(second)
    assert decision.story_id == "a"
    (signal,) = [s for s in decision.signals if s.code == SignalCode.SHARED_VICTIM]
    assert signal.values == ("acme",) and str(signal) == "shared victim acme"
