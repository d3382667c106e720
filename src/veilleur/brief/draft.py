"""What a model returns: the JSON schema it must follow and how its answer is read.

The model fills a `BriefingDraft`; we add the sources and render the Markdown ourselves, so a
model can never break the post format, the front matter or the Source footer.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from json_repair import repair_json
from pydantic import BaseModel, Field, ValidationError

from veilleur.models import Briefing, KeyPoint, Vulnerability
from veilleur.text import storable


class DraftPoint(BaseModel):
    label: str = Field(max_length=60, description="Libellé court, 1 à 4 mots")
    text: str = Field(description="Une ou deux phrases en français")


class DraftVulnerability(BaseModel):
    cve: str = Field(pattern=r"^CVE-\d{4}-\d{4,7}$", description="Identifiant CVE cité dans l'article")
    text: str


class BriefingDraft(BaseModel):
    heading: str = Field(max_length=200, description="Titre français reformulé")
    summary: str = Field(description="Paragraphe d'introduction, 2 à 3 phrases")
    key_points: list[DraftPoint] = Field(min_length=1, max_length=6)
    vulnerabilities: list[DraftVulnerability] = Field(default_factory=list, max_length=25)
    no_vulnerability_text: str = ""
    recommendations: list[DraftPoint] = Field(min_length=1, max_length=6)

    def to_briefing(self, sources: list[str], backend: str) -> Briefing:
        return Briefing(
            heading=self.heading,
            summary=self.summary,
            key_points=[KeyPoint(label=p.label, text=p.text) for p in self.key_points],
            vulnerabilities=[Vulnerability(cve=v.cve, text=v.text) for v in self.vulnerabilities],
            no_vulnerability_text=self.no_vulnerability_text or "Aucune CVE n'est mentionnée dans l'article.",
            recommendations=[KeyPoint(label=p.label, text=p.text) for p in self.recommendations],
            sources=sources,
            backend=backend,
        )


def _loosen(node: Any) -> Any:
    """The schema sent to a model: without string lengths and patterns, which grammar-constrained
    servers (llama.cpp) unroll into grammars too large to parse. We still validate them. Objects
    take no other keys: a grammar then closes each object after its fields instead of letting a
    model invent keys until it runs out of tokens."""
    if isinstance(node, dict):
        loosened = {k: _loosen(v) for k, v in node.items() if k not in {"maxLength", "minLength", "pattern"}}
        if loosened.get("type") == "object" and "properties" in loosened:
            loosened.setdefault("additionalProperties", False)
        return loosened
    if isinstance(node, list):
        return [_loosen(v) for v in node]
    return node


def draft_schema() -> dict[str, Any]:
    loosened: dict[str, Any] = _loosen(BriefingDraft.model_json_schema())
    return loosened


@dataclass
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0

    def add(self, other: Usage) -> None:
        self.prompt_tokens += other.prompt_tokens
        self.completion_tokens += other.completion_tokens
        self.calls += other.calls

    @property
    def total(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass
class Answer:
    """One model call: its raw text and what it cost."""

    text: str
    usage: Usage = field(default_factory=Usage)


class DraftError(ValueError):
    """The answer is not a valid briefing draft; the message says why (it is fed back to the model)."""


# An answer holds one briefing, which the guard keeps under MAX_WORDS (600) words: a few thousand
# characters of JSON. A longer one is no briefing, and is not read: json_repair costs about 0.1 ms a
# character on some (a million "{" held a briefing past its 300 s limit, and the thread that read
# it, which cannot be stopped, kept the CPU after it).
ANSWER_CHARS = 32_000
# A closing fence's whitespace is read from the start of its run only: tried from each of its
# characters, a run of spaces or newlines inside an answer was read to its end from each (31,000
# spaces: 1.3 s of one answer's parsing).
_FENCE = re.compile(r"^```(?:json)?\s*|(?<!\s)\s*```$", re.M)


def parse_draft(text: str) -> BriefingDraft:
    """Read a model's answer: strict JSON first, then a repaired version of it."""
    if not text or not text.strip():
        raise DraftError("réponse vide")
    # (measured without the whitespace around it: a grammar-constrained model may pad a complete
    # answer with newlines until its last token)
    if len(stripped := text.strip()) > ANSWER_CHARS:
        raise DraftError(f"réponse trop longue ({len(stripped)} caractères, au plus {ANSWER_CHARS})")
    body = _FENCE.sub("", stripped)
    start, end = body.find("{"), body.rfind("}")
    readings: list[Any] = [lambda: json.loads(body[start : end + 1])] if start != -1 and end > start else []
    readings.append(lambda: _loaded(repair_json(body)))  # repaired only if the strict one failed
    last: Exception | None = None
    for reading in readings:
        try:
            data = reading()
            return BriefingDraft.model_validate(_storable(data))
        # (ValueError: JSONDecodeError and ValidationError, and what else reading raises on a
        # hostile answer — json_repair's nesting limit, an integer of more than 4,300 digits — is
        # an invalid answer, not an unavailable model)
        except (ValueError, TypeError, RecursionError) as exc:
            last = exc
    if isinstance(last, ValidationError):
        errors = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in last.errors()[:8])
        raise DraftError(f"JSON non conforme au schéma : {errors}")
    raise DraftError(f"pas de JSON lisible dans la réponse ({last})")


def _storable(data: Any) -> Any:
    """The answer's strings as a store keeps them (`veilleur.text.storable`): a JSON escape
    "\\ud800" gives a lone surrogate, which no briefing could then be saved with."""
    if isinstance(data, str):
        return storable(data)
    if isinstance(data, list):
        return [_storable(item) for item in data]
    if isinstance(data, dict):
        return {key: _storable(value) for key, value in data.items()}
    return data


def _loaded(candidate: Any) -> Any:
    return json.loads(candidate) if isinstance(candidate, str) else candidate
