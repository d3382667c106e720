"""Promotional pages recognised by their own wording and structure, whatever the outlet, in EN/FR/NL/DE
(bench/data/intel/GUIDE.md §2): rankings and awards, webinars and events, launches, job offers,
funding rounds, buyer's guides, customer stories, calls to action, press releases and pitches
written as articles. Reporting on the same subjects stays news. Texts are fictional."""

from __future__ import annotations

import pytest

from veilleur.enrich import enrich
from veilleur.enrich.promotional import promotional_reason
from veilleur.models import Article

NEWS_URL = "https://news.example/2026/01/a"


@pytest.mark.parametrize(
    "title",
    [
        # rankings and awards
        "Examplesoft nommé leader dans le Magic Quadrant des plateformes de protection",
        "Examplesoft als Leader ausgezeichnet",
        "Examplesoft uitgeroepen tot leader in endpointbeveiliging",
        "Examplesoft wins the 2026 Cloud Defender of the Year award",
        "Examplesoft remporte le prix de l'innovation cyber",
        # webinars and events
        "Inscrivez-vous : notre atelier sur la sécurité du cloud",
        "Meet the team at booth 4521",
        "Visit our booth at the Example Security Expo",
        "Retrouvez-nous au salon de la cybersécurité de Lille",
        "Besuchen Sie uns auf der Sicherheitsmesse",
        "Conference agenda for the 2026 Example Security Summit",
        # launches and release notes
        "Announcing Example Shield 5.0",
        "Nouveautés de la console Example en mars",
        "Examplesoft lance sa nouvelle plateforme de détection",
        # job offers
        "We're hiring: senior threat analyst",
        "Nous recrutons un ingénieur sécurité",
        "Vacature: security consultant",
        "Stellenangebot: Analyst im SOC",
        # funding rounds
        "Examplesoft raises $40 million to secure AI agents",
        "Examplesoft lève 12 millions d'euros pour sa plateforme",
        "Examplesoft haalt 5 miljoen op",
        "Examplesoft schließt Finanzierungsrunde ab",
        # buyer's guides, customer stories, taglines
        "How to choose an MDR provider",
        "Comment choisir sa solution EDR",
        "Hoe kies je de juiste firewall?",
        "A practical guide to attack surface visibility",
        "A hospital CISO's journey to zero trust",
        "ExampleAlerts : la gestion des vulnérabilités simplifiée",
    ],
)
def test_each_kind_of_promotional_headline(title: str) -> None:
    assert promotional_reason(title, "A short text.", NEWS_URL)


@pytest.mark.parametrize(
    "title",
    [
        "Ransomware gang claims attack on Examplesoft",
        "Police arrest suspect behind booter service",
        "Examplesoft patches critical flaw in its VPN gateway",
        "Vulnérabilité critique dans la passerelle Example : le correctif est disponible",
        "Sicherheitslücke in Example-Router wird aktiv ausgenutzt",
        "Datalek bij webwinkel treft 20.000 klanten",
        "Interlock ransomware: what you need to know",
        # a booth that is not a stand, a slug's "award" that is a hoax's
        "Toll booth bandits continue to scam via SMS messages",
        "Europol says Telegram post about 50,000 Qilin ransomware award is fake",
    ],
)
def test_news_headlines_are_not_promotional(title: str) -> None:
    assert promotional_reason(title, "The company said it is investigating the incident.", NEWS_URL) == ""


PITCH = (
    "Your security team faces more alerts than ever. Organizations need a platform that unifies "
    "detection and response, and businesses cannot afford blind spots. The right solution lets "
    "security teams focus on what matters and gives your organization visibility across clouds. "
)
NEWS = (
    "The attackers exploited the flaw in the gateway, the researchers said, and the company told "
    "customers to patch. According to the advisory, the bug was reported in March. "
)


def test_a_pitch_written_as_an_article_is_promotional_on_any_outlet() -> None:
    text = PITCH * 10
    assert promotional_reason("Why unified visibility matters", text, NEWS_URL)
    assert promotional_reason("Why unified visibility matters", text, "https://blog.example.org/x")


