"""Faithfulness of the facts briefing, fifth audit (development pages of the intel parts train,
check-d1, check-e1, tune and fr, and multi-outlet stories of stories tune/dev*): words of another
sense read as an event's consequences (a software prompt that cancels "l'opération" told as
surgeries cancelled, a capability told as data stolen), an authentication bypass told as a
workaround, a processor architecture named as malware. Fictional pages only."""

from __future__ import annotations

from veilleur.enrich.impacts import find_impacts
from veilleur.enrich.new_threats import unknown_names
from veilleur.enrich.vulnerability import vulnerability_facts


def test_an_operation_cancelled_on_a_page_without_care_is_no_surgery() -> None:
    text = (
        "Fictishell affiche désormais une invite avant de lancer un script téléchargé. "
        "Répondre « Non » annule l'opération et propose un mode plus sûr."
    )
    assert "surgeries_cancelled" not in {i.kind for i in find_impacts(text)}
    # Where care is spoken of, operations cancelled are still surgeries.
    care = "Après la cyberattaque, l'hôpital de Valcourt a annulé les opérations prévues mardi."
    assert "surgeries_cancelled" in {i.kind for i in find_impacts(care)}


def test_what_a_flaw_opens_the_way_to_is_no_theft() -> None:
    text = (
        "Les agents d'IA de Fictibot présentent des risques accrus, ouvrant la voie à des injections "
        "de prompts et à l'exfiltration de données."
    )
    assert "data_stolen" not in {i.kind for i in find_impacts(text)}
    stolen = "Les attaquants ont exfiltré les données de 2 000 clients de Fictibot."
    assert "data_stolen" in {i.kind for i in find_impacts(stolen)}


def test_an_authentication_bypass_is_no_workaround() -> None:
    title = "Fictiphone PBX : failles critiques corrigées"
    text = (
        "Fictiphone a corrigé trois failles dans son PBX, dont un contournement d'authentification "
        "critique. Les versions 17.0.3 et suivantes corrigent ces failles."
    )
    facts = vulnerability_facts(title, text, [])
    assert facts is not None and not facts.workaround
    offered = text + " Une solution de contournement est proposée pour les versions plus anciennes."
    facts = vulnerability_facts(title, offered, [])
    assert facts is not None and facts.workaround


def test_a_processor_architecture_is_no_malware_name() -> None:
    text = "Quillsnap is an x64 implant written in C. The group also used a Win32 backdoor."
    names = {name for _kind, name, _mode in unknown_names(text)}
    assert not names & {"x64", "Win32"}, names


def test_a_suspended_term_is_said_suspended() -> None:
    from veilleur.brief.record_facts import law_statements
    from veilleur.models import Fact, Intel, LawEnforcementFacts

    def said(sentence: str, value: str) -> list[str]:
        law = LawEnforcementFacts(sentences=[Fact(value=value, sentence=sentence)])
        statements = law_statements(Intel(relevant=True, relevance_score=1.0, law_enforcement=law))
        return [s.sentence for s in statements if s.label == "Peine"]

    sentence = "The Gullport clerk was sentenced to 18 months' custody, suspended for two years."
    assert said(sentence, "18 months' custody") == [
        "Une peine de 18 mois de prison avec sursis a été prononcée."
    ]
    french = "Le greffier a été condamné à deux ans de prison avec sursis."
    assert said(french, "deux ans") == ["Une peine de deux ans de prison avec sursis a été prononcée."]
    served = "The Gullport clerk was jailed for 18 months for copying Quillpad files."
    assert said(served, "18 months") == ["Une peine de 18 mois de prison a été prononcée."]


