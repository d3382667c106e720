"""The default briefing backend: a French briefing written from the facts of the Intel record,
whatever the article's language, with no model.

Heading: the kind of event and its subject (victim, CVE, actor). Summary: one French sentence per
main fact (who was hit and by what, what stopped, what the victim did, which CVEs). *Points clés*:
the same facts as short nominal statements. *Vulnérabilités*: each CVE with what its own sentence
says (CVSS score, severity, exploitation, patch). *Recommandations*: the playbook, chosen by the
facts (a patch, exploitation in the wild, a hospital) and the kind of event. Every sentence is made
from a fact the record holds (brief/statements.py), so a fact we do not have is not written and an
article with few facts gets a short briefing. The article's own sentences appear only in the
optional *Extraits* (`[brief] excerpts = true`), never as the summary.
"""

from __future__ import annotations

import re

from veilleur.brief.backend import BriefRequest
from veilleur.brief.indicators import ioc_statement
from veilleur.brief.lure import impersonated
from veilleur.brief.names import bare_name
from veilleur.brief.playbook import no_incident, recommendations
from veilleur.brief.record_facts import attack_statements, law_statements, subject, vulnerability_statements
from veilleur.brief.roundup_flaw import own_flaw
from veilleur.brief.statements import (
    EVENT,
    SUBJECT,
    Statement,
    clauses,
    impact_statements,
    response_statements,
    threat_statements,
    victim_statements,
)
from veilleur.brief.study import as_study, find_study
from veilleur.config import BriefConfig
from veilleur.enrich.cves import malformed_cves, normalise_cves, unique_cves
from veilleur.enrich.facts import states_exploitation
from veilleur.models import Briefing, Category, Intel, KeyPoint, Vulnerability
from veilleur.models.intel import clip
from veilleur.text.french import (
    CATEGORY_HEADINGS,
    capitalize,
    contract,
    english_body,
    french_number,
    join,
    sector_names,
)
from veilleur.text.sentences import split_sentences

NO_CVE = "Aucune CVE n'est mentionnée dans l'article."
# A CVE whose own sentence states none of what we read (score, severity, exploitation, patch): the
# article may still say more of it ("allows a logged-in user to read…", "It is fixed in 7.4.2"), so
# the line points to the source instead of claiming it says nothing else.
CVE_BARE = "mentionnée dans l'article ; détails dans la source"
SOURCE_POINT = "article publié par"
# The template's own words, repeated by design: the guard's repetition check does not count them.
TEMPLATE_PHRASES = (
    NO_CVE,
    CVE_BARE,
    SOURCE_POINT,
    "cité par l'article",
    "cités par l'article",
    "exploitation active signalée",
    "correctif disponible selon l'article",
)
KEY_POINTS = 9
# A briefing names what the article names, bounded: a headline's or a story's own length must not
# make it fail the guard's checks (too long, not French), or the article is never published.
HEADING_TITLE_CHARS = 240  # the reference blog's longest real title has 234
COVERAGE_OUTLETS = 8
VULNERABILITIES = 12
EXCERPTS = 3
LEAD_SENTENCES = 3
EXPLOITED_POINT = "Exploitation active signalée par l'article."

# (a minus glued to the number makes it none: "a CVSS score of -9.8" is no 9.8)
_CVSS = re.compile(
    r"CVSS(?:\s?v?[234](?:\.\d)?)?(?:\s(?:base\s)?score)?[^0-9]{0,25}?(?<![-\u2212])(\d{1,2}\.\d)\b"
    r"|(?<![-\u2212])\b(\d{1,2}\.\d)\s?(?:/\s?10)?\)?\s?(?:on the )?CVSS",
    re.I,
)
_CRITICAL = re.compile(r"\bcriti(?:cal|que)\b|\bkritie?k|\bkritisch", re.I)
_PATCHED = re.compile(r"\b(?:patched|fixed|addressed|correctifs?|corrigée?s?|security updates?)\b", re.I)