def test_a_french_pitch_is_promotional_too() -> None:
    pitch = (
        "Les entreprises doivent réduire le bruit des alertes. Votre équipe de sécurité mérite une "
        "plateforme unique, et les organisations gagnent du temps avec une solution en nuage. "
    )
    assert promotional_reason("Pourquoi la visibilité continue compte", pitch * 12, NEWS_URL, "fr")


def test_news_that_quotes_its_sources_or_names_a_threat_is_not_a_pitch() -> None:
    # The same vocabulary, but the article attributes what it says: reporting.
    assert promotional_reason("Attack on a platform vendor", (PITCH + NEWS) * 8, NEWS_URL) == ""
    # A headline naming a threat, malware or CVE is about the threat, whatever the tone.
    assert promotional_reason("What CVE-2026-1234 means for your organization", PITCH * 10, NEWS_URL) == ""
    # A victim's own "platform" words in a French summary that quotes no one.
    summary = "La plateforme de commande a été piratée ; la plateforme a envoyé des courriels frauduleux. "
    assert (
        promotional_reason("Extorsion via une plateforme de restaurants", summary * 20, NEWS_URL, "fr") == ""
    )


def test_advice_to_people_about_their_own_data_is_not_a_pitch() -> None:
    # "your data" speaks to a phone's owner, not to an organisation: a consumer explainer that
    # quotes no one and mentions one solution is no vendor's pitch.
    advice = (
        "When you send your phone in for a repair, what happens to your data? A new repair mode keeps "
        "your data out of the technician's sight, and one of the solutions is to back up your data first. "
    )
    assert promotional_reason("Repair mode aims to keep phone data private", advice * 12, NEWS_URL) == ""
    # the same length addressed to organisations is still one
    assert promotional_reason("Why unified visibility matters", PITCH * 10, NEWS_URL)


def test_a_podcast_page_reading_its_sponsors_is_not_a_pitch() -> None:
    show = (
        "This week the hosts discuss deepfakes and a pair of fraudsters. Our sponsor helps "
        "organizations and security teams with a platform for businesses and enterprises. "
    ) * 12
    assert promotional_reason("Smashing Example podcast #313: twins and deepfakes", show, NEWS_URL) == ""


def test_a_how_to_for_a_business_is_a_walk_through_but_one_for_people_is_advice() -> None:
    business = "Security teams in organizations can automate triage; businesses gain time. " * 6
    assert promotional_reason("How to set up an automated SMS analysis service", business, NEWS_URL)
    people = "Open the app, tap settings, then choose the authenticator option you like. " * 6
    assert (
        promotional_reason("How to set up two-factor authentication on your account", people, NEWS_URL) == ""
    )


def test_two_commercial_calls_to_action_make_a_paid_post_but_a_footer_does_not() -> None:
    footer = NEWS * 5 + "Want to learn more about how we can help? Get a free trial below."
    assert promotional_reason("Gateway flaw exploited", footer, NEWS_URL) == ""
    offer = "Profitez de la période d'essai gratuite de 30 jours et de l'offre de réduction."
    assert promotional_reason("Le suivi des alertes", "Un outil en nuage. " + offer, NEWS_URL, "fr")
    assert promotional_reason("Alert triage", "Request a demo or start your free trial today.", NEWS_URL)


@pytest.mark.parametrize(
    "note",
    [
        "Sponsored and written by Examplesoft.",
        "Note: This article was expertly written and contributed by Jane Doe, CTO at Examplesoft.",
        "Article sponsorisé par Examplesoft.",
        "Dieser Beitrag wird gesponsert von Examplesoft.",
        "Dit artikel wordt gesponsord door Examplesoft.",
    ],
)
def test_a_closing_note_that_a_vendor_wrote_or_paid_for_the_piece(note: str) -> None:
    assert promotional_reason("Attack surface visibility", f"{NEWS} {note}", NEWS_URL)


def test_working_together_is_not_a_sponsor() -> None:
    police = "De politie heeft, in samenwerking met Europol, twee verdachten aangehouden voor phishing."
    assert promotional_reason("Twee verdachten aangehouden", police, NEWS_URL) == ""
    gendarmerie = "En partenariat avec Europol, la gendarmerie a démantelé un réseau d'hameçonnage."
    assert promotional_reason("Réseau d'hameçonnage démantelé", gendarmerie, NEWS_URL, "fr") == ""


