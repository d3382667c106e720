"""The facts backend states the Intel record's typed facts (fixed version, CVSS, severity, arrests)
in French when the article writes them, and never a value its sources do not write. Fictional
inputs only."""

from __future__ import annotations

from veilleur.brief.backend import BriefRequest
from veilleur.brief.extractive import ExtractiveBackend
from veilleur.brief.facts import FactsBackend
from veilleur.brief.guard import guard_briefing
from veilleur.brief.record_facts import attack_statements
from veilleur.brief.writer import grounding_sources
from veilleur.enrich import enrich
from veilleur.models import (
    Article,
    AttackFacts,
    Briefing,
    Category,
    Fact,
    LawEnforcementFacts,
    VulnerabilityFacts,
)

ADVISORY = (
    "Acmetek, a fictional maker of storage appliances, has released emergency updates for a critical "
    "vulnerability tracked as CVE-2026-40123 that attackers are already exploiting in the wild. "
    "An unauthenticated attacker can run commands as root. Acmetek rates it 9.1 on the CVSS scale. "
    "The flaw is fixed in the same release, firmware version 5.2.7. "
    "Acmetek urges customers to install the update and to reset their passwords."
)
PLAIN = (
    "Acmetek, a fictional maker of storage appliances, warned customers about a vulnerability "
    "tracked as CVE-2026-40123 in its Acmetek StoreBox appliances. Researchers reported the flaw "
    "to the company last month and the vendor says it is investigating the issue."
)


def _request(title: str, text: str, lang: str = "en") -> BriefRequest:
    article = Article(url="https://news.example/a", canonical_url="https://news.example/a", title=title,
                      text=text, lang=lang)  # fmt: skip
    return BriefRequest(article=article, intel=enrich(article), outlet="Fictive Daily", url=article.url)


def _all_text(briefing: Briefing) -> str:
    points = [f"{p.label} : {p.text}" for p in briefing.key_points]
    return "\n".join([briefing.heading, briefing.summary, *points])


def _guarded(request: BriefRequest, briefing: Briefing) -> None:
    _, report = guard_briefing(briefing, grounding_sources(request), request.urls, min_words=30, model=False)
    assert report.accepted and not report.removed, report


def test_an_advisory_gives_its_fixed_version_score_and_severity_in_french() -> None:
    request = _request("Critical Acmetek StoreBox flaw exploited, patch now", ADVISORY)
    facts = request.intel.vulnerability
    assert facts is not None and (facts.fixed_version, facts.cvss, facts.severity) == (
        "5.2.7",
        9.1,
        "critical",
    )
    briefing = FactsBackend().brief(request)
    points = [p.text for p in briefing.key_points]
    assert "Correctif publié en version 5.2.7." in points and "Score CVSS de 9,1." in points
    assert "un correctif est disponible en version 5.2.7" in briefing.summary
    assert "Le score CVSS de la faille est de 9,1" in briefing.summary
    assert "une vulnérabilité critique touche" in briefing.summary
    assert "La faille permet l'exécution de commandes sans authentification avec les droits root." in (
        briefing.summary
    )
    assert "Acmetek recommande d'appliquer la mise à jour et de réinitialiser les mots de passe." in (
        briefing.summary
    )
    _guarded(request, briefing)


def test_an_article_without_version_or_score_states_neither() -> None:
    request = _request("Acmetek StoreBox vulnerability under investigation", PLAIN)
    briefing = FactsBackend().brief(request)
    text = _all_text(briefing)
    assert "CVSS" not in text and "en version" not in text and "critique" not in text
    assert "permet" not in text and "Nature" not in text and "recommand" not in text
    _guarded(request, briefing)