_PHISHING = re.compile(r"phish\w*|hameçonn\w*|smishing|vishing|quishing", re.I)
_FRAUD = re.compile(r"fraud\w*|scam\w*|arnaque\w*|escroqu\w*|oplicht\w*|betrug\w*", re.I)


def fraud_or_phishing(headline: str, text: str) -> tuple[str, str]:
    """(event, subject) of a fraud or phishing article, as `EVENT` and `SUBJECT` give them: the kind
    its headline names, else the one its text names alone; both or neither keep "fraude ou
    hameçonnage" (a phishing wave's post read "une campagne de fraude ou d'hameçonnage")."""
    for said in (headline, text):
        phishing, fraud = bool(_PHISHING.search(said)), bool(_FRAUD.search(said))
        if phishing != fraud:
            return (
                ("une campagne d'hameçonnage", "de l'hameçonnage")
                if phishing
                else ("une fraude", "de la fraude")
            )
    return EVENT[Category.FRAUD_PHISHING], SUBJECT[Category.FRAUD_PHISHING]


# Lures are told by fraud, phishing and malware campaigns; elsewhere "au nom de" or "posing as" is
# rarely a brand impersonated.
LURE_CATEGORIES = {Category.FRAUD_PHISHING, Category.MALWARE_CAMPAIGN}


def lure_statement(intel: Intel, text: str) -> Statement | None:
    """The brand or body the lure impersonates, as the article names it ("is impersonating
    Northbank"): a French reader must know who to distrust. None when it names none."""
    if intel.category not in LURE_CATEGORIES:
        return None
    names = impersonated(text)
    if not names:
        return None
    whom = join([contract("de", n) for n in names])
    return Statement("Usurpation", f"Usurpation de l'identité {whom}.", f"L'identité {whom} est usurpée.")


def _cve_text(sentence: str, alone: bool) -> tuple[str, set[str]]:
    """What a CVE's own sentence says of it, in French, and the situations it shows."""
    parts, situations = [], set()
    score = _CVSS.search(sentence) if alone else None
    if score:
        parts.append(f"score CVSS {french_number(float(score.group(1) or score.group(2)))}")
    if alone and _CRITICAL.search(sentence):
        parts.append("gravité critique")
    if states_exploitation(sentence):
        parts.append("exploitation active signalée")
        situations.add("exploited")
    if _PATCHED.search(sentence):
        parts.append("correctif disponible selon l'article")
        situations.add("patch")
    text = capitalize(" ; ".join(parts)) + "." if parts else capitalize(CVE_BARE) + "."
    return text, situations


def cve_facts(intel: Intel) -> tuple[list[Vulnerability], set[str]]:
    vulnerabilities, situations = [], set()
    for record in intel.cves[:VULNERABILITIES]:
        alone = len(unique_cves(record.sentence)) == 1
        text, found = _cve_text(record.sentence, alone)
        vulnerabilities.append(Vulnerability(cve=record.id, text=text))
        situations |= found
    return vulnerabilities, situations


def _cve_sentence(ids: list[str], outlet: str, lead: bool) -> str:
    if not ids:
        return ""
    if len(ids) == 1:
        listed = f"la vulnérabilité {ids[0]}"
    elif len(ids) <= 4:
        listed = f"les vulnérabilités {join(ids)}"
    else:
        listed = f"plusieurs vulnérabilités, dont {join(ids[:3])}"
    return f"{outlet} signale {listed}." if lead else f"L'article détaille {listed}."


def _heading_name(name: str) -> str:
    """A victim as a heading names it: a public body named in English in French, without its article
    ("Rançongiciel : ville de Pleasanton", was "City of Pleasanton"), any other name as written."""
    french = english_body(name)
    if not french:
        return name
    # Lower case, as "usurpation de l'identité de …" is: a capital after the colon is a name the
    # guard looks for in the sources ("Ville" is none of their words).
    return french[2:] if french.startswith("l'") else french.split(" ", 1)[1]