def test_a_press_release_is_promotional_but_police_announcing_arrests_is_not() -> None:
    release = "Examplesoft is pleased to announce the general availability of its new gateway."
    assert promotional_reason("Examplesoft gateway", release, NEWS_URL)
    assert promotional_reason("Examplesoft", "Examplesoft a le plaisir d'annoncer son partenariat.", NEWS_URL)
    police = "Europol today announced the arrest of four suspects behind the booter service."
    assert promotional_reason("Booter service dismantled", police, NEWS_URL) == ""


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("Security of the cloud", "Contenu partenaire. Examplesoft explains its approach."),
        ("Sicherheit in der Cloud", "Gesponserter Beitrag: Examplesoft erklärt seinen Ansatz."),
        ("Veiligheid in de cloud", "Gesponsorde inhoud: Examplesoft legt uit hoe je het aanpakt."),
    ],
)
def test_a_paid_label_opening_the_article_in_any_language(title: str, lead: str) -> None:
    assert promotional_reason(title, lead, NEWS_URL)


def test_a_promotional_page_is_never_published_whatever_its_security_words() -> None:
    text = "Ransomware, phishing and zero-day exploits: " + PITCH * 10
    url = "https://news.example/2026/01/why-unified-visibility"
    intel = enrich(Article(url=url, canonical_url=url, title="Why unified visibility matters", text=text))
    assert intel.relevance_score >= 0.5
    assert intel.promotional and not intel.relevant and intel.notes


@pytest.mark.parametrize(
    "title",
    [
        # rankings, awards, certifications, in the other words vendors use for them
        "Examplesoft Positioned Highest for Ability to Execute",
        "Examplesoft earns top spot in KuppingerCole Leadership Compass",
        "Examplesoft honored as 2026 Partner of the Year",
        "Examplesoft named to the CRN Security 100 list",
        "Analyst firm names Examplesoft a Leader in the 2026 Email Security Wave report",
        "Examplesoft recognized as endpoint security leader by peers",
        "Example Defender is ranked number one in market share",
        "Examplesoft awarded the Parent Approved Seal of Approval",
        "Examplesoft élu meilleur fournisseur de sécurité de l'année",
        "Examplesoft classé leader par les analystes",
        "Examplesoft gewinnt den Deutschen IT-Sicherheitspreis",
        "Examplesoft wint award voor beste beveiligingsoplossing",
        # webinars and events
        "Upcoming event: Example Security Summit 2026",
        "Save the date: Example Cyber Day, June 12",
        "Meet Examplesoft at Black Hat USA 2026",
        "Discover a new era of security with Examplesoft at RSAC 2026",
        "Register for our virtual summit on cloud security",
        "Participez à notre webinaire sur la sécurité des identités",
        "Invitation : matinale cybersécurité à Lille",
        "Treffen Sie uns auf der it-sa 2026",
        "Kom naar ons webinar over ransomware",
        # launches and release notes
        "Now available: Example Sentinel for Linux",
        "Examplesoft announces general availability of Example Cloud Posture",
        "Example Build 2026: Announcing new identity and security features",
        "Examplesoft annonce la disponibilité de sa nouvelle offre XDR",
        "Examplesoft kündigt neue KI-Sicherheitsplattform an",
        "Examplesoft lanceert nieuwe beveiligingsoplossing",
        # funding rounds
        "Examplesoft bags $50M to fight deepfakes",
        "Examplesoft obtient 15 millions d'euros pour accélérer son développement",
        "Examplesoft erhält 20 Millionen Euro Finanzierung",
        # partnerships, customer stories, offers
        "Examplesoft and Examplecloud announce strategic partnership",
        "Customer spotlight: Example City secures its schools with Examplesoft",
        "How Examplebank cut incident response time by 60% with Example XDR",
        "Get 30% off Example VPN this Black Friday",
        "Brought to you by Examplesoft: the state of secrets sprawl",
        # buyer's guides
        "Selecting the right MSSP: guidelines for an objective decision",
        "What to look for in a modern EDR solution",
        "Cloud security made easy in a new guidebook for lean teams",
        "A guide to efficient patch management with Exampletool",
        "Les critères pour choisir une solution de sauvegarde",
        "Checkliste: So finden Sie den richtigen MDR-Anbieter",
        "Waar moet je op letten bij het kiezen van een SIEM?",
        # vendor listicles in other words
        "The 5 cornerstones for an effective awareness training",
        "6 simple steps to eliminate analyst burnout",
        "6 lessons learned: focusing security where business value lives",
    ],
)
def test_each_kind_of_promotional_headline_in_other_words(title: str) -> None:
    assert promotional_reason(title, "The company said the new version will ship next month.", NEWS_URL)


