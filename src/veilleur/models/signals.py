"""Why clustering joined an article to another (`cluster/stories.py`), or kept it apart: each
signal a code and the values it names (shared CVE ids, a victim, the four similarities), worded in
English by `str()` and in French by the console from the code, never read back from text."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, BeforeValidator, ConfigDict, TypeAdapter


class SignalCode(StrEnum):
    SCORES = "scores"  # values: embedding, text, names and titles similarities, as "0.57"
    DIFFERENT_VICTIMS = "different_victims"
    PLATFORM_VICTIM = "platform_victim"  # values: the platforms
    SHARED_VICTIM = "shared_victim"  # values: the victims
    VICTIMS_CROSSED = "victims_crossed"  # each names the other's victim only in passing
    VICTIM_NOT_NAMED = "victim_not_named"
    DIFFERENT_MONTHS = "different_months"
    DIFFERENT_DAYS = "different_days"
    OTHER_SUBJECT = "other_subject"  # one outlet's templated headlines, two subjects
    OTHER_ADDITION = "other_addition"  # another addition to a catalogue of exploited flaws
    OTHER_REPORTER = "other_reporter"
    DIFFERENT_CVES = "different_cves"
    SHARED_CVE = "shared_cve"  # values: the CVE ids
    OTHER_PRODUCT_FLAW = "other_product_flaw"
    OTHER_VICTIM = "other_victim"  # same actor, other victim
    OTHER_VENDOR_NAME = "other_vendor_name"  # same actor under another vendor's name
    OTHER_OPERATION = "other_operation"  # same actor, other operation
    SHARED_ACTOR = "shared_actor"  # values: the actors
    DIFFERENT_ACTORS = "different_actors"
    SHARED_NUMBERS = "shared_numbers"  # values: up to three numbers
    SHARED_DAY = "shared_day"  # values: the days, as "08-26"
    DIFFERENT_COUNTRIES = "different_countries"
    DIFFERENT_COINED = "different_coined"
    DIFFERENT_KINDS = "different_kinds"
    DIFFERENT_VENDORS = "different_vendors"
    SAME_OUTLET = "same_outlet"
    SHARED_SUBJECT = "shared_subject"  # values: the headline's subjects
    EMBEDDING_ALONE = "embedding_alone"
    NEAR_DUPLICATE = "near_duplicate"  # values: the article copied
    SAME_TEXT = "same_text"  # an exact copy under another address; values: (the article,)
    CLUSTERING_FAILED = "clustering_failed"  # left alone; values: (attempts, the last error)
    PAIR_MODEL = "pair_model"  # bench/train_pairs.py's learned pair score; values: ("0.83",)
    WRITTEN = "written"  # stored as text by a release before the codes; values: (the text,)


# Each code's English words, before its values: the console's French catalog translates them.
ENGLISH = {
    SignalCode.DIFFERENT_VICTIMS: "different victims",
    SignalCode.PLATFORM_VICTIM: "platform victim",
    SignalCode.SHARED_VICTIM: "shared victim",
    SignalCode.VICTIMS_CROSSED: "victims crossed",
    SignalCode.VICTIM_NOT_NAMED: "victim not named",
    SignalCode.DIFFERENT_MONTHS: "different months",
    SignalCode.DIFFERENT_DAYS: "different days",
    SignalCode.OTHER_SUBJECT: "same outlet, other subject",
    SignalCode.OTHER_ADDITION: "other catalogue addition",
    SignalCode.OTHER_REPORTER: "other reporter",
    SignalCode.DIFFERENT_CVES: "different CVE ids",
    SignalCode.SHARED_CVE: "shared CVE",
    SignalCode.OTHER_PRODUCT_FLAW: "other product's flaw",
    SignalCode.OTHER_VICTIM: "same actor, other victim",
    SignalCode.OTHER_VENDOR_NAME: "same actor, other vendor's name",
    SignalCode.OTHER_OPERATION: "same actor, other operation",
    SignalCode.SHARED_ACTOR: "shared actor",
    SignalCode.DIFFERENT_ACTORS: "different actors",
    SignalCode.SHARED_NUMBERS: "shared numbers",
    SignalCode.SHARED_DAY: "shared day",
    SignalCode.DIFFERENT_COUNTRIES: "different countries",
    SignalCode.DIFFERENT_COINED: "different coined names",
    SignalCode.DIFFERENT_KINDS: "different kinds of event",
    SignalCode.DIFFERENT_VENDORS: "different vendors",
    SignalCode.SAME_OUTLET: "same outlet",
    SignalCode.SHARED_SUBJECT: "shared subject",
    SignalCode.EMBEDDING_ALONE: "embedding alone",
    SignalCode.NEAR_DUPLICATE: "near-duplicate of",
    SignalCode.SAME_TEXT: "same text as article",
    SignalCode.CLUSTERING_FAILED: "alone: clustering failed {attempts} time(s): {reason}",
    SignalCode.PAIR_MODEL: "pair model",
}
# The four similarities of `SCORES`, in the order of its values.
SCORE_NAMES = ("embedding", "text", "names", "titles")


class Signal(BaseModel):
    model_config = ConfigDict(frozen=True)

    code: SignalCode
    values: tuple[str, ...] = ()

    def __str__(self) -> str:
        if self.code == SignalCode.SCORES:
            return ", ".join(f"{name} {value}" for name, value in zip(SCORE_NAMES, self.values, strict=False))
        if self.code == SignalCode.WRITTEN:
            return "".join(self.values)
        if self.code == SignalCode.CLUSTERING_FAILED:
            attempts, reason = self.values
            return ENGLISH[self.code].format(attempts=attempts, reason=reason)
        return " ".join([ENGLISH[self.code], ", ".join(self.values)]) if self.values else ENGLISH[self.code]


def signal(code: SignalCode, *values: str) -> Signal:
    """`signal(SignalCode.SHARED_CVE, "CVE-2026-1000")`."""
    return Signal(code=code, values=values)


def _written(value: object) -> object:
    # A signal stored as English text by a release before the codes is shown as written, never parsed.
    return Signal(code=SignalCode.WRITTEN, values=(value,)) if isinstance(value, str) else value


Said = Annotated[Signal, BeforeValidator(_written)]
# A list of signals as the store keeps it (JSON), signals stored as text before the codes read so.
SIGNALS: TypeAdapter[list[Signal]] = TypeAdapter(list[Said])
