"""Language identification with py3langid (its model ships inside the package)."""

from __future__ import annotations

from functools import lru_cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Shorter texts give unreliable guesses; below this we say nothing rather than guess.
MIN_CHARS = 40
SAMPLE_CHARS = 1500


@lru_cache(maxsize=1)
def _identifier() -> LanguageIdentifier:
    # Loaded once per process: it is the costly part.
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or "" when the text is too short to tell."""
    # The first 1,500 characters give the label the whole text gives, at a third of the cost.
    sample = " ".join(text[:3000].split())[:SAMPLE_CHARS]
    if len(sample) < MIN_CHARS:
        return ""
    code, _probability = _identifier().classify(sample)
    return str(code)