@pytest.mark.parametrize(
    "title",
    [
        # the promotional forms as the lure or the crooks' doing: news
        "Hackers abuse fake webinar invitations to spread malware",
        "Scammers promise 30% off in fake Black Friday deals",
        "Fake event invitations: save the date lures deliver a stealer",
        "Crooks bag $50M from crypto exchange",
        # a sum lost, paid or stolen is the harm reported, not a round raised
        "Ransomware cost US banks $1.2 billion last year",
        "Exampleville pays $2 million ransom, gets $1.5 million back",
        "Examplebank lands $3 million fine over data breach",
        # reporting on a vendor's launch or business in the third person: news (GUIDE.md §2)
        "Examplesoft launches new AI-powered SOC platform",
        "Examplesoft acquires Exampleguard to strengthen its platform",
        "Examplesoft launches investigation into suspicious login activity",
    ],
)
def test_lures_and_reporting_on_vendors_are_not_promotional(title: str) -> None:
    text = "The company said the new version will ship next month, according to the filing."
    assert promotional_reason(title, text, NEWS_URL) == ""


@pytest.mark.parametrize(
    ("title", "text", "lang"),
    [
        ("Examplesoft launches Example Shield 6", "We're excited to announce Example Shield 6 today.", "en"),
        (
            "Examplesoft unveils agentic detection",
            "Today we are introducing agentic detection for all customers.",
            "en",
        ),
        ("Examplesoft lance Example Bouclier", "Nous sommes ravis de vous présenter Example Bouclier.", "fr"),
        ("Examplesoft stellt Example Schild vor", "Wir freuen uns, Example Schild vorzustellen.", "de"),
        ("Examplesoft lanceert Example Schild", "We zijn trots om Example Schild te lanceren.", "nl"),
    ],
)
def test_a_vendor_announcing_its_launch_in_its_own_voice(title: str, text: str, lang: str) -> None:
    assert promotional_reason(title, text, NEWS_URL, lang)
    # The same headline reported in the third person is news.
    assert promotional_reason(title, "The vendor said the product ships today.", NEWS_URL, lang) == ""


VENDOR_URL = "https://www.examplesoft.com/en-us/security/blog/2026/01/a"


@pytest.mark.parametrize(
    "title",
    [
        "Discover Examplesoft Security solutions for government grant readiness",
        "Latest Examplesoft Identity advancements strengthen security",
        "The Examplesoft Device Suite fuels cyber safety and IT efficiency",
        "Do more with less with Examplesoft Security: 3 strategies to get you started",
        "Learn what an AI-driven future means for cybersecurity at Examplesoft Secure",
        "Examplesoft Mail named Best Email Security Service of 2026 by a test lab",
        "FAQ: how does Examplesoft rollback work?",
        "Leverage cloud-powered security with Examplesoft Defender for IoT",
        "Gain flexibility and scale with a cloud-native DLP solution",
    ],
)
def test_a_vendors_site_presenting_its_own_offer(title: str) -> None:
    assert promotional_reason(title, "The new version ships next month.", VENDOR_URL)


@pytest.mark.parametrize(
    "title",
    [
        "Examplesoft research uncovers new capabilities of a botnet",
        "Examplesoft threat intelligence: a phishing kit behind millions of emails",
        "Defenders beware: a case for post-ransomware investigations",
    ],
)
def test_a_vendors_threat_research_on_its_site_is_not_promotional(title: str) -> None:
    assert promotional_reason(title, "The attackers used the kit, the researchers said.", VENDOR_URL) == ""


def test_a_news_outlet_naming_a_vendors_offer_is_reporting() -> None:
    title = "Examplesoft Security platform outage hits customers"
    assert promotional_reason(title, "The company said it is investigating.", NEWS_URL) == ""


