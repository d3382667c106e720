"""The lead is the article's own first paragraph: not a standfirst, a byline, a day or an hour printed
above it (text/signature.py), nor the outlet's section label; and words of a lead that name no event."""

from __future__ import annotations

from veilleur.enrich.category import categorise
from veilleur.models import Category
from veilleur.text.signature import article_start, kicker_removed, signature_end

_STANDFIRST = "Stealing coins is so last year. Now they want your code as well?"
_SIGNED = f"{_STANDFIRST}\n\nJane Roe\n\nWed 29 Jan 2025 //\n\n23:29 UTC\n\n"
_BODY = (
    "Lazarus Group, the state-backed crew, planted backdoors in cloned open source projects to spy on "
    "defence engineers, researchers said on Tuesday. The cyber espionage campaign reached hundreds of "
    "developers in Europe and Asia. "
)
_REST = "The cloned projects looked like the originals down to their stars and their issues. " * 6


def test_signature_lines_after_a_standfirst_end_where_the_article_starts() -> None:
    text = _SIGNED + _BODY
    assert article_start(text).startswith("Lazarus Group")
    assert text[signature_end(text) :].lstrip().startswith("Lazarus Group")


def test_a_day_and_an_author_over_the_article_are_a_signature() -> None:
    text = "Posted: November 1, 2024\n\nby Jane Roe\n\nResearchers found a group that runs fake shops."
    assert article_start(text) == "Researchers found a group that runs fake shops."


def test_a_comment_count_link_before_the_standfirst_is_read_past() -> None:
    text = (
        '[35\n](https://forums.example.com/forum/all/2024/07/24/story/ "View comments on this article")\n\n'
        f"{_SIGNED}{_BODY}"
    )
    assert article_start(text).startswith("Lazarus Group")


def test_no_signature_without_a_day_or_an_hour_nor_after_a_long_paragraph() -> None:
    question = "What is Mimic?\n\nMimic is a strain of ransomware first seen in 2022.\n\nJane Roe\n\n"
    assert signature_end(question) == 0
    comment = (
        "A reader's long comment on the matter, which goes on and on. " * 6
        + "\n\nJane Roe\n\nMay 2, 2024\n\nMore."
    )
    assert signature_end(comment) == 0


def test_the_lead_is_read_after_the_standfirst_and_the_signature() -> None:
    title = "Open source projects cloned to fool developers"
    assert categorise(title, _SIGNED + _BODY + _REST) == Category.APT_ESPIONAGE


def test_a_view_kicker_after_the_signature_marks_a_view() -> None:
    title = "Nobody wants to work on a Friday afternoon"
    body = (
        "Opinion Malware crews love a long weekend, and vendors keep shipping their fixes late on Fridays. "
        "The malware gangs and their trojans know it well. "
    )
    assert categorise(title, _SIGNED + body + _REST) == Category.OTHER


def test_a_section_label_before_the_first_sentence_is_no_word_of_the_lead() -> None:
    assert (
        kicker_removed("Feature The infosec industry remains a club.")
        == "The infosec industry remains a club."
    )
    assert kicker_removed("Infosec in brief A computer intrusion hit.") == "A computer intrusion hit."
    assert kicker_removed("Feature flags are handy.") == "Feature flags are handy."
    title = "Infosec still mostly a club"
    body = (
        "Feature The infosec industry remains mostly a club. Women who join it are paid and promoted less. "
    )
    assert categorise(title, _SIGNED + body + _REST) == Category.OTHER


def test_a_vendors_bounty_for_a_bug_is_no_police_reward() -> None:
    title = "Lucky discovery nets a researcher a big payout"
    lead = (
        "A researcher got a $70,000 bounty from Google for a lock screen bypass bug. "
        "Now patched, the vulnerability let anyone with a spare SIM card unlock a phone. "
    )
    assert categorise(title, lead + _REST) == Category.VULNERABILITY


def test_a_government_contract_is_no_policy() -> None:
    title = "Defence firm's training platform goes civilian"
    lead = (
        "Examplecorp has bagged a government contract to train 17,000 civilian staff on security readiness. "
    )
    assert categorise(title, lead + _REST) != Category.POLICY_REGULATION


def test_a_teams_name_is_no_research_word() -> None:
    title = "Thousands of fake news videos by a pro-state group removed"
    lead = (
        "Google's Threat Analysis Group has removed more than 50,000 fake news stories posted by a pro-state "
        "gang. The gang ran disinformation campaigns across video platforms and blogs. "
    )
    assert categorise(title, lead + _REST) != Category.RESEARCH_TOOLING


def test_new_reporting_rules_of_three_words_are_policy() -> None:
    title = "Deadline extended for tough incident reporting demands"
    lead = (
        "The minister hinted that he will again extend the deadline to comply with sweeping new information "
        "security reporting rules. The rules gave organisations 60 days to put systems in place. "
    )
    assert categorise(title, lead + _REST) == Category.POLICY_REGULATION


def test_researchers_who_devised_an_attack_against_products_found_their_flaw() -> None:
    title = "New attack on tunnels"
    lead = (
        "Researchers have devised an attack against nearly all virtual private network applications that "
        "forces them to send traffic outside the encrypted tunnel. The researchers named it TunnelSight. "
    )
    assert categorise(title, lead + _REST) == Category.VULNERABILITY


def test_a_scammer_who_seized_control_of_an_account_is_no_police_seizure() -> None:
    title = "How to lose a fortune with one click"
    lead = (
        "A scammer called a firefighter, sent him fake alerts and seized control over his account by convincing "
        "him to click a prompt. The scammer then emptied his crypto wallets. "
    )
    assert categorise(title, lead + "The scam and the phishing call cost him his savings. " * 4) != (
        Category.LAW_ENFORCEMENT
    )
