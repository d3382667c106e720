"""The same-story development set (bench/data/stories/) stays well-formed.

Shape checks run everywhere; checks against the pages themselves read ../shared and skip without it.
"""

from __future__ import annotations

import gzip
import json
from datetime import date
from pathlib import Path

import pytest
from conftest import shared_path

DATA = Path(__file__).resolve().parents[1] / "bench" / "data" / "stories"
POST = "posts-deleted:"
OUTLET = {"Malwarebytes Labs": "Malwarebytes"}


def _lines(name: str) -> list[dict[str, object]]:
    with (DATA / name).open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def _urls(record: dict[str, object]) -> list[str]:
    urls = record["urls"]
    assert isinstance(urls, list)
    return [str(u) for u in urls]


@pytest.fixture(scope="module")
def pages() -> dict[str, tuple[str, date]]:
    """url -> (outlet, day) of every dated page of news-dev."""
    found: dict[str, tuple[str, date]] = {}
    with gzip.open(shared_path("corpus", "news-dev.jsonl.gz"), "rt", encoding="utf-8") as stream:
        for line in stream:
            record = json.loads(line)
            if record.get("date"):
                outlet = OUTLET.get(record["feed_name"], record["feed_name"])
                found[record["url"]] = (outlet, date.fromisoformat(record["date"][:10]))
    return found


@pytest.mark.parametrize("name", ["groups.jsonl", "groups-fr-en.jsonl"])
def test_groups_have_ids_short_events_splits_and_no_page_twice(name: str) -> None:
    groups = _lines(name)
    assert len({g["id"] for g in groups}) == len(groups)
    seen: set[str] = set()
    for group in groups:
        assert set(group) == {"id", "event", "urls", "split"}
        assert group["split"] in {"tune", "aside", "dev", "dev2", "dev3", "dev4", "dev5"}
        assert 0 < len(str(group["event"])) <= 120  # our description, never article text
        urls = _urls(group)
        english = [u for u in urls if not u.startswith(POST)]
        assert len(urls) >= 2 and 1 <= len(english) <= 5
        assert not seen & set(urls), group["id"]
        seen |= set(urls)
    scored = [g for g in groups if g["split"] in {"tune", "aside"}]  # dev to dev5: for development
    aside = sum(g["split"] == "aside" for g in scored) / len(scored)
    assert 0.25 <= aside <= 0.45


def test_cross_outlet_set_is_as_large_as_the_issue_asks() -> None:
    """At least 150 groups and 100 hard pairs in the scored parts alone (the development parts
    do not count), about a third of each aside."""
    scored = {"tune", "aside"}
    groups = [g for g in _lines("groups.jsonl") if g["split"] in scored]
    negatives = [n for n in _lines("hard-negatives.jsonl") if n["split"] in scored]
    assert len(groups) >= 150 and len(negatives) >= 100
    assert len([g for g in _lines("groups-fr-en.jsonl") if g["split"] in scored]) >= 60
    for rows in (groups, negatives):
        assert 0.3 <= sum(r["split"] == "aside" for r in rows) / len(rows) <= 0.45


@pytest.mark.parametrize("name", ["hard-negatives.jsonl", "hard-negatives-fr-en.jsonl"])
def test_negatives_never_pair_pages_of_one_group_and_share_its_split(name: str) -> None:
    groups = _lines("groups.jsonl") + _lines("groups-fr-en.jsonl")
    group_of = {u: (g["id"], g["split"]) for g in groups for u in _urls(g)}
    for pair in _lines(name):
        assert set(pair) == {"a", "b", "why", "split"} and pair["a"] != pair["b"]
        a, b = group_of.get(str(pair["a"])), group_of.get(str(pair["b"]))
        # Same story in one file and different in another would be a contradiction.
        assert a is None or b is None or a[0] != b[0], pair
        for member in (a, b):
            assert member is None or member[1] == pair["split"], pair


