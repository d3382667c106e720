"""Baseline for bench/throughput.py: trafilatura alone over the same JSON-lines records.

A record with `html` is extracted as veilleur extracts a page: trafilatura with its metadata
(title, date, URL) and tables. A Markdown record is given to trafilatura as HTML, each line a <p>."""

from __future__ import annotations

import html
import json
import sys
import warnings

import trafilatura


def main(in_path: str, out_path: str) -> None:
    warnings.simplefilter("ignore")
    with open(in_path, encoding="utf-8") as source, open(out_path, "w", encoding="utf-8") as sink:
        for line in source:
            record = json.loads(line)
            if "html" in record:
                text = trafilatura.extract(
                    record["html"], url=record.get("url"), with_metadata=True, include_tables=True
                )
                sink.write(json.dumps({"id": record.get("url"), "text": text or ""}) + "\n")
                continue
            lines = (record.get("markdown") or record.get("text") or "").splitlines()
            page = "<html><body>" + "".join(f"<p>{html.escape(text)}</p>" for text in lines if text.strip())
            text = trafilatura.extract(page + "</body></html>") or ""
            sink.write(json.dumps({"id": record.get("url"), "text": text}) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1].startswith("-"):
        sys.exit(f"usage: python bench/trafilatura_only.py IN.jsonl OUT.jsonl\n\n{__doc__}")
    main(sys.argv[1], sys.argv[2])
