"""An intrusion told without the lexicon's threat words is security news (GUIDE.md §3): insiders who
"siphoned" data, an "unauthorized data transfer", tools kept for "brute forcing" logins
(relevance_intrusion.py). The bare verbs stay out: a brute-force approach to a puzzle, fuel siphoned
from a tank. Texts are fictional."""

from __future__ import annotations

from veilleur.config import DEFAULT_MIN_RELEVANCE
from veilleur.enrich.relevance import relevance_score

# An agency's insiders drain its case files; the story names no hacker, breach or theft.
INSIDERS = (
    "An employee at the Kestrel Planning Office alleged last week that a team of temporary advisers "
    "siphoned several gigabytes of sensitive case files from the office's records system in early May. "
    "According to the complaint, accounts created for the advisers were given full administrative "
    "rights and were used to switch off the logging that normally records each download. "
    "The complaint says one of the programs the advisers copied onto the office's servers was described "
    "by its author as a tool to rotate addresses for web scraping and brute forcing. "
    "Brute force attacks try many username and password combinations in rapid sequence until one works. "
    "The employee said he was told by his managers not to report the unauthorized data transfer to "
    "the national response team, as the office had agreed to do for such events. "
    "Days later, someone tried to log in to the office's systems with valid usernames from addresses "
    "abroad, the complaint adds, and those attempts were blocked. The office did not answer questions "
    "from reporters about the advisers, their accounts or the files, and a spokesman said the matter "
    "was being reviewed internally. Members of the board asked for an independent inquiry into what "
    "was copied, by whom, and where the records went after they left the office's network. "
) * 2
# A puzzle column: a brute-force approach, no attack.
PUZZLE = (
    "This week's puzzle asks for the smallest number that leaves a remainder of one when divided by "
    "each of the numbers from two to ten. A brute force approach works: try every number in turn "
    "until one fits, which a short loop does in a blink. The elegant way is to take the least common "
    "multiple of the numbers from two to ten, which is 2520, and add one. Readers sent many answers, "
    "and the most popular method was to write the numbers out on paper and look for the pattern. "
    "Next week we look at a puzzle about coins and scales, with a prize for the neatest answer. "
) * 3
# A crime brief on fuel, siphoned from a tank.
FUEL = (
    "Thieves siphoned fuel from a dozen lorries parked overnight at a depot near the ring road, the "
    "owner said on Monday. Drivers found the tanks empty in the morning and the caps forced open. "
    "Police asked anyone who saw a van near the depot after midnight to come forward, and the owner "
    "said he would install more lights and a new fence around the yard before the winter. "
) * 3


def test_insiders_siphoning_data_is_security_news() -> None:
    title = "Advisers' code backs the Kestrel Planning Office complaint"
    assert relevance_score(title, INSIDERS, lang="en") >= DEFAULT_MIN_RELEVANCE


def test_siphoned_data_in_a_headline_is_security_news() -> None:
    title = "Advisers siphoned case files from planning office, employee says"
    text = INSIDERS.replace("Brute force attacks", "Such programs").replace("brute forcing", "testing")
    text = text.replace("unauthorized data transfer", "matter")
    assert relevance_score(title, text, lang="en") >= DEFAULT_MIN_RELEVANCE


def test_brute_force_approach_to_a_puzzle_is_not_security_news() -> None:
    assert relevance_score("The remainder puzzle, solved", PUZZLE, lang="en") < DEFAULT_MIN_RELEVANCE


def test_siphoned_fuel_is_not_security_news() -> None:
    assert relevance_score("Depot lorries drained overnight", FUEL, lang="en") < DEFAULT_MIN_RELEVANCE


def test_kill_chain_in_a_bare_capture_address_is_security_news() -> None:
    # a research page whose capture kept only the headline, a group's name; its address says more
    url = "https://research.example.com/brevora-group-unified-kill-chain/11387/"
    assert relevance_score("-=BREVORA=- is back", "", url=url, lang="en") >= DEFAULT_MIN_RELEVANCE
