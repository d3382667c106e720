"""Police and justice action an article states, each with the sentence that states it: arrests (how
many or who when the sentence says), charges, sentences, seizures and the agencies that acted (EN,
FR, NL, DE). Read by `enrich` through `facts`; an earlier case the article recalls is left out
(`law_context`)."""

from __future__ import annotations

import re

from veilleur.enrich.law_context import court_story, describes_person, past_arrest, recalled
from veilleur.enrich.law_seized import control_seized, seized_what
from veilleur.enrich.law_wordings import (
    aimed,
    arrest_not_made,
    content_removed,
    no_charge,
    penalty_risked,
    victims_counted,
)
from veilleur.models import Fact, LawEnforcementFacts
from veilleur.text.prefilter import screened
from veilleur.text.sentences import headline_and_sentences

MAX_SENTENCES = 60

_ARREST = screened(r"\barrest(?:ed|s|ing)?\b(?!\swarrants?)|\bdetained|\binterpell\w*|\barrêtée?s?\b|\barrestations?\b|"
                     r"\bextradit\w*|aangehouden|opgepakt|festgenommen|verhaftet|\bin custody|placée?s? en garde à vue|"
                     r"\bnab(?:s|bed)?\b|\bapprehended|\brounded up|\b(?:hand)?cuffed\b|\bin (?:hand)?cuffs\b",
                     re.I)  # fmt: skip
# An arrest sought, not made: "a reward for information leading to the arrest of", "to avoid arrest".
_SOUGHT = re.compile(  # ("the operation led to the arrest of four suspects" is an arrest)
    r"\b(?:(?:information|tips?|details)\s(?:that\s(?:could\s)?)?lead(?:s|ing)?\sto|could lead to|may lead to|"
    r"evade[ds]?|evading|avoid(?:ed|ing|s)?|escape[ds]?|resist(?:ed|ing)?|(?:seek(?:s|ing)?|sought|want(?:s|ed)?|"
    r"plan(?:s|ned)?|tried|attempt(?:s|ed|ing)?) to|informations? (?:menant|conduisant) à)\s(?:the |an |his |her |their |l')?$",
    re.I,
)
# How many, or who, the sentence says were arrested: "two arrests", "arrested four Russian nationals".
# A count starts a run of digits and is bounded: tried from each digit of a run ("1,1,1,…x people
# were arrested") it read the rest of the run from each (16,000 characters: 1.1 s).
_NUMBER = (
    # (a count ends on a digit and is no year: "on December 3, 2024, one suspect" gave "2024, one suspect")
    r"(?<![\d,.])(?!(?:19|20)\d\d\b)\d[\d,.]{0,15}(?<![,.])|hundreds|thousands|one|two|three|four|five|six|seven|eight|nine|ten|dozens|several|deux|trois|quatre|"
    r"cinq|six|sept|huit|neuf|dix|plusieurs|twee|drie|vier|vijf|zes|meerdere|zwei|drei|fünf|sechs|mehrere"
)
_ARRESTED = screened(
    rf"\b(?:{_NUMBER})\s(?:[\w-]+\s){{0,3}}?(?:arrests|arrestations|interpellations|suspects?|people|persons|"
    rf"verdachten|personen|mannen|Verdächtige|Tatverdächtige|Personen|Männer|"
    rf"individuals|men|women|members|nationals|personnes|individus|hommes|membres|suspects)\b"
    rf"|\b(?:arrest(?:ed|s)?|detained|nab(?:s|bed)?|apprehended|cuffed|interpellé\w*|arrêté\w*)\s(?:of\s)?(?:(?:the|a|an|its)\s)?"
    rf"(?:(?:{_NUMBER})\s(?:of\s)?(?:[\w-]+\s){{0,3}}?(?:suspects?|people|persons?|individuals?|m[ae]n|wom[ae]n|members?|"
    rf"nationals?|personnes|individus|hommes|membres|fraudsters|cybercriminals|criminals|hackers|operators|"
    rf"affiliates|administrators|scammers)\b|\d[\d,]*\b(?![-\s]years?\b|-jährige|-jarige))",
    re.I,
)
_CHARGE = screened(r"\bcharged|indict\w*|charges against|inculpée?s?|mise?s? en examen|poursuivie?s?\b|aangeklaagd|"
                     r"angeklagt|pleaded guilty|pleads? guilty|plaidé coupable|convicted|found guilty|"
                     r"found\s(?:[\w'’-]+\s){1,3}?guilty\b|"
                     r"reconnue? coupable", re.I)  # fmt: skip
