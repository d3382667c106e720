"""`veilleur llm check`: does the configured backend answer, and with structured output?"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field

from veilleur.brief.backend import create_backend
from veilleur.brief.model import BackendUnavailable, ModelBackend
from veilleur.config import BriefConfig

PROBE_SCHEMA = {
    "type": "object",
    "properties": {"ok": {"type": "boolean"}, "langue": {"type": "string"}},
    "required": ["ok", "langue"],
    "additionalProperties": False,  # a grammar closes the object after these two keys
}
PROBE = [
    {"role": "system", "content": "Tu réponds uniquement par un objet JSON."},
    {"role": "user", "content": 'Réponds {"ok": true, "langue": "français"}.'},
]


@dataclass
class CheckResult:
    ok: bool = False
    lines: list[str] = field(default_factory=list)


def check_backend(config: BriefConfig) -> CheckResult:
    result = CheckResult()
    name = config.backend
    if name in {"facts", "extractive"}:
        result.ok = True
        result.lines.append(f"backend {name}: no model needed, nothing to check")
        return result
    try:
        backend = create_backend(name, config)
    except (BackendUnavailable, KeyError, TypeError) as exc:
        result.lines.append(f"backend {name}: cannot be set up: {exc}")
        return result
    if not isinstance(backend, ModelBackend):
        result.ok = True
        result.lines.append(f"backend {name}: a plugin that writes whole briefings; not probed")
        return result
    start = time.perf_counter()
    try:
        answer = backend.complete(PROBE, PROBE_SCHEMA)
    except BackendUnavailable as exc:
        result.lines.append(f"backend {name} ({backend.model_id}): no answer: {exc}")
        return result
    seconds = time.perf_counter() - start
    result.lines.append(
        f"backend {name} ({backend.model_id}) answered in {seconds:.1f} s "
        f"({answer.usage.prompt_tokens} + {answer.usage.completion_tokens} tokens)"
    )
    mode = getattr(backend, "mode", "json_object")
    described = {
        "json_schema": "JSON schema (response_format json_schema)",
        "json_object": "JSON constrained by the schema (json_object with a grammar)",
        "none": "none: answers are validated against the schema and repaired",
    }
    result.lines.append(f"structured output: {described.get(mode, mode)}")
    try:
        data = json.loads(answer.text)
        valid = isinstance(data, dict) and isinstance(data.get("ok"), bool)
    except json.JSONDecodeError:
        valid = False
    result.lines.append(
        "probe answer is valid JSON for the schema" if valid else f"probe answer: {answer.text[:200]!r}"
    )
    result.ok = True
    return result
