"""An HTML page for one text: displaCy's entity marks, then the roles and dates found."""
from __future__ import annotations

import html
from typing import Any

from spacy import displacy

from .document import Document

COLOURS = {
    "PERSON": "#f4b6c2", "ORG": "#9fd3f5", "GPE": "#b9e6a5", "LOC": "#d8f0c4",
    "EVENT": "#ffd98e", "LAW": "#d7c6f2",
}


def _non_overlapping(doc: Document) -> list[dict[str, Any]]:
    """Longest first, then leftmost: displaCy draws one mark per character."""
    taken = bytearray(max((e.end for e in doc.entities), default=0))  # a scan of taken spans was quadratic
    chosen = []
    for entity in sorted(doc.entities, key=lambda e: (-(e.end - e.start), e.start)):
        if not any(taken[entity.start:entity.end]):
            taken[entity.start:entity.end] = b"\x01" * (entity.end - entity.start)
            chosen.append({"start": entity.start, "end": entity.end, "label": entity.label})
    return sorted(chosen, key=lambda e: e["start"])


def render_html(raw: str, doc: Document, title: str = "govextract") -> str:
    """A standalone page: the input text with entity marks (offsets are raw), roles and dates."""
    marked = displacy.render(
        {"text": raw, "ents": _non_overlapping(doc), "title": None},
        style="ent", manual=True, page=False, options={"colors": COLOURS},
    )
    rows = "".join(
        f"<tr><td>{html.escape(r.person)}</td><td>{html.escape(r.position)}</td>"
        f"<td>{html.escape(r.title)}</td><td>{html.escape(r.event_role or '')}</td></tr>"
        for r in doc.roles
    )
    dates = "".join(
        f"<tr><td>{html.escape(d.text)}</td><td>{html.escape(d.value or '—')}</td><td>{d.kind}</td></tr>"
        for d in doc.dates
    )
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.6}}
table{{border-collapse:collapse;margin:1em 0}}td,th{{border:1px solid #ccc;padding:.2em .6em}}</style>
</head><body>
<h1>{html.escape(title)}</h1>
<section id="text">{marked}</section>
<h2>Roles</h2>
<table id="roles"><tr><th>person</th><th>position</th><th>title</th><th>part</th></tr>{rows}</table>
<h2>Dates</h2>
<table id="dates"><tr><th>text</th><th>value</th><th>kind</th></tr>{dates}</table>
</body></html>
"""
