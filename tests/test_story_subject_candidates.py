"""A page that gave little but its headline can be far, by embedding, from the full report of its
event (cosine below the candidates' floor): the subjects its headline names (coined names, actors,
malware families) are keys the window is looked up by, as CVE ids and victims are, so the two are
compared and join; a report of another malware, as far, is not joined for that. All texts are
fictional; the embeddings are set apart as a headline-only capture's was."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import numpy as np
from test_stories_languages import DAY, _features

from veilleur.cluster.agreement import lookup_keys
from veilleur.cluster.features import Features
from veilleur.cluster.stories import Clusterer

FULL = (
    "Hackers use short videos to spread GlintRAT and QuillStealer infostealers via fake fixes",
    "Researchers at Brightmoor Lab found short videos that tell viewers to paste a command to activate "
    "pirated software; the command installs the GlintRAT and QuillStealer infostealers, which take "
    "browser passwords and wallets. Dozens of accounts posted the videos since April.",
)
THIN = "Fake activation videos spread GlintRAT, QuillStealer"
OTHER = "Fake activation videos spread Marrowind backdoor"


def _far_from(article: Features, other: Features) -> Features:
    """`article` with an embedding orthogonal to `other`'s (cosine 0)."""
    vector = np.roll(other.embedding, 1) - other.embedding * float(
        np.roll(other.embedding, 1) @ other.embedding
    )
    vector = (vector / np.linalg.norm(vector)).astype(np.float32)
    return replace(article, embedding=vector)


def test_a_headline_subject_is_a_lookup_key() -> None:
    full, thin = _features([("full", DAY, FULL, "one"), ("thin", DAY, (THIN, THIN), "two")])
    assert thin.headline_only and {"glintrat", "quillstealer"} <= thin.named_subjects
    assert {"subject:glintrat", "subject:quillstealer"} <= set(lookup_keys(thin)) & set(lookup_keys(full))


def test_a_headline_only_page_far_by_embedding_joins_the_report_naming_its_malware() -> None:
    full, thin, other = _features(
        [
            ("full", DAY, FULL, "one"),
            ("thin", DAY, (THIN, THIN), "two"),
            ("other", DAY, (OTHER, OTHER), "three"),
        ]
    )
    later = DAY + timedelta(days=1)
    clusterer = Clusterer()
    clusterer.add(full)
    far = replace(_far_from(thin, full), day=later)
    assert abs(float(far.embedding @ full.embedding)) < 1e-4
    assert clusterer.add(far).story_id == "full"
    assert _alone(_far_from(other, full), full)


def _alone(article: Features, report: Features) -> bool:
    clusterer = Clusterer()
    clusterer.add(report)
    return clusterer.add(article).story_id == article.id