def test_every_page_is_in_news_dev_and_groups_join_distinct_outlets_within_ten_days(
    pages: dict[str, tuple[str, date]],
) -> None:
    for group in _lines("groups.jsonl") + _lines("groups-fr-en.jsonl"):
        english = [u for u in _urls(group) if not u.startswith(POST)]
        assert all(u in pages for u in english), group["id"]
        outlets = [pages[u][0] for u in english]
        days = [pages[u][1] for u in english]
        if len(english) > 1:
            assert len(set(outlets)) == len(outlets), group["id"]
            assert (max(days) - min(days)).days <= 10, group["id"]
    for pair in _lines("hard-negatives.jsonl"):
        # Two pages of one outlet only in dev, where one outlet's templated pages are a kind.
        if pair["split"] != "dev" or "outlet" not in str(pair["why"]):
            assert pages[str(pair["a"])][0] != pages[str(pair["b"])][0], pair


def test_the_dev_part_shares_no_page_with_tune_or_aside_and_is_as_large_as_asked() -> None:
    """Development data of the kinds that failed, built apart from the scored parts."""
    records = {
        name: _lines(name)
        for name in (
            "groups.jsonl",
            "hard-negatives.jsonl",
            "groups-fr-en.jsonl",
            "hard-negatives-fr-en.jsonl",
        )
    }

    def pages(*splits: str) -> set[str]:
        return {
            u.rstrip("/")
            for rows in records.values()
            for r in rows
            if r["split"] in splits
            for u in (_urls(r) if "urls" in r else [str(r["a"]), str(r["b"])])
        }

    assert not pages("dev") & pages("tune", "aside")
    dev = {name: [r for r in rows if r["split"] == "dev"] for name, rows in records.items()}
    assert len(dev["hard-negatives.jsonl"]) >= 60 and len(dev["hard-negatives-fr-en.jsonl"]) >= 15
    for pair in dev["hard-negatives-fr-en.jsonl"]:
        assert str(pair["a"]).startswith(POST) and not str(pair["b"]).startswith(POST)


def test_french_posts_exist_and_sit_with_their_english_source() -> None:
    with shared_path("format", "posts-deleted.jsonl").open(encoding="utf-8") as stream:
        source = {
            POST + p["permalink"]: p["source_url"] for p in map(json.loads, stream) if p.get("permalink")
        }
    for group in _lines("groups-fr-en.jsonl"):
        urls = _urls(group)
        posts = [u for u in urls if u.startswith(POST)]
        assert posts, group["id"]
        for post in posts:
            assert source[post] in urls, (group["id"], post)


def test_the_bench_lists_a_clusterings_joined_negatives_and_split_groups() -> None:
    import sys

    sys.path.insert(0, str(DATA.parents[1]))
    from stories_data import misses

    negative = next(n for n in _lines("hard-negatives.jsonl") if n["split"] == "dev")
    group = next(g for g in _lines("groups.jsonl") if g["split"] == "dev")
    a, b = str(negative["a"]), str(negative["b"])
    urls = _urls(group)
    # The negative's pages in one story, the group's first page apart from the others.
    story = {a: "s1", b: "s1", **{u: "s2" for u in urls}, urls[0]: "s3"}
    lines = misses(story, "dev", {a: "page A", b: "page B"})
    assert f"joined ({negative['why']}):" in lines and "    page A" in lines and "    page B" in lines
    assert any(line.startswith(f"split {group['id']} ") for line in lines)
    # Nothing wrong, nothing listed; another part's labels are never read into this one's.
    assert misses({a: "s1", b: "s2", **{u: "s4" for u in urls}}, "dev", {}) == []
    assert not any(str(group["id"]) in line for line in misses(story, "tune", {}))