@pytest.mark.parametrize(
    "label",
    [
        "This is a sponsored article by Examplesoft.",
        "Presented by Examplesoft",
        "In partnership with Examplesoft",
        "Paid post from Examplesoft",
        "Advertisement feature",
        "Ce contenu est proposé par Examplesoft.",
        "Publicité",
        "Dieser Artikel entstand in Kooperation mit Examplesoft.",
        "Werbung",
        "Dit artikel kwam tot stand in samenwerking met Examplesoft.",
        "Partnerbijdrage",
    ],
)
def test_a_paid_label_in_other_words_on_the_first_line(label: str) -> None:
    assert promotional_reason("Why identity matters now", f"{label}\n{NEWS}", NEWS_URL)


@pytest.mark.parametrize(
    "note",
    [
        "This article was provided by Examplesoft.",
        "Cet article a été rédigé par Examplesoft.",
        "About the author: Jane Doe is CEO of Examplesoft.",
        "The author is Vice President of Product at Examplesoft.",
    ],
)
def test_a_closing_note_that_a_vendor_provided_or_wrote_the_piece(note: str) -> None:
    assert promotional_reason("Why identity matters now", f"{NEWS * 3} {note}", NEWS_URL)


def test_news_opening_on_a_partnership_or_signed_by_a_reporter_is_news() -> None:
    police = "In partnership with Europol, police arrested four suspects behind the booter service."
    assert promotional_reason("Booter service dismantled", police, NEWS_URL) == ""
    signed = NEWS * 3 + " The author is a senior reporter at Example News."
    assert promotional_reason("Gateway flaw exploited", signed, NEWS_URL) == ""
    assert (
        promotional_reason(
            "Faille exploitée", NEWS + " Cet article a été rédigé par notre rédaction.", NEWS_URL
        )
        == ""
    )


def test_a_whitepaper_offer_and_a_demo_make_two_calls_to_action() -> None:
    offer = NEWS + " Download the free ebook now. Request your free demo today."
    assert promotional_reason("Why identity matters now", offer, NEWS_URL)
    assert (
        promotional_reason("Why identity matters now", NEWS + " Download the free ebook now.", NEWS_URL) == ""
    )


# Thought-leadership that cites one survey (one attribution in about 250 words), addressed to
# organisations and offering a platform: a pitch even though it quotes a source.
QUOTING_PITCH = (
    "A recent survey reported that most CISOs plan to consolidate their tools. "
    + (
        "Security teams are drowning in tools, and every organization wants fewer of them. Your team needs "
        "one view of identities. Enterprises that adopt a unified platform cut the noise, and businesses gain "
        "time when your security stack speaks one language. Organizations should start small, measure what "
        "their teams see, and let the platform grow with the business. "
    )
    * 5
)


def test_a_pitch_quoting_a_source_or_two_is_still_a_pitch() -> None:
    reason = promotional_reason("Why consolidation wins the identity game", QUOTING_PITCH, NEWS_URL)
    assert reason.startswith("a pitch")


@pytest.mark.parametrize(
    "title",
    [
        "Examplecorp data leaked after platform breach",  # an event in the headline: news
        "Identity platform hit by ransomware",  # a threat in the headline
        "Smashing Example podcast #12: consolidation and tools",  # a show's page
    ],
)
def test_a_quoting_pitch_whose_headline_reports_an_event_is_news(title: str) -> None:
    assert promotional_reason(title, QUOTING_PITCH, NEWS_URL) == ""


def test_news_quoting_people_about_organisations_is_not_a_pitch() -> None:
    # Twice as many attributions (said, told, according to): reporting.
    news = QUOTING_PITCH.replace("Organizations should", "Organizations should, the analyst said,").replace(
        "cut the noise", "cut the noise, according to the firm"
    )
    assert promotional_reason("Why consolidation wins the identity game", news, NEWS_URL) == ""


@pytest.mark.parametrize(
    ("title", "promotional"),
    [
        ("The 5 AI security threats you need to know about, detailed in new e-book", True),
        ("Download our free e-book on cloud security", True),
        ("Hackers spread malware through a fake e-book on cloud security", False),
        ("New whitepaper outlines the failure modes of AI agents", False),
    ],
)
def test_an_e_book_offered_by_the_headline(title: str, promotional: bool) -> None:
    assert bool(promotional_reason(title, "", NEWS_URL)) is promotional