def heading(intel: Intel, title: str, french: bool, outlet: str, text: str = "") -> str:
    category = CATEGORY_HEADINGS[intel.category]
    product = subject(intel.vulnerability, f"{title}\n{text}")
    if product and intel.category == Category.VULNERABILITY:
        # The flaw's id with its product: the id is what a reader searches advisories and
        # scanners for (the first one the article gives, which is the headline's or the lead's).
        # Of several, the one whose sentence names the product, or none (a messenger's page naming
        # another vendor's chained flaw): the vulnerabilities list gives them all.
        words = {w.casefold() for w in re.findall(r"\w{3,}", product)}
        # The vendor's name ties no id: "Apache Parquet's Java Library (CVE-2025-30065)", named in
        # passing on a page about Apache Roller (fifth audit), headed it.
        flaw = intel.vulnerability
        vendor = {w.casefold() for w in re.findall(r"\w{3,}", (flaw.vendor if flaw else None) or "")}
        words = words - vendor or words
        tied = [
            c.id
            for c in intel.cves
            if len(intel.cves) == 1 or words & set(re.findall(r"\w+", c.sentence.casefold()))
        ]
        cve = f" ({tied[0]})" if tied else ""
        return f"{category} : {product}{cve}"
    if intel.victims and intel.category not in {
        Category.VULNERABILITY,
        Category.LAW_ENFORCEMENT,
        Category.POLICY_REGULATION,
    }:
        return f"{category} : {_heading_name(intel.victims[0].name)}"
    # A kind word after a threat's name is no part of it: "Logiciel malveillant : Donut loader"
    # (seventh audit, tune) headed the briefing whose key point said "Donut".
    names = [bare_name(n.name) for n in intel.threat_actors + intel.malware]
    ids = intel.cve_ids
    if intel.category != Category.VULNERABILITY:
        # A page that is no advisory is headed by a CVE its headline or lead names, not by one it
        # cites in passing: a report of 768 exploited CVEs read "Recherche en sécurité :
        # CVE-2021-44228", Log4Shell named once further down as an example.
        lead = set(unique_cves(" ".join([title, *split_sentences(text)[:LEAD_SENTENCES]])))
        ids = [cve for cve in ids if cve in lead]
    if ids and (intel.category == Category.VULNERABILITY or not names):
        plural = "Vulnérabilités" if len(ids) > 1 and category == "Vulnérabilité" else category
        return f"{plural} : {join(ids[:2]) if len(ids) <= 2 else ids[0] + ' et autres'}"
    if names:
        return f"{category} : {names[0]}"
    # A French headline is quoted, ids written out in full; one naming a CVE that cannot be one
    # ("CVE-2025-XXXX", "CVE-N/A", next decade's) is not: the guard refuses such an id in a
    # published text, and the article was held pending at every run, never published.
    quoted = normalise_cves(clip(title, HEADING_TITLE_CHARS)) if french else ""
    if quoted and not malformed_cves(quoted):
        return f"{category} : {quoted}"
    # A lure that names no victim says whom it imitates: "article de Cyber Harbor Daily" told the
    # reader nothing (the demo's Northbank wave); the brand is what to warn about.
    lured = impersonated(f"{title}\n{text}") if intel.category in LURE_CATEGORIES else []
    if lured:
        return f"{category} : usurpation de l'identité {contract('de', lured[0])}"
    return f"{category} : article de {outlet}"


def _outlets(outlets: list[str]) -> str:
    """ "A, B et C"; past COVERAGE_OUTLETS, the first ones and how many others."""
    if len(outlets) <= COVERAGE_OUTLETS:
        return join(outlets)
    others = len(outlets) - COVERAGE_OUTLETS + 1
    return f"{', '.join(outlets[: COVERAGE_OUTLETS - 1])} et {others} autres sources"


def excerpts(text: str, limit: int = EXCERPTS) -> list[str]:
    """The article's first full sentences, as written (the optional *Extraits* block)."""
    chosen = [s for s in split_sentences(text) if 8 <= len(s.split()) <= 40 and s[-1:] in '.!?»"”']
    return chosen[:limit]


def _decapitalize(sentence: str) -> str:
    """ "La clinique X a été…" → "la clinique X a été…"; a proper name keeps its capital."""
    if sentence.startswith(("La ", "Le ", "L'", "Les ", "Une ", "Un ", "Des ")):
        return sentence[:1].lower() + sentence[1:]
    return sentence