def test_the_french_dev2_part_shares_no_page_with_another_part_and_is_as_large_as_asked(
    pages: dict[str, tuple[str, date]],
) -> None:
    """French/English development data drawn from posts no other part names (GUIDE.md, dev2)."""
    names = ("groups.jsonl", "hard-negatives.jsonl", "groups-fr-en.jsonl", "hard-negatives-fr-en.jsonl")
    records = {name: _lines(name) for name in names}

    def named(keep: bool) -> set[str]:
        return {
            u.rstrip("/")
            for rows in records.values()
            for r in rows
            if (r["split"] == "dev2") == keep
            for u in (_urls(r) if "urls" in r else [str(r["a"]), str(r["b"])])
        }

    assert not named(True) & named(False)
    groups = [g for g in records["groups-fr-en.jsonl"] if g["split"] == "dev2"]
    negatives = [n for n in records["hard-negatives-fr-en.jsonl"] if n["split"] == "dev2"]
    assert len(groups) >= 20 and len(negatives) >= 30
    for pair in negatives:
        a, b = str(pair["a"]), str(pair["b"])
        assert a.startswith(POST) and b in pages, pair
        # A French post and an English page within a week of the post's source page.
        source = next(u for g in groups for u in _urls(g) if a in _urls(g) and not u.startswith(POST))
        assert abs((pages[b][1] - pages[source][1]).days) <= 7, pair


def test_the_cross_outlet_dev2_part_shares_no_page_with_another_part_and_is_as_large_as_asked() -> None:
    """Cross-outlet dev2 rows are drawn as tune and aside were, from pages no other part labels."""
    rows = [
        r
        for name in (
            "groups.jsonl",
            "hard-negatives.jsonl",
            "groups-fr-en.jsonl",
            "hard-negatives-fr-en.jsonl",
        )
        for r in _lines(name)
    ]

    def pages(wanted: set[str]) -> set[str]:
        return {
            u.rstrip("/")
            for r in rows
            if r["split"] in wanted
            for u in (_urls(r) if "urls" in r else [str(r["a"]), str(r["b"])])
        }

    assert not pages({"dev2"}) & pages({"tune", "aside", "dev"})
    groups = [g for g in _lines("groups.jsonl") if g["split"] == "dev2"]
    negatives = [n for n in _lines("hard-negatives.jsonl") if n["split"] == "dev2"]
    assert len(groups) >= 40 and len(negatives) >= 60
    assert all(2 <= len(_urls(g)) <= 5 for g in groups)


NAMES = ("groups.jsonl", "hard-negatives.jsonl", "groups-fr-en.jsonl", "hard-negatives-fr-en.jsonl")


def _split_apart(split: str) -> tuple[set[str], dict[str, list[dict[str, object]]]]:
    """The pages and posts of `split`'s records (asserted named by no other record of this folder)
    and those records by file."""
    records = {name: _lines(name) for name in NAMES}

    def named(keep: bool) -> set[str]:
        return {
            u.rstrip("/")
            for rows in records.values()
            for r in rows
            if (r["split"] == split) == keep
            for u in (_urls(r) if "urls" in r else [str(r["a"]), str(r["b"])])
        }

    inside = named(True)
    assert not inside & named(False)
    return inside, {name: [r for r in rows if r["split"] == split] for name, rows in records.items()}


def _assert_no_intel_label_names(split_pages: set[str]) -> None:
    """No label file of bench/data/intel names a page of `split_pages` (by url, urls or post id)."""
    with shared_path("format", "posts-deleted.jsonl").open(encoding="utf-8") as stream:
        post_of = {p["file"]: POST + p["permalink"] for p in map(json.loads, stream) if p.get("permalink")}
    for path in (DATA.parent / "intel").glob("*.jsonl"):
        for label in map(json.loads, filter(str.strip, path.read_text(encoding="utf-8").splitlines())):
            named_there = {
                str(label.get("url", "")).rstrip("/"),
                post_of.get(str(label.get("id")), "").rstrip("/"),
                *(str(u).rstrip("/") for u in label.get("urls") or []),
            }
            assert not named_there & split_pages, (path.name, named_there & split_pages)


