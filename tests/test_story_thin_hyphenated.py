"""A page that gave little but its headline is one even when its headline writes a name with a
hyphen ("Zero-Click", "Iran-Israel", "HAECHI-V"): the name's words are read apart, the headline's
token whole, and the page used to pass for a full report, with no thin page's backing. A hyphenated
product its headline names is a name of the headline too ("ACME-OS"), one the other article must
name for a vendor's headline-only warning to join its report (`agreement.thin_vendor`). A coined
name of a headline-only page backs no join when that headline also names a subject the other
article never does (a new malware tied to an actor, against the actor's other malware). All texts
are fictional."""

from __future__ import annotations

from datetime import timedelta

from test_stories_languages import DAY, _features, _stories

THIN = "GlassTrap: Norvane Uncovers Zero-Click Attack on Mailbox Assistant"
FULL = (
    "Mail agent bug let crooks empty inboxes without a single click",
    "A flaw dubbed GlassTrap in an AI mail agent let an attacker read a victim's mailbox by sending "
    "a crafted message that the agent later summarised. The vendor fixed the flaw on its servers in "
    "August; users need do nothing, and there is no sign it was exploited.",
)
VENDOR_THIN = "Brackwell Systems warns of potential RCE in ACME-OS management interface"


def test_a_headline_with_a_hyphenated_name_is_headline_only() -> None:
    thin, full = _features([("thin", DAY, (THIN, THIN), "one"), ("full", DAY, FULL, "two")])
    assert thin.headline_only and not full.headline_only


def test_a_headline_only_page_with_a_hyphenated_name_joins_the_report_of_its_subject() -> None:
    stories = _stories([("full", DAY, FULL, "two"), ("thin", DAY + timedelta(days=1), (THIN, THIN), "one")])
    assert stories["thin"] == "full", stories


def test_a_hyphenated_product_of_the_headline_is_one_of_its_names() -> None:
    (thin,) = _features([("thin", DAY, (VENDOR_THIN, VENDOR_THIN), "one")])
    assert thin.headline_only and "acme-os" in thin.headline_names


# A headline-only page on a new malware an actor's name follows, and a report on the same actor's
# other malware that never names the first: the actor shared backs no join.
MALWARE_THIN = "QuillBane: first malware a language model wrote, tied to Vardan's APT99"
OTHER_MALWARE = (
    "Ostravia sanctions APT99 spies over novel mail snooping malware",
    "Ostravia's cyber agency said on Friday that APT99, a unit of the Vardan military intelligence "
    "service, used a new malware called Snowpipe to read the mailboxes of Ostravian officials, and "
    "announced sanctions against eighteen of its officers. Snowpipe hides in a mail client add-on.",
)


def test_a_headline_only_page_on_another_malware_of_the_actor_stays_apart() -> None:
    stories = _stories(
        [
            ("other", DAY, OTHER_MALWARE, "two"),
            ("thin", DAY + timedelta(days=1), (MALWARE_THIN, MALWARE_THIN), "one"),
        ]
    )
    assert stories["thin"] == "thin", stories
