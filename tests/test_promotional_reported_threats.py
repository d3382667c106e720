"""A listicle or a sourceless piece addressed to organisations reports on the threat or the lure its
headline names ("X malware on the rise: what organizations need to know", "… be aware of possible
donation scams"): not a vendor's pitch (GUIDE.md §2: a vendor's threat research and scam write-ups
are not promotional). The same forms with no threat or lure named stay promotional. Texts are
fictional."""

from __future__ import annotations

from veilleur.enrich.promotional import promotional_reason

# Addressed to organisations and businesses, quoting no one: the words the pitch test counts.
ADVICE = (
    "Organizations should review how their teams handle requests for money in the coming weeks. "
    "Businesses that run giving campaigns for their employees should announce them through their usual "
    "channels only, and security teams should warn staff that messages asking for urgent transfers to "
    "unknown accounts are to be checked first. Enterprises with a help desk can prepare a short answer "
    "for employees who ask whether an appeal is genuine. Your organization can also remind employees "
    "that real charities publish their bank details on their own sites and never ask for gift cards. "
    "Organizations that receive a suspicious appeal should keep the message and report it to the "
    "national reporting centre, which collects them to warn others. "
) * 3


def test_a_listicle_on_a_named_malware_family_reports_on_it() -> None:
    title = "Emotet malware on the rise: What organizations need to know"
    assert promotional_reason(title, ADVICE, "https://blog.example.com/emotet-on-the-rise", "en") == ""


def test_a_sourceless_piece_on_a_lure_reports_on_it() -> None:
    title = "Floods in the north: be aware of possible donation scams"
    assert promotional_reason(title, ADVICE, "https://diary.example.org/1234", "en") == ""


def test_the_same_forms_naming_no_threat_stay_promotional() -> None:
    assert promotional_reason("What organizations need to know about cloud backup", ADVICE, "", "en")
    assert promotional_reason("Giving season: a checklist for your help desk", ADVICE, "", "en")