def test_a_value_the_sources_do_not_write_is_never_stated() -> None:
    request = _request("Critical Acmetek StoreBox flaw exploited, patch now", ADVISORY)
    elsewhere = "Upgrade to 9.9.9 (CVSS 7.5), said Interpol; the Phantom gang claimed it."
    request.intel.vulnerability = VulnerabilityFacts(
        product="Acmetek StoreBox", fixed_version="9.9.9", cvss=7.5, exploited=True,
        affected_versions=[Fact(value="versions before 9.9.9", sentence=elsewhere)],
    )  # fmt: skip
    request.intel.attack = AttackFacts(claimed_by=[Fact(value="Phantom", sentence=elsewhere)])
    briefing = FactsBackend().brief(request)
    text = _all_text(briefing)
    assert "9.9.9" not in text and "7,5" not in text and "Phantom" not in text, text
    assert "Vulnérabilité dans Acmetek StoreBox." in [p.text for p in briefing.key_points]
    request.intel.category = Category.LAW_ENFORCEMENT
    request.intel.law_enforcement = LawEnforcementFacts(
        arrests=[Fact(value="arrested", sentence=elsewhere)],
        agencies=[Fact(value="Interpol", sentence=elsewhere)],
    )
    assert "Interpol" not in _all_text(FactsBackend().brief(request))


def test_arrests_are_counted_as_the_article_counts_them() -> None:
    text = (
        "Police in the fictional city of Valmont arrested four suspects accused of running a phishing "
        "service that targeted bank customers, the Valmont police said on Tuesday. "
        "Officers seized servers and cryptocurrency during the searches."
    )
    request = _request("Valmont police arrest phishing gang", text)
    assert request.intel.category == Category.LAW_ENFORCEMENT
    briefing = FactsBackend().brief(request)
    assert "Quatre arrestations annoncées." in [p.text for p in briefing.key_points]
    _guarded(request, briefing)
    unnumbered = _request("Valmont police arrest phishing gang", text.replace("four suspects", "suspects"))
    points = [p.text for p in FactsBackend().brief(unnumbered).key_points]
    assert "Arrestations annoncées." in points


def test_an_outage_its_length_and_a_described_claimant_in_french() -> None:
    text = (
        "Le portail de la commune imaginaire de Valbrune est resté inaccessible pendant plus de trois jours "
        "à la suite d'une attaque par déni de service distribué (DDoS), a indiqué la mairie. "
        "L'attaque a été revendiquée sur une messagerie par un groupe d'hacktivistes. "
        "La mairie a déposé plainte auprès de la police."
    )
    request = _request("La mairie de Valbrune visée par une attaque DDoS", text, lang="fr")
    briefing = FactsBackend().brief(request)
    points = [p.text for p in briefing.key_points]
    assert "Interruption pendant plus de trois jours." in points
    assert "Revendication par un groupe d'hacktivistes." in points
    assert "l'interruption a duré plus de trois jours" in briefing.summary
    _guarded(request, briefing)
    # A length without an outage, a claim by no one: nothing stated.
    calm = _request(
        "La mairie de Valbrune visée par une attaque DDoS",
        "La mairie de Valbrune a subi une attaque DDoS. Les équipes ont travaillé pendant trois jours "
        "sur le plan de réponse. Personne n'a revendiqué l'attaque.",
        lang="fr",
    )
    labels = [p.label for p in FactsBackend().brief(calm).key_points]
    assert "Durée" not in labels and "Revendication" not in labels


def test_a_phishing_campaigns_size_as_the_article_gives_it() -> None:
    text = (
        "A phishing campaign is impersonating Fictibank, a fictional bank, to steal logins, researchers "
        "said on Tuesday. They counted more than 2,500 emails in two days and 12 malicious domains."
    )
    request = _request("Phishing wave impersonates Fictibank", text)
    assert request.intel.category == Category.FRAUD_PHISHING
    briefing = FactsBackend().brief(request)
    # "Plus de 2 500 courriels et 12 domaines" would read as "plus de" 12 domains too.
    assert "12 domaines malveillants et plus de 2\u202f500 courriels." in [
        p.text for p in briefing.key_points
    ]
    assert (
        "L'article fait état de 12 domaines malveillants et de plus de 2\u202f500 courriels."
        in briefing.summary
    )
    _guarded(request, briefing)
    # Counts in an article about no campaign are not a campaign's size.
    plain = _request("Fictibank results", "Fictibank sent 2,500 emails to customers about its 12 websites.")
    assert plain.intel.attack is None or not plain.intel.attack.scale