class FactsBackend:
    """The zero-setup backend: French from facts, no model, no network, nothing invented."""

    name = "facts"
    model_id = "facts"

    def __init__(self, config: BriefConfig | None = None) -> None:
        self.config = config

    def brief(self, request: BriefRequest) -> Briefing:
        article, intel = request.article, request.intel
        french = article.lang == "fr"
        sources = f"{article.title}\n{article.text}"  # a story's text holds every outlet's article
        victims, impacts = victim_statements(intel, sources), impact_statements(intel)
        responses, threats = response_statements(intel), threat_statements(intel)
        # A roundup's flaw is said with the facts of its own sentences only, not another item's.
        flawed = intel.model_copy(update={"vulnerability": own_flaw(intel.vulnerability, article.title)})
        flaw, situations = vulnerability_statements(flawed, sources)
        attack = attack_statements(intel, sources)
        # Who the lure impersonates comes first: it tells the reader what to distrust. A sentence
        # of its own, so that the guard removing a clause of the attack's does not take it along.
        lure = [s for s in [lure_statement(intel, sources)] if s is not None]
        # Police and justice facts tell a law-enforcement story; elsewhere they are side remarks.
        law = law_statements(intel, sources) if intel.category == Category.LAW_ENFORCEMENT else []
        # A typed fact says more than the impact or the name it repeats (an amount, a claim).
        said = {s.label for s in attack}
        impacts = [s for s in impacts if s.label not in said]
        if "Revendication" in said:
            threats = [s for s in threats if not s.label.startswith("Acteur")]
        statements: list[Statement] = [*victims, *lure, *flaw, *attack, *impacts, *responses, *law, *threats]
        if not victims and intel.sectors:  # the article's dominant sector, when recognition is sure of it
            sectors = sector_names(intel.sectors)
            if sectors:
                # Several are plural, and listed with commas when a name holds its own "et": "Secteur
                # concerné : hôtellerie et loisirs et transport." (fifth audit, a two-outlet story).
                listed = ", ".join(sectors) if any(" et " in s for s in sectors) else join(sectors)
                noun = "Secteurs concernés" if len(sectors) > 1 else "Secteur concerné"
                statements.append(Statement("Secteur", f"{noun} : {listed}."))
        vulnerabilities, cve_situations = cve_facts(intel)
        situations |= cve_situations
        ioc = ioc_statement(intel)
        if ioc is not None:
            statements.append(ioc)

        # A flaw opens an advisory; in an attack story, the victim or the kind of event does.
        advisory = intel.category == Category.VULNERABILITY
        opening = victims[:1] or [s for s in flaw[:1] if s.label == "Produit" and advisory]
        lead = opening[0].sentence if opening and opening[0].sentence else ""
        if lead and not french:  # a translation names its source
            lead = f"D'après {request.outlet}, {_decapitalize(lead)}"
        # An advisory naming no product opens with its CVEs ("X signale les vulnérabilités …").
        cves_lead = not lead and advisory and bool(intel.cve_ids)
        if cves_lead:
            lead = _cve_sentence(intel.cve_ids, _subject(request.outlet), lead=True)
        event, subject = EVENT.get(intel.category, EVENT[Category.OTHER]), SUBJECT[intel.category]
        if intel.category == Category.FRAUD_PHISHING:
            event, subject = fraud_or_phishing(request.article.title, request.article.text)
        if not lead and (lure or attack or impacts or responses or law or flaw):
            lead = f"{_subject(request.outlet)} rapporte {event}."
        summary = [lead or f"{_subject(request.outlet)} traite {subject}."]
        rest = flaw[1:] if opening and not victims else flaw
        conseils = [s for s in rest if s.label == "Conseils"]
        # What the flaw allows is a sentence of its own, after the flaw is named ("La faille permet"
        # before it, in a roundup): the score, exploitation and fix follow, then the advice given.
        named = [s for s in rest if s.label == "Produit"] if any(s.label == "Nature" for s in rest) else []
        summary += [s.sentence for s in named]
        summary += [s.sentence for s in rest if s.label == "Nature"]
        summary += [clauses([s for s in rest if s.label != "Nature" and s not in named + conseils])]
        summary += [s.sentence for s in conseils]
        summary += [s.sentence for s in lure]
        summary += [clauses(attack), clauses(impacts), clauses(responses, 4), clauses(law)]
        summary += [s.sentence for s in threats]
        if not cves_lead:
            summary.append(_cve_sentence(intel.cve_ids, request.outlet, lead=False))

        points = [KeyPoint(label=s.label, text=s.point) for s in statements[:KEY_POINTS]]
        if "exploited" in cve_situations and not any(p.label == "Exploitation" for p in points):
            # Which flaw is exploited, by its id: on an Apache Roller page (fifth audit) a bare
            # "Exploitation active signalée par l'article" told of Apache Tomcat's CVE-2025-24813,
            # another product's flaw the page recalls, as if Roller's were exploited.
            exploited = [v.cve for v in vulnerabilities if "exploitation active" in v.text.casefold()]
            ids = join(exploited[:2]) + (" et d'autres failles" if len(exploited) > 2 else "")
            point = f"Exploitation active signalée pour {ids}." if exploited else EXPLOITED_POINT
            points.append(KeyPoint(label="Exploitation", text=point))
        if len(points) < 2:
            points.append(KeyPoint(label="Source", text=f"{capitalize(SOURCE_POINT)} {request.outlet}."))
        if request.also:
            outlets = [request.outlet, *dict.fromkeys(o for o, _ in request.also if o != request.outlet)]
            if len(outlets) > 1:
                points.append(KeyPoint(label="Couverture", text=f"Sujet rapporté par {_outlets(outlets)}."))

        if intel.response and any(r.kind == "no_data_taken" for r in intel.response):
            situations.add("no_data_taken")
        if any(i.kind == "data_stolen" for i in intel.impacts):
            situations.add("data_stolen")
        if no_incident(intel):
            situations.add("no_incident")
        show_excerpts = bool(self.config and self.config.excerpts)
        briefing = Briefing(
            heading=heading(intel, " ".join(article.title.split()), french, request.outlet, article.text),
            # A sentence may open with an outlet written in lower case ("la source", "heise online").
            summary=" ".join(capitalize(s) for s in summary if s),
            key_points=points,
            vulnerabilities=vulnerabilities,
            no_vulnerability_text=NO_CVE,
            recommendations=recommendations(intel.category, intel.sectors, sorted(situations)),
            excerpts=excerpts(article.text) if show_excerpts else [],
            sources=request.urls,
            backend=self.name,
        )
        # A report or a study naming no victim, impact, response or police action is briefed by
        # its figures (brief/study.py); the attack facts it states (a campaign's scale) follow them.
        incident = intel.victims or intel.impacts or intel.response or intel.law_enforcement
        study = None if incident else find_study(article.title, article.text, article.lang)
        if study is None or flaw or lure or law or request.also:
            return briefing
        return as_study(briefing, study, _subject(request.outlet), subject)


# An outlet known only by its host name ("www.eff.org", a capture's address) opening a sentence:
# capitalised it read "Www.eff.org rapporte …", a name no one writes; "Le site www.eff.org …" keeps
# the address as written.
_HOST = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}")


def _subject(outlet: str) -> str:
    return f"le site {outlet}" if _HOST.fullmatch(outlet) else outlet


def fact_lines(request: BriefRequest) -> list[str]:
    """The facts the facts backend states for `request`, one French line each ("Urgences :
    Déviation des urgences vers d'autres hôpitaux."), for a model's prompt: a small model then has
    the facts in French and less to invent. Recommendations and fillers are not facts."""
    briefing = FactsBackend().brief(request)
    lines = [f"{p.label} : {p.text}" for p in briefing.key_points if p.label not in {"Source", "Couverture"}]
    lines += [f"{v.cve} : {v.text}" for v in briefing.vulnerabilities]
    return lines
