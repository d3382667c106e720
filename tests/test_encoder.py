"""The encoder that computes a piece's own work once gives the package's pieces, id for id, and its
vectors to float rounding, whatever its tables held before."""

from __future__ import annotations

import numpy as np

from veilleur.cluster import embed
from veilleur.cluster.encoder import Encoder

TEXTS = [
    "La clinique a été victime d'une attaque par rançongiciel dans la nuit de dimanche à lundi.",
    "Researchers found a critical vulnerability in the VPN appliance, exploited in the wild.",
    "De gemeente werd getroffen door een cyberaanval; de systemen liggen plat.",
    "Die Stadtverwaltung wurde Opfer eines Hackerangriffs, die Server sind abgeschaltet.",
    "ＬｏｃｋＢｉｔ　３.０ — CVE-2024-3400 «PAN-OS» 日本語 ٣٤ \u200b x" * 3,
    "  two  spaces\tand\ttabs\n\nand ▁ marks▁inside words ▁▁ ",
    "Valmont Hospital\nThe hospital of Valmont was hit; Valmont's systems are down.",
    "Ransomware " * 300,
    "x",
]
ODD = ["", "   ", "▁", "\u200b", "\x00\x01", "é" * 5000]


def _reference() -> object:
    return embed._model()


def _package(texts: list[str]) -> np.ndarray:
    return np.asarray(_reference().encode(texts), dtype=np.float32)  # type: ignore[attr-defined]


def test_pieces_are_the_tokenisers() -> None:
    encoder = Encoder(_reference())
    tokenizer = _reference()._backend.sp  # type: ignore[attr-defined]
    for text in [*TEXTS, *ODD, *TEXTS]:  # twice: read from the kept words the second time
        assert encoder.pieces(text) == tokenizer.encode(text, out_type=int, add_bos=True, add_eos=True)


def test_vectors_are_the_packages_to_rounding() -> None:
    got = Encoder(_reference()).encode(TEXTS)
    expected = _package(TEXTS)
    assert got.shape == expected.shape == (len(TEXTS), 512)
    assert np.abs(got - expected).max() < 1e-5
    assert (got * expected).sum(axis=1).min() > 0.99999


def test_a_small_table_starting_again_gives_the_same_vectors() -> None:
    # 16 pieces: the table starts again on almost every batch, and the long texts' batches hold
    # more distinct pieces than it can (a table of their own).
    small, large = Encoder(_reference(), pieces=16), Encoder(_reference())
    for text in TEXTS:  # one at a time, then all: tables filled in another order
        assert np.allclose(small.encode([text]), large.encode([text]), atol=1e-6)
    assert np.allclose(small.encode(TEXTS), large.encode(TEXTS[::-1])[::-1], atol=1e-6)
    assert small._table.used <= 16


def test_odd_texts_give_finite_rows() -> None:
    got = Encoder(_reference()).encode(ODD)
    assert np.isfinite(got).all()
    assert np.allclose(got, _package(ODD), atol=1e-5)


def test_a_texts_vector_is_the_same_bit_for_bit_whatever_came_before_or_beside_it() -> None:
    # Stored vectors are compared bit for bit (a run on one core and on two must store the same
    # rows), and a row of a small product is computed by other kernels than one of a large product:
    # a text alone, in a batch, after a table that held all but one of its pieces (one piece
    # computed alone) or after a table that started again must give the same bits.
    alone = [Encoder(_reference()).encode([text])[0] for text in TEXTS]
    batch = Encoder(_reference()).encode(TEXTS)
    reversed_batch = Encoder(_reference()).encode(TEXTS[::-1])[::-1]
    warm = Encoder(_reference())
    warm.encode([text.replace("a", "") for text in TEXTS])  # most pieces, not all
    warmed = np.stack([warm.encode([text])[0] for text in TEXTS])
    small = Encoder(_reference(), pieces=16)
    restarted = np.stack([small.encode([text])[0] for text in TEXTS])
    for other in (batch, reversed_batch, warmed, restarted):
        assert np.array_equal(np.stack(alone), other)