def test_advice_is_attributed_only_to_who_its_sentence_names() -> None:
    said = {
        "The company advised customers to restrict access to the management interface.": (
            "L'éditeur recommande de restreindre l'accès à l'interface d'administration."
        ),
        "Administrators should enable multi-factor authentication on every account.": (
            "Il est recommandé d'activer l'authentification multifacteur."
        ),
    }
    for sentence, french in said.items():
        request = _request("Acmetek StoreBox flaw", f"{PLAIN} {sentence}")
        assert french in FactsBackend().brief(request).summary, sentence
    # An advising sentence that asks for nothing we know says nothing.
    request = _request("Acmetek StoreBox flaw", f"{PLAIN} Customers should stay vigilant.")
    assert "recommand" not in FactsBackend().brief(request).summary


def test_each_count_of_a_campaign_keeps_its_own_qualifier() -> None:
    counts = {
        ("more than 900 texts", "25 fraudulent websites", "nearly 40 domains"): (
            "25 sites frauduleux, plus de 900 SMS et près de 40 domaines."
        ),
        ("environ 300 courriels", "18 domaines"): "18 domaines et environ 300 courriels.",
        ("about 300 emails", "over 20 domains"): "Environ 300 courriels et plus de 20 domaines.",
        # "up to": the qualifier list the amounts and the stolen data read (brief/amounts.py); a
        # count qualified so was dropped here before, read as no count at all.
        ("12 domains", "up to 5,000 messages"): "12 domaines et jusqu'à 5\u202f000 messages.",
    }
    for values, point in counts.items():
        facts = AttackFacts(scale=[Fact(value=v, sentence=f"Researchers counted {v}.") for v in values])
        intel = _request("Fictibank phishing", "A phishing campaign.").intel.model_copy(
            update={"attack": facts}
        )
        statements = attack_statements(intel)
        assert [s.point for s in statements] == [point], values


YEAR_END = {
    "en": (
        "Fictive Threat Lab year-end report: ransomware leak sites named more victims than ever",
        "Ransomware gangs listed more victims on their leak sites this year than ever before, according "
        "to the year-end report of Fictive Threat Lab, a fictional research team. The report counts 4,100 "
        "organisations named on extortion sites, up 12% on last year. The team expects extortion without "
        "encryption to keep growing. It advises organisations to keep offline backups, to shut down "
        "exposed services nobody uses and to monitor large outbound transfers.",
    ),
    "fr": (
        "Rapport annuel de l'Observatoire Fictif : les rançongiciels ont fait plus de victimes que jamais",
        "Les groupes de rançongiciel ont affiché plus de victimes sur leurs sites de fuite cette année que "
        "jamais, selon le rapport annuel de l'Observatoire Fictif, une équipe de recherche imaginaire. Le "
        "rapport recense 3 800 organisations citées sur des sites d'extorsion, en hausse de 15 %. "
        "L'équipe recommande de conserver des sauvegardes hors ligne, de couper les services exposés "
        "inutiles et de surveiller les transferts sortants.",
    ),
}


def test_a_report_without_incident_gets_no_incident_advice_nor_impact() -> None:
    for lang, (title, text) in YEAR_END.items():
        request = _request(title, text, lang)
        assert request.intel.category == Category.RANSOMWARE, lang
        # The report's advice ("couper les services exposés") is not something that stopped.
        assert request.intel.attack is None or not request.intel.attack.stopped, lang
        assert not request.intel.impacts, lang
        briefing = FactsBackend().brief(request)
        labels = {p.label for p in briefing.recommendations}
        assert labels and not labels & {"Isolement", "Signalement"}, (lang, labels)
        assert not {"Arrêt", "Impact", "Interruption"} & {p.label for p in briefing.key_points}, lang
        extractive = ExtractiveBackend().brief(request)
        assert not {"Isolement", "Signalement"} & {p.label for p in extractive.recommendations}, lang
    # An attack that happened still gets the advice for it.
    attack = _request(
        "Fictive Foods hit by ransomware",
        "Fictive Foods, a fictional food maker, was hit by a ransomware attack on Monday that encrypted "
        "its servers and shut down production at two plants, the company said.",
    )
    assert "Isolement" in {p.label for p in FactsBackend().brief(attack).recommendations}