def _assert_negatives_apart(
    rows: dict[str, list[dict[str, object]]], pages: dict[str, tuple[str, date]]
) -> None:
    """Hard negatives join two outlets; French ones a post (with its group) and an English page
    within a week of the post's source."""
    for pair in rows["hard-negatives.jsonl"]:
        assert pages[str(pair["a"])][0] != pages[str(pair["b"])][0], pair  # two outlets
    groups_fr = rows["groups-fr-en.jsonl"]
    for pair in rows["hard-negatives-fr-en.jsonl"]:
        a, b = str(pair["a"]), str(pair["b"])
        assert a.startswith(POST) and b in pages, pair
        source = next(u for g in groups_fr for u in _urls(g) if a in _urls(g) and not u.startswith(POST))
        assert abs((pages[b][1] - pages[source][1]).days) <= 7, pair


def test_the_dev3_part_shares_no_page_with_another_part_or_an_intel_label_and_is_as_large_as_asked(
    pages: dict[str, tuple[str, date]],
) -> None:
    """dev3 (GUIDE.md): hard negatives and groups on pages and posts no other label file names —
    neither another part of this folder nor bench/data/intel."""
    dev3, rows = _split_apart("dev3")
    _assert_no_intel_label_names(dev3)
    assert len(rows["hard-negatives.jsonl"]) >= 80 and len(rows["hard-negatives-fr-en.jsonl"]) >= 40
    assert len(rows["groups.jsonl"]) + len(rows["groups-fr-en.jsonl"]) >= 40
    _assert_negatives_apart(rows, pages)


def _intel_draw(corpus: Path, script: str, samples: tuple[str, str]) -> set[str]:
    """The pages of two of intel's first-sight samples, drawn by `script` (select_train_d.py: d1
    and d2, 200 pages; select_check_e.py: e1 and e2, 100 pages)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"intel_{script}", DATA.parent / "intel" / f"{script}.py")
    assert spec is not None and spec.loader is not None
    select = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(select)
    titles = select._C.load_titles(corpus)
    named = select.named_urls()
    draw = select.select_d if script == "select_train_d" else select.select_e
    return {str(row[0]).rstrip("/") for sample in samples for row in draw(titles, named, sample)}


def _intel_draw_d(corpus: Path) -> set[str]:
    """The 200 pages of intel's first-sight samples d1 and d2, drawn by select_train_d.py."""
    return _intel_draw(corpus, "select_train_d", ("d1", "d2"))


def test_the_dev4_part_shares_no_page_with_another_part_an_intel_label_or_the_d_draw(
    pages: dict[str, tuple[str, date]],
) -> None:
    """dev4 (GUIDE.md), a first-sight part: no page or post of another part of this folder, of a
    label file of bench/data/intel (labels-check-d*.jsonl included) or of intel's draw d (the 200
    pages select_train_d.py draws, labelled at the same time); sizes as asked."""
    dev4, rows = _split_apart("dev4")
    _assert_no_intel_label_names(dev4)
    draw = _intel_draw_d(shared_path("corpus", "news-dev.jsonl.gz"))
    assert len(draw) == 200 and not draw & dev4, draw & dev4
    assert len(rows["groups.jsonl"]) >= 60 and len(rows["hard-negatives.jsonl"]) >= 60
    assert len(rows["groups-fr-en.jsonl"]) >= 20 and len(rows["hard-negatives-fr-en.jsonl"]) >= 20
    assert all(2 <= len(_urls(g)) <= 5 for g in rows["groups.jsonl"])
    _assert_negatives_apart(rows, pages)


@pytest.mark.parametrize("part", ["dev4", "dev5"])
def test_halves_are_disjoint_records_whose_union_is_their_part(part: str) -> None:
    """dev4a (read) and dev4b (kept aside) split every dev4 record by the parity of the sha256 of its
    id (a negative: its pages), and dev5a/dev5b every dev5 record; each half is only itself, and
    together they are all of their part."""
    import hashlib
    import sys

    sys.path.insert(0, str(DATA.parents[1]))
    from stories_data import half, in_part

    even_half, odd_half = f"{part}a", f"{part}b"
    names = ("groups.jsonl", "hard-negatives.jsonl", "groups-fr-en.jsonl", "hard-negatives-fr-en.jsonl")
    for name in names:
        rows = [r for r in _lines(name) if r["split"] == part]
        first = [r for r in rows if in_part(r, even_half)]
        second = [r for r in rows if in_part(r, odd_half)]
        assert first and second and len(first) + len(second) == len(rows), name
        assert not any(in_part(r, odd_half) for r in first) and all(in_part(r, part) for r in rows)
        for row in rows:
            key = str(row.get("id") or f"{row['a']} {row['b']}")
            even = int(hashlib.sha256(key.encode()).hexdigest(), 16) % 2 == 0
            assert half(row) == (even_half if even else odd_half)
        # No other part's record is of a half.
        assert not any(
            in_part(r, h) for r in _lines(name) if r["split"] != part for h in (even_half, odd_half)
        )