def test_a_flaw_of_another_product_of_the_vendor_does_not_head_the_page() -> None:
    from veilleur.brief.facts import heading
    from veilleur.models import Category, CveMentionRecord, Intel, VulnerabilityFacts

    other = ("CVE-2031-1111", "Weeks ago a flaw in Fictel Ledger (CVE-2031-1111) was disclosed too.")
    own = ("CVE-2031-2222", "The flaw, tracked as CVE-2031-2222, has a CVSS score of 10.0.")
    intel = Intel(
        relevant=True,
        relevance_score=1.0,
        category=Category.VULNERABILITY,
        cves=[CveMentionRecord(id=i, sentence=s) for i, s in (other, own)],
        vulnerability=VulnerabilityFacts(vendor="Fictel", product="Quillboard"),
    )
    title = "Critical Fictel Quillboard flaw lets old sessions live on"
    said = heading(intel, title, False, "Fictive Wire", f"{own[1]} {other[1]}")
    assert "CVE-2031-1111" not in said, said


def test_several_sectors_are_plural_and_a_name_with_its_own_et_stays_whole() -> None:
    from veilleur.brief.backend import BriefRequest
    from veilleur.brief.facts import FactsBackend
    from veilleur.models import Article, Intel, Sector

    text = "Gull Airways and partner hotels sell booking data to a Fictland agency. " * 3
    article = Article(url="https://www.gullnews.example/data", canonical_url="https://www.gullnews.example/data",
                      title="Travel firms sell booking data", text=text, lang="en")  # fmt: skip
    intel = Intel(
        relevant=True, relevance_score=1.0, sectors=[Sector.HOSPITALITY_LEISURE, Sector.TRANSPORTATION]
    )
    request = BriefRequest(article=article, intel=intel, outlet="Gull News", url=article.url)
    points = [k.text for k in FactsBackend().brief(request).key_points if k.label == "Secteur"]
    assert points == ["Secteurs concernés : hôtellerie et loisirs, transport."], points


def test_an_authority_that_acted_is_not_one_that_was_told() -> None:
    from veilleur.enrich.response import find_response

    takedown = (
        "Visitors to Quillchat are alerted to the takedown by a banner saying the service was disabled "
        "by international law enforcement."
    )
    assert "notified" not in {r.kind for r in find_response(takedown)}
    told = "Gullport Clinic notified law enforcement and the data protection authority."
    assert "notified" in {r.kind for r in find_response(told)}


def test_an_impact_followed_by_would_is_no_impact() -> None:
    text = "Gull Meals delivery services fed many in lockdown, so any disruption here would hurt them."
    assert "services_disrupted" not in {i.kind for i in find_impacts(text)}
    done = "Gull Meals' services were disrupted, which could take weeks to fix."
    assert "services_disrupted" in {i.kind for i in find_impacts(done)}


def test_an_exploited_flaw_of_another_product_is_named_by_its_id() -> None:
    from veilleur.brief.backend import BriefRequest
    from veilleur.brief.facts import FactsBackend
    from veilleur.models import Article, Category, CveMentionRecord, Intel, VulnerabilityFacts

    own = "The Quillboard flaw, tracked as CVE-2031-2222, lets old sessions live on after a password change."
    other = "Last month a flaw in Fictel Ledger (CVE-2031-1111) came under active exploitation."
    text = f"{own} Fictel fixed it in version 6.1.5. {other}"
    article = Article(url="https://www.gullnews.example/qb", canonical_url="https://www.gullnews.example/qb",
                      title="Critical Fictel Quillboard flaw", text=text, lang="en")  # fmt: skip
    intel = Intel(
        relevant=True,
        relevance_score=1.0,
        category=Category.VULNERABILITY,
        cves=[
            CveMentionRecord(id="CVE-2031-2222", sentence=own),
            CveMentionRecord(id="CVE-2031-1111", sentence=other),
        ],
        vulnerability=VulnerabilityFacts(vendor="Fictel", product="Quillboard"),
    )
    request = BriefRequest(article=article, intel=intel, outlet="Gull News", url=article.url)
    points = [k.text for k in FactsBackend().brief(request).key_points if k.label == "Exploitation"]
    assert points == ["Exploitation active signalée pour CVE-2031-1111."], points