# A sentence handed down, not one a defendant faces ("faces up to 20 years in prison").
_SENTENCE = screened(
    r"(?:sentenced\s(?:[\w'’-]+,?\s){0,10}?to\s(?P<s>[^.,;]{3,60}?)|condamnée?s?\s(?:[\w'’-]+\s){0,6}?à\s(?-i:(?![A-ZÀ-Ý]))(?P<s2>[^.,;]{3,80}?)|"
    r"(?:sentence|peine)\s(?:was\s|has\sbeen\s|a\sété\s)?(?:increased|raised|extended|reduced|cut|portée|alourdie|"
    r"réduite)\s(?:to|à)\s(?P<s7>[^.,;]{3,60}?)|resentenced\sto\s(?P<s8>[^.,;]{3,60}?)|"
    r"veroordeeld tot (?P<s3>[^.,;]{3,60}?)|verurteilt zu (?P<s4>[^.,;]{3,60}?)|(?:jailed|imprisoned) for "
    r"(?P<s6>[^.,;]{3,40}?))(?=\s(?:after|for|over|following|because|on|by|pour|après|par|wegen|last|this|earlier|"
    r"in\s(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}))\b|"
    r"[.,;]|$)|"
    # (the term's number whole: "2.5 years in prison" was "5 years", "13,275 years" "275 years")
    r"(?P<s5>(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:[.,]\d+)?)[\s-](?:years?|months?|ans|mois)(?:\sand\s\d+\s(?:months?|days?))?(?:\sin\s(?:federal\s)?prison|"
    r"\sde\sprison|\sbehind\sbars|[\s-]prison\ssentence|\sferme))",
    re.I,
)
_FACES = screened(r"\b(?:faces?|facing|risks?|could\sget|maximum|up\sto|encourt|risque|passible)\b", re.I)
_SEIZE = screened(r"\bseiz\w*|seized|confiscat\w*|saisie?s?\b|in beslag|beschlagnahm\w*|forfeit\w*|"
                    r"(?P<takedown>taken down|takedown|took down|takes? down|dismantl\w*|démantel\w*|"
                    r"shut(?:s|ting)? down|sinkhol\w*|disrupt(?:s|ed)?\s(?:the|a|an)\b)",
                    re.I)  # fmt: skip
# Who takes a service down for the law; "servers were shut down" in an attack story is not a seizure.
_LAW_ACTOR = screened(r"\b(?:police|polizei|politie|cops|feds|authorities|autorités|law enforcement|prosecutors?|"
                        r"court|justice|parquet|gendarmerie|Europol|Interpol|FBI|DOJ|DoJ|NCA|BKA|agenc(?:y|ies)|"
                        r"operation|opération|Operation)\b", re.I)  # fmt: skip
# "If found guilty, he faces…": a charge's outcome said as possible.
# ("a Trump loss would see Musk indicted": a charge imagined, seed-3340 sample)
_IF_BEFORE = screened(
    r"\b(?:(?:if|unless|could be|would be|may be|si)\s(?:\w+\s)?|(?:would|could|will|might) see\s(?:\w+\s){0,2})$",
    re.I,
)
_AGENCY = screened(
    # ("INTERPOL on Friday announced…": the agencies' own capitals, seed-3339 sample)
    r"\b(FBI|Federal Bureau of Investigation|Europol|EUROPOL|Eurojust|Interpol|INTERPOL|Department of Justice|Justice Department|"
    r"DOJ|NCA|National Crime Agency|Secret Service|Homeland Security Investigations|HSI|IRS-CI|BKA|"
    r"Bundeskriminalamt|Landeskriminalamt|LKA|ZIT|Staatsanwaltschaft|Politie|politie|Openbaar Ministerie|FIOD|police|"
    r"Polizei|gendarmerie|Gendarmerie|Police(?!\s[A-Z])|parquet|Computer Crime Unit|FCCU|OFAC|Treasury|CISA|NCSC|ANSSI|Guardia Civil|"
    r"Policía Nacional|Garda|Metropolitan Police|Met Police|Royal Canadian Mounted Police|RCMP|AFP|"
    r"Australian Federal Police|Central Bureau of Investigation|CBI|OFAC|C3N|OFAC|OCLCTIC|OFAC|"
    r"Office anti-cybercriminalité|OFAC|U\.S\. Attorney's Office|SBU|Cyberpolice)\b"
)