def test_the_bench_refuses_to_list_the_errors_of_the_half_kept_aside() -> None:
    import subprocess
    import sys

    bench = DATA.parents[1] / "stories.py"
    for part in ("dev4b", "dev4", "aside", "dev5", "dev5b"):
        done = subprocess.run(
            [sys.executable, str(bench), "--part", part, "--errors", "--scale", "0"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 2 and "kept aside" in done.stderr, part


def test_the_bench_lists_pages_of_two_groups_joined() -> None:
    import sys

    sys.path.insert(0, str(DATA.parents[1]))
    from stories_data import misses

    one, two = [g for g in _lines("groups.jsonl") if g["split"] == "dev"][:2]
    first, second = _urls(one), _urls(two)
    story = {**{u: "s1" for u in first}, **{u: "s2" for u in second}}
    assert not any(line.startswith("joined across groups") for line in misses(story, "dev", {}))
    story[second[0]] = "s1"  # a page of the second group in the first's story
    lines = misses(story, "dev", {second[0]: "page B"})
    assert f"joined across groups {one['id']} / {two['id']}:" in lines and "    page B" in lines


# dev5's sizes: what was labelled (GUIDE.md, "The dev5 part"); a lost record fails the test.
DEV5_MIN = {
    "groups.jsonl": 200,
    "hard-negatives.jsonl": 84,
    "groups-fr-en.jsonl": 12,
    "hard-negatives-fr-en.jsonl": 23,
}


def test_the_dev5_part_shares_no_page_with_another_part_an_intel_label_or_the_d_and_e_draws(
    pages: dict[str, tuple[str, date]],
) -> None:
    """dev5 (GUIDE.md), a second first-sight part labelled blind: no page or post of another part
    of this folder, of a label file of bench/data/intel (labels-check-e*.jsonl included), of intel's
    draw d or of its draw e (the 100 pages select_check_e.py draws, labelled at the same time)."""
    dev5, rows = _split_apart("dev5")
    _assert_no_intel_label_names(dev5)
    corpus = shared_path("corpus", "news-dev.jsonl.gz")
    draw_d = _intel_draw_d(corpus)
    draw_e = _intel_draw(corpus, "select_check_e", ("e1", "e2"))
    assert len(draw_d) == 200 and len(draw_e) == 100 and not draw_d & draw_e
    assert not (draw_d | draw_e) & dev5, (draw_d | draw_e) & dev5
    for name, least in DEV5_MIN.items():
        assert len(rows[name]) >= least, name
    assert all(2 <= len(_urls(g)) <= 5 for g in rows["groups.jsonl"])
    _assert_negatives_apart(rows, pages)


def test_not_intel_leaves_out_draw_e_for_dev5_on_but_not_for_the_parts_read_before_it() -> None:
    """candidates.py --not-intel: e's pages out of dev5's reading lists; dev2-dev4's lists unchanged."""
    import sys

    sys.path.insert(0, str(DATA))
    from candidates import intel_draw_e, intel_labelled

    shared = shared_path("corpus", "news-dev.jsonl.gz").parents[1]
    draw_e = intel_draw_e(shared)
    assert len(draw_e) == 100
    assert draw_e <= intel_labelled(shared, "dev5") and draw_e <= intel_labelled(shared, "dev5:")
    for seed in (None, "dev2", "dev3:", "dev4"):
        assert not draw_e & intel_labelled(shared, seed), seed