def test_a_vendor_e_book_on_its_own_site_and_an_event_at_a_conference() -> None:
    url = "https://www.examplesoft.com/en-us/security/blog/2026/01/a"
    assert promotional_reason("Navigating cyber risks with Examplesoft Exposure Management eBook", "", url)
    assert promotional_reason("Benefit Poker Tournament at DEF CON 40", "", NEWS_URL)
    assert promotional_reason("Hackers demo car exploit at DEF CON 40", "", NEWS_URL) == ""


def test_an_award_address_is_promotional_unless_the_headline_reports_a_threat_or_a_lure() -> None:
    text = "The company said it is investigating the incident."
    assert promotional_reason("Examplesoft at the top", text, "https://news.example/examplesoft-2026-awards/")
    hoax = "https://news.example/europol-says-post-about-qilin-ransomware-award-is-fake/"
    assert promotional_reason("Europol says post about Qilin ransomware award is fake", text, hoax) == ""
    lure = "https://news.example/fake-award-emails-steal-logins/"
    assert promotional_reason("Fake award e-mails steal logins", text, lure) == ""


SPONSOR_READ = (
    "Graham and Carole discuss a crypto heist and QR-code scams. Sponsored by: ExampleVault – secure "
    "every sign-in. ExampleData – get a free demo to see how your organization can reduce data risk. "
    "ExampleLock – start your 30-day free trial today! Register now to see the future of security."
)


def test_a_podcast_episode_reading_its_sponsors_is_not_promotional() -> None:
    title = "Smashing Example podcast #397: crypto heists, and under the influence"
    assert promotional_reason(title, SPONSOR_READ, "https://news.example/smashing-example-podcast-397/") == ""
    # ... while the same offers on a page that is no show are a paid post
    assert promotional_reason("Reduce your data risk", SPONSOR_READ, NEWS_URL)


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # a search engine's sponsored results, where scammers lurk, are not a paid post
        ("Watch out for tech support scams lurking in sponsored search results", "Crooks buy ads."),
        # a study sponsored by anti-spam groups, a hoax "sponsored by" in hacked crosswalks
        ("Why phishers love new top-level domains", "The study was sponsored by anti-spam groups."),
        ("Crosswalks hacked to play fake audio", 'A voice said: "This crosswalk is sponsored by Example."'),
        # a job offer that is the crooks' lure
        ('Watch out for the "We are hiring" remote evaluator message scam', "The texts promise easy money."),
    ],
)
def test_blog_news_borrowing_promotional_words_is_not_promotional(title: str, text: str) -> None:
    assert promotional_reason(title, text, NEWS_URL) == ""


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Sponsored: the five pillars of exposure management", "Examplesoft helps."),
        ("Exposure management, explained", "This post is sponsored by Examplesoft. Read on."),
        # a site's weekly sponsor slot
        (
            "ExampleFleet gives you visibility across every laptop",
            "Example News is sponsored this week by ExampleFleet.",
        ),
        ("Example Defender delivered 242% return on investment over three years", "A study shows."),
        ("Example Hunting demonstrates industry-leading protection in the evaluations", "Results."),
    ],
)
def test_paid_posts_and_vendor_claims_stay_promotional(title: str, text: str) -> None:
    assert promotional_reason(title, text, NEWS_URL)


def test_a_feed_sponsor_address_is_promotional() -> None:
    url = "https://news.example/feed-sponsor-examplefleet-2/"
    assert promotional_reason("Endpoint security for people, not paper clips", "Try it.", url)


def test_news_attributing_in_other_words_is_no_house_byline_piece() -> None:
    # "added", "pointed out", "in an advisory": the outlet's news attributes this way too
    sentences = [
        "The variant degrades models running on the cards, the researchers pointed out.",
        "The vendor urged customers to enable error correction in an advisory published this week.",
        "Attacks of this class need local access to the hardware, the team added.",
    ]
    news = " ".join(sentences[i % 3] + " Such attacks flip bits in memory rows." for i in range(40))
    house = "https://thehackernews.com/2026/01/new-memory-attack-variant.html"
    assert (
        promotional_reason("New memory attack variant degrades models on graphics cards", news, house) == ""
    )
