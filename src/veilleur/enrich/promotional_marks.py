"""Marks of a paid or vendor-made page that are not in its first words (promotional.py reads them).

An outlet's label for paid content often opens the first paragraph after the standfirst, the author
and the date ("Sponsored Feature Ransomware gangs…", "Partner Content : Cloud providers…",
"Contenu sponsorisé — …", "Anzeige"), not the capture's first characters; a news lead that says
"Sponsored by Examplesoft, the prize…" or "Sponsored search results lead to…" names no kind of
paid piece after the word, and stays news. So is a headline that sells a class of security product
by its benefit, the mark a guest post keeps when its capture holds only its headline. And the notes
outlets and vendors write anywhere in the piece: a contributed or sponsored piece's note, a sponsor
slot, a call to register for or attend the organiser's own event.
"""

from __future__ import annotations

import re

from veilleur.text.openings import opened
from veilleur.text.prefilter import screened

# The article opens with the outlet's own label for paid or partner content.
_LEAD_LABEL = screened(
    r"^\W{0,3}(?:sponsored(?: post| feature| content| article)?|partner content|paid content|advertorial|"
    r"webinar|webinaire|contenu (?:sponsorisé|partenaire)|article sponsorisé|publi-?rédactionnel|publireportage|"
    r"gesponsord(?:e inhoud)?|anzeige|advertentie|bezahlter beitrag|"
    r"gesponserter? (?:beitrag|inhalt)|brought to you by)\b",
    re.I,
)
# The same labels in other words, alone on the article's first line ("Presented by Examplesoft",
# "Werbung", "Publicité") or as a sentence saying a vendor made the piece ("Ce contenu est proposé
# par", "Dieser Artikel entstand in Kooperation mit", "kwam tot stand in samenwerking met"); a
# lead that opens "In partnership with Europol, police…" is news: the label ends its line.
_LEAD_NOTE = re.compile(
    r"^\W{0,3}(?:(?:this is an? )?sponsored (?:article|post|story)|presented by|in partnership with|paid post|"
    r"promoted(?: content| post)?|advertisement(?: feature)?|publicité|werbung|partnerbijdrage|ingezonden "
    r"(?:bericht|mededeling))\b[^\n.:,]{0,40}(?:[\n:]|\.(?:\s|$)|$)|(?:ce contenu est|contenu) proposé par|"
    r"(?:dieser (?:artikel|beitrag) )?entstand in (?:kooperation|zusammenarbeit) mit|kwam tot stand in "
    r"samenwerking met",
    re.I,
)
# The label, at the start of a line, naming the kind of paid piece (a bare "Sponsored" is not one).
_PARAGRAPH_LABEL = screened(
    r"(?m)^\W{0,3}(?:sponsored (?:post|feature|content|article|story)|partner content|paid (?:post|content)|"
    r"advertorial|contenu (?:sponsorisé|partenaire)|article sponsorisé|publi-?rédactionnel|publireportage|"
    r"publi-?information|gesponsorde inhoud|gesponserter? (?:beitrag|inhalt)|bezahlter beitrag)\b",
    re.I,
)
# A class of security product, named by its trade acronym, sold by its benefit ("How CTEM Boosts
# Visibility and Shrinks Attack Surfaces", "How XDR Helps Protect Critical Infrastructure", "Comment
# le XDR renforce…", "Wie XDR Teams hilft", "Hoe XDR teams helpt"): a vendor's piece whatever outlet
# runs it, even when the capture keeps only its headline (a guest post under a news outlet's name).
# The classes vendors sell, not any acronym ("How CISA helps hospitals" is an agency's work); a
# threat or a lure in the headline makes it reporting ("How EDR helps attackers hide": promotional.py
# checks), and its "attack surface" (ATTACK_SURFACE) is the product's own ground, not a threat.
_PRODUCT_CLASSES = (
    r"[XEMN]DR|ITDR|SIEM|SOAR|SASE|SSE|CASB|DLP|[DC]SPM|CNAPP|CWPP|CTEM|E?ASM|PAM|IAM|IGA|ZTNA|UEBA|BAS|"
    r"WAF|SWG|NGFW|MSSPs?|vCISO|AI-SOC"
)
CLASS_BENEFIT = screened(
    rf"^(?:how|comment|wie|hoe) (?:an? |the |le |la |l['’]|die |der |das |de |het )?(?:{_PRODUCT_CLASSES})s?"
    r"(?: [\w-]+)?(?: can| peut| kann| kan)? (?:helps?|boosts?|improves?|enhances?|strengthens?|transforms?|"
    r"simplifies|streamlines?|empowers?|accelerates?|reduces?|shrinks?|elevates?|redefines?|"
    r"aide|renforce|améliore|simplifie|accélère|réduit|hilft|stärkt|verbessert|vereinfacht|beschleunigt|helpt|"
    r"versterkt|verbetert|vereenvoudigt|versnelt)\b",
    re.I,
)
ATTACK_SURFACE = re.compile(
    r"(?<!\w)(?:attack surfaces?|surfaces? d['’]attaque|angriffsfläche\w*|aanvalsoppervlak\w*)", re.I
)
# A closing note that the author is the vendor's executive: a contributed piece (GUIDE.md §13).
VENDOR_AUTHOR = screened(
    r"(?<!\w)(?:the author is|about the author|(?:written|authored) by)\W[^.]{0,60}?\b(?:ceo|cto|ciso|cmo|coo|"
    r"founder|co-founder|vp|vice president|head of|director|chief [\w ]{0,20}officer|evangelist)\b[^.]{0,40}\b(?:at|of)\b",
    re.I,
)
# Notes the outlets append or prepend to contributed and sponsored pieces.
NOTE = opened(
    r"contributed piece from one of our (?:valued )?partners|this article is (?:written and )?contributed by|"
    # (the piece itself sponsored: "This post is sponsored by"; not a study "sponsored by" anti-spam groups
    # nor a hoax's "This crosswalk is sponsored by")
    r"thanks to [^.]{2,60} for sponsoring|(?:this|the) (?:post|article|episode|podcast|show|content|piece|newsletter|"
    r"story|guide|report|webinar|event)(?: [\w-]+)? (?:is|was) sponsored by|(?:this|our) feed sponsor|"
    # a site's weekly sponsor slot ("… Security News is sponsored this week by", its footer's offer)
    r"sponsored this week by|interested in sponsoring (?:my|our|this) (?:site|blog|newsletter|podcast)|"
    r"\(register here\)|register (?:now|here|today) (?:for|to)|(?:save|reserve|register|book|claim|secure) your (?:free )?(?:seat|spot|place)|"
    r"(?:live|on-demand|upcoming|free) webinar|webinar (?:gratuit|en direct)|inscrivez-vous (?:dès maintenant|ici)|"
    # the same notes in other words and languages: a vendor wrote or paid for the piece
    r"this article (?:was|is) (?:provided|supplied|brought to you) by|cet article (?:a été|est) (?:rédigé|proposé|fourni) "
    r"par (?!notre|la rédaction|nos)|sponsored and written by|written and sponsored by|(?:expertly )?written and contributed by|"
    r"(?:article|contenu|post) sponsorisé par|sponsorisé par|gesponsert von|gesponsord door|"
    r"webinaire (?:gratuit|en direct)|jetzt (?:kostenlos )?anmelden|schrijf je (?:nu )?in voor|"
    # the organiser inviting its reader to its own event ("we're inviting you to attend Tech Day on
    # April 22", "Why should you attend?", "nous vous invitons à participer", "wir laden Sie ein"): the
    # page is the invitation; a report quotes a lure's invitation in the third person ("they invite victims")
    r"(?:we(?:['’]re| are)? )?invit(?:e|ing) you to (?:attend|join|register)|why (?:should you|you should) attend\b|"
    r"nous vous invitons à (?:participer|assister|rejoindre|nous rejoindre)|(?:wir laden|laden wir) (?:sie|euch|dich) "
    r"(?:herzlich )?(?:ein|zu)|(?:(?:we|wij) nodigen|nodigen (?:we|wij)) (?:je|u|jullie) (?:graag )?uit",
    re.I,
)
# A text that opens by inviting its reader to the organiser's event ("Join Jane Doe and John Roe in
# conversation with the author…", "Join us for a live webinar…", "Rejoignez-nous pour une table ronde",
# "Begleiten Sie uns beim Workshop", "Kom naar onze sessie"): the page is the invitation, whatever the
# talk's subject; a reporter never opens with the imperative. Read in the first line only.
LEAD_INVITATION = re.compile(
    r"\A\W{0,3}(?:join|rejoignez|rejoins|begleiten sie|kom naar)\b[^.\n]{0,120}?\b(?:in conversation|conversation "
    r"with|livestream|live stream|webinar|webinaire|webcast|fireside chat|panel discussion|table ronde|keynote|"
    r"sessions?|sessie|workshop|meetup|summit|conference|conférence|konferenz|event|évènement|événement)\b",
    re.I,
)
# How far into the text the lead's labels and notes are looked for.
_LEAD_CHARS = 200
# How far into the text a paragraph's label is looked for: past a standfirst, a byline and a date.
LABEL_CHARS = 600


def labelled_paragraph(text: str) -> str:
    """The outlet's label for paid content opening a line of the text's first LABEL_CHARS
    characters ("" when there is none)."""
    found = _PARAGRAPH_LABEL.search(text[:LABEL_CHARS])
    return found.group(0).strip() if found else ""


def paid_label(text: str) -> str:
    """Why the text is labelled as paid or partner content ("" when it is not): its opening label or
    note, or a label opening one of its first paragraphs."""
    if _LEAD_LABEL.search(text[:_LEAD_CHARS]) or _LEAD_NOTE.search(text[:_LEAD_CHARS]):
        return "article labelled as sponsored or partner content"
    if label := labelled_paragraph(text):
        return f"a paragraph labelled as paid content: {label!r}"
    return ""


def organisers_note(text: str) -> re.Match[str] | None:
    """A note that a vendor wrote or paid for the piece (NOTE), or its first line's invitation to the
    organiser's event (LEAD_INVITATION); None when there is neither."""
    return NOTE.search(text) or LEAD_INVITATION.search(text)
