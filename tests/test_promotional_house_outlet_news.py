"""On an outlet whose partners' pieces carry its house byline, a long page that quotes almost no one
reads as a partner's piece; its news is told so too when the headline names the threat it reports
or the page is the outlet's weekly recap (GUIDE.md §3: roundups are relevant; §13: the house-signed
pieces that are promotional are advice and thought leadership). Fictional text."""

from __future__ import annotations

from veilleur.enrich.promotional import promotional_reason

_URL = "https://thehackernews.com/2031/03/example.html"
_REPORTER = "Jane Example"
# A report that tells the chain of an intrusion and names its source once.
_CHAIN = " ".join(
    [
        "A new social engineering campaign has used chat calls to trick employees into installing a "
        "remote access tool, in a chain Examplelabs researchers traced.",
        *(
            f"In step {n} of the chain the caller posed as a supplier's support agent, flooded the "
            f"target's mailbox with thousands of messages and then offered help over a chat call. "
            f"The victim was then asked to install a remote desktop program, through which the operators "
            f"dropped a credential stealer and a loader that fetched the final payload from a "
            f"server registered a week earlier."
            for n in range(8)
        ),
    ]
)
# Advice in the same length, quoting no one and naming no threat.
_ADVICE = " ".join(
    f"Lesson {n}: tools alone are not enough to mitigate cyber risk. Security culture is defined by "
    f"what employees meet every day, and leadership, training and policies have to align so that "
    f"people trust the security team and follow the practices it asks of them in their daily work."
    for n in range(10)
)


def test_a_report_naming_its_threat_is_news_under_a_reporters_byline() -> None:
    title = "Attackers Use Chat Calls and Remote Desktop Tools to Deploy DarkGate Malware"
    assert promotional_reason(title, _CHAIN, _URL, "en", _REPORTER) == ""
    assert promotional_reason(title, _CHAIN, _URL, "en") == ""


def test_the_outlets_weekly_recap_is_news() -> None:
    title = "Weekly Recap: Top Cybersecurity Threats, Tools and Tips"
    assert promotional_reason(title, _CHAIN, _URL, "en", _REPORTER) == ""


def test_advice_quoting_no_one_stays_a_partners_piece() -> None:
    title = "Why Your Security Culture Is Critical to Mitigating Cyber Risk"
    assert promotional_reason(title, _ADVICE, _URL, "en", _REPORTER).startswith("house-byline piece")
    # the same report headlined without its threat reads as a piece too
    title = "What Chat Calls Teach Us About Remote Desktop Tools"
    assert promotional_reason(title, _CHAIN, _URL, "en", _REPORTER).startswith("house-byline piece")