def law_enforcement_facts(title: str, text: str) -> LawEnforcementFacts | None:
    """Police and justice action the article states, or None. An arrest's value says how many or who
    when the sentence does ("two arrests", "arrested four Russian nationals"), else the verb."""
    facts = LawEnforcementFacts()
    agencies: dict[str, Fact] = {}
    history = bool(title) and court_story(title)  # a plea or a sentence: an arrest told is past
    for index, sentence in enumerate(
        headline_and_sentences(title, text, MAX_SENTENCES), start=0 if title else 1
    ):
        if recalled(index, sentence):
            continue
        action = False
        for kind, pattern in (("arrests", _ARREST), ("charges", _CHARGE), ("seizures", _SEIZE)):
            found = getattr(facts, kind)
            m = pattern.search(sentence)
            if (
                m is not None
                and kind == "seizures"
                and m.group("takedown")
                # an agency named acts for the law ("The US Secret Service has dismantled…"); a
                # takedown of content asked of someone ("to take down the images") seizes nothing
                and (
                    not (_LAW_ACTOR.search(sentence) or _AGENCY.search(sentence))
                    or content_removed(sentence, m)
                    or aimed(sentence, m)
                )
            ):
                m = None
            if (
                m is not None
                and kind == "seizures"
                and control_seized(sentence, m)
                and not (_LAW_ACTOR.search(sentence) or _AGENCY.search(sentence))
            ):
                m = None  # "could be abused to seize control of devices": the attacker's, no law's
            if (
                m is not None
                and kind == "charges"
                and (_IF_BEFORE.search(sentence[: m.start()]) or no_charge(sentence, m))
            ):
                m = None
            if (
                m is not None
                and kind == "charges"
                and m.group(0).casefold() == "convicted"
                and describes_person(sentence, m.start())
            ):
                m = None
            if (
                m is not None
                and kind == "arrests"
                and (
                    _SOUGHT.search(sentence[max(0, m.start() - 40) : m.start()])
                    or arrest_not_made(sentence, m)
                    or (history and index > 0 and past_arrest(sentence, m.start()))
                )
            ):
                m = None
            if (
                m is not None
                and kind == "seizures"
                and not m.group("takedown")
                and penalty_risked(sentence, m)
            ):
                m = None
            if m is not None:
                action = True
                value = m.group(0)
                if kind == "arrests" and (count := _arrest_count(sentence)):
                    value = count.group(0)
                # what was seized, when the sentence says it beside the verb ("seized 145 domains");
                # a takedown keeps its verb ("taken down 12,526 websites"): no seizure of them
                if kind == "seizures" and (what := seized_what(sentence, m)):
                    value = f"{m.group(0)} {what}" if m.group("takedown") else what
                counted = value != m.group(0)
                if len(found) < 3:
                    found.append(Fact(value=value, sentence=sentence))
                elif counted and not any(_said(kind, f.value) for f in found):
                    found[-1] = Fact(value=value, sentence=sentence)
        if (m := _SENTENCE.search(sentence)) is not None and not _FACES.search(sentence[: m.start()][-40:]):
            action = True
            value = next(g for g in m.groups() if g)
            if len(facts.sentences) < 3:
                facts.sentences.append(Fact(value=value.strip(), sentence=sentence))
        if action:
            for agency in _AGENCY.findall(sentence):
                agencies.setdefault(agency.casefold(), Fact(value=agency, sentence=sentence))
    facts.agencies = list(agencies.values())[:6]
    # A sentence that says how many were arrested comes first; a headline's bare verb after it.
    facts.arrests.sort(key=lambda fact: not _ARRESTED.fullmatch(fact.value))
    if not (facts.arrests or facts.charges or facts.sentences or facts.seizures):
        return None
    return facts


def _said(kind: str, value: str) -> bool:
    """Does a fact's `value` say how many were arrested or what was seized, not the bare verb?"""
    if kind == "arrests":
        return _ARRESTED.fullmatch(value) is not None
    return kind == "seizures" and _SEIZE.fullmatch(value) is None


def _arrest_count(sentence: str) -> re.Match[str] | None:
    """The first count of `sentence` that says how many or who were arrested: near an arrest word
    (a count a clause away is another's: "arrested a man … after leaking contact information for
    80,000 members"), not the crime's victims ("defrauding hundreds of elderly people")."""
    # ("nabbing" anchors a count, "this time nabbing more than 5,500 people", but is no arrest by
    # itself: "caught nabbing data" is a theft)
    arrests = [(m.start(), m.end()) for m in _ARREST.finditer(sentence)]
    arrests += [(m.start(), m.end()) for m in re.finditer(r"\bnabbing\b", sentence, re.I)]
    return next(
        (
            m
            for m in _ARRESTED.finditer(sentence)
            if any(
                m.end() >= start - _COUNT_REACH and m.start() <= end + _COUNT_REACH for start, end in arrests
            )
            and not victims_counted(sentence, m)
        ),
        None,
    )


# How far from the arrest word its count is looked for: "Two individuals are in cuffs", "nabbing
# more than 5,500 people suspected of scamming".
# ("Four men suspected of plotting to commit wire fraud and identity theft have been arrested")
_COUNT_REACH = 90
