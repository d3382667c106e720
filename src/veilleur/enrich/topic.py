"""Is the page's subject security at all? A small naive Bayes model of our own.

The relevance lexicon (relevance.py) counts security words; pages of other subjects borrow them —
surveillance law, SAP patch automation, piracy, privacy policy. This model, trained by
`bench/train_relevance.py` on the feed groups of ../shared/corpus/news-dev.jsonl.gz (security feeds
against SAP, TorrentFreak, IT-management and digital-rights feeds; the intel development set held
out), weighs every word of the page instead. Its weights ship in the package (`data/topic.json`,
≈ 4,000 words, under 100 KB) and load once per process.

`security_log_odds(title, text)` → log-odds that the page belongs with the security feeds
(positive: security; strongly negative: another subject). 0.0 when the model file is missing.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

MODEL = Path(__file__).with_name("data") / "topic.json"
# Characters of the text read: the article's start carries its subject.
MAX_CHARS = 4000
_WORD = re.compile(r"[a-zà-ÿ][a-zà-ÿ'-]{2,}")
# A page's dateline — the reporter's name over the day and the hour, on lines of their own ("Jane
# Doe\n\nTue 4 Mar 2025 //\n\n09:12 UTC") — says who wrote it and when, never what about. Read as
# words, an outlet whose feed was all security taught the model its reporters' names, "utc" and
# "tue" as security words, and they lifted that outlet's pages on other subjects (a government's
# week of Big Tech rules).
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"^(?:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}[ \t]*\n+)?"  # the byline's name
    r"[ \t]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,? )?"
    rf"(?:\d{{1,2}} {_MONTH},? \d{{4}}|{_MONTH} \d{{1,2}},? \d{{4}})[ \t/|,-]*"
    r"(?:\n*[ \t]*\d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)?(?: ?(?:UTC|GMT|[A-Z]{1,3}T))?)?[ \t]*$",
    re.M,
)


def words(title: str, text: str) -> set[str]:
    """Distinct lower-case words of the headline and the text's start (each counts once), its
    dateline left out."""
    return set(_WORD.findall(f"{title}\n{_DATELINE.sub(' ', text[:MAX_CHARS])}".casefold()))


@lru_cache(maxsize=1)
def _model() -> tuple[float, dict[str, float]]:
    try:
        data = json.loads(MODEL.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return 0.0, {}
    return float(data["prior"]), {str(k): float(v) for k, v in data["weights"].items()}


# relevance_score may ask twice for the same page (to rule it out, then to lift it).
@lru_cache(maxsize=2)
def security_log_odds(title: str, text: str) -> float:
    prior, weights = _model()
    if not weights:
        return 0.0
    return prior + sum(weights.get(word, 0.0) for word in words(title, text))
