"""An HTML page for one text: people and roles first, then the text with entities and dates marked.

The first screen holds what a reader came for (who, in which office, doing what; which dates), each
row linking to the place in the text where it is written. The text below marks entities (one mark
per character, longest first), dates (as <time> elements, inside an entity mark when they lie in
one) and the start of each role. Offsets are into the raw text, so the page shows it as scraped.
"""
from __future__ import annotations

import html
from dataclasses import dataclass

from .document import Document

COLOURS = {
    "PERSON": "#f4b6c2", "ORG": "#9fd3f5", "GPE": "#b9e6a5", "LOC": "#d8f0c4",
    "EVENT": "#ffd98e", "LAW": "#d7c6f2",
}
DATE_COLOUR = "#ffe7a3"

STYLE = """
body{font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif;max-width:64em;margin:1em auto;padding:0 1em;
line-height:1.6;color:#222}
h1{font-size:1.3em;margin:.2em 0}h2{font-size:1.05em;margin:.8em 0 .3em}
table{border-collapse:collapse;margin:0 0 .6em;font-size:.92em}td,th{border:1px solid #ccc;padding:.1em .5em;
text-align:left;vertical-align:top}th{background:#f3f3f3}
#summary{display:flex;flex-wrap:wrap;gap:0 2em}
#text{border-top:2px solid #ddd;padding-top:.5em;white-space:pre-wrap}
mark.ent{padding:.05em .2em;border-radius:.3em}
mark.ent .label{font-size:.62em;font-weight:bold;margin-left:.3em;vertical-align:middle;color:#555}
time.date{background:DATE_COLOUR;border-bottom:2px solid #c9a227;padding:0 .1em}
time.date .value{font-size:.62em;color:#7a5c00;margin-left:.2em}
a.role{display:inline-block;width:0}
:target{outline:3px solid #e55;outline-offset:1px}
.none{color:#999}
""".replace("DATE_COLOUR", DATE_COLOUR)


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    opening: str
    closing: str
    tail: str = ""  # markup written just before the closing tag (an entity's label, a date's value)
    name: str = ""  # the element's id, which tables link to


def _entity_marks(doc: Document) -> list[_Mark]:
    """Longest first, then leftmost: one entity mark per character."""
    taken = bytearray(max((e.end for e in doc.entities), default=0))  # linear, where a scan of spans is quadratic
    marks = []
    for entity in sorted(doc.entities, key=lambda e: (-(e.end - e.start), e.start)):
        if entity.end > entity.start and not any(taken[entity.start:entity.end]):
            taken[entity.start:entity.end] = b"\x01" * (entity.end - entity.start)
            colour = COLOURS.get(entity.label, "#ddd")
            tip = html.escape(entity.canonical or entity.text, quote=True)
            marks.append(_Mark(entity.start, entity.end,
                               f'<mark class="ent {entity.label}" style="background:{colour}" title="{tip}">',
                               "</mark>", f'<span class="label">{entity.label}</span>'))
    return marks


def _date_marks(doc: Document) -> list[_Mark]:
    marks = []
    for number, date in enumerate(doc.dates):
        value = html.escape(date.value or "?", quote=True)
        marks.append(_Mark(date.start, date.end,
                           f'<time class="date" id="date-{number}" data-value="{value}" title="{value}">',
                           "</time>", f'<span class="value">{value}</span>', f"date-{number}"))
    return marks


def _nesting(entities: list[_Mark], dates: list[_Mark]) -> list[_Mark]:
    """Entity marks (apart from each other) and the dates that nest with them; a date that crosses an
    entity mark or another date is left out."""
    size = max((m.end for m in [*entities, *dates]), default=0)
    owner = [-1] * size
    for number, mark in enumerate(entities):
        owner[mark.start:mark.end] = [number] * (mark.end - mark.start)
    dated = bytearray(size)
    kept = list(entities)
    for date in sorted(dates, key=lambda m: (m.start, -m.end)):
        if date.end <= date.start or any(dated[date.start:date.end]):
            continue
        crossed = {owner[i] for i in range(date.start, date.end)} - {-1}
        if all(entities[n].start <= date.start and date.end <= entities[n].end
               or date.start <= entities[n].start and entities[n].end <= date.end for n in crossed):
            dated[date.start:date.end] = b"\x01" * (date.end - date.start)
            kept.append(date)
    return kept


def mark_text(raw: str, doc: Document) -> str:
    """The raw text as HTML with entity, date and role-start marks."""
    dates = _date_marks(doc)
    marks = _nesting(_entity_marks(doc), dates)
    anchors: dict[int, list[str]] = {}
    marked = {id(mark) for mark in marks}
    for date in dates:
        if id(date) not in marked:  # empty, or crossing an entity mark: the dates table still links here
            anchors.setdefault(date.start, []).append(f'<a class="date" id="{date.name}"></a>')
    for number, role in enumerate(doc.roles):
        anchors.setdefault(role.start, []).append(f'<a class="role" id="role-{number}"></a>')
    # outer marks open first and close last; of two on one span, the earlier kept is outer
    order = {id(mark): (-mark.end, rank) for rank, mark in enumerate(marks)}
    opens: dict[int, list[_Mark]] = {}
    closes: dict[int, list[_Mark]] = {}
    for mark in marks:
        opens.setdefault(mark.start, []).append(mark)
        closes.setdefault(mark.end, []).append(mark)
    out: list[str] = []
    for i in range(len(raw) + 1):
        for mark in sorted(closes.get(i, ()), key=lambda m: (m.start, order[id(m)][1]), reverse=True):
            out.append(mark.tail + mark.closing)
        out.extend(anchors.get(i, ()))
        for mark in sorted(opens.get(i, ()), key=lambda m: order[id(m)]):
            out.append(mark.opening)
        if i < len(raw):
            out.append(html.escape(raw[i]))
    return "".join(out)


def _cell(value: str | None) -> str:
    return f"<td>{html.escape(value)}</td>" if value else '<td class="none">—</td>'


def roles_table(raw: str, doc: Document) -> str:
    """People and their roles, each row linking to where the text writes it; people without a role last."""
    rows = []
    for number, role in enumerate(doc.roles):
        where = raw[role.start:role.end] or role.position
        rows.append(f"<tr>{_cell(role.person)}{_cell(role.position)}{_cell(role.org)}{_cell(role.title)}"
                    f"{_cell(role.event_role)}<td><a href=\"#role-{number}\">{html.escape(where)}</a></td></tr>")
    with_role = {role.person for role in doc.roles}
    for person in doc.people:
        if person.name not in with_role:
            rows.append(f"<tr>{_cell(person.name)}{_cell(None)}{_cell(None)}{_cell(None)}{_cell(None)}"
                        f"{_cell(None)}</tr>")
    head = "<tr><th>person</th><th>position</th><th>organisation</th><th>title</th><th>part</th><th>written</th></tr>"
    return f'<table id="roles">{head}{"".join(rows)}</table>'


def dates_table(doc: Document) -> str:
    """Dates with their ISO value, each linking to its mark in the text."""
    rows = "".join(
        f'<tr><td><a href="#date-{number}">{html.escape(d.text)}</a></td>{_cell(d.value)}<td>{d.kind}</td></tr>'
        for number, d in enumerate(doc.dates)
    )
    return f'<table id="dates"><tr><th>date</th><th>value</th><th>kind</th></tr>{rows}</table>'


def render_html(raw: str, doc: Document, title: str = "govextract") -> str:
    """A standalone page: people and roles, dates, then the text as written with everything marked."""
    people = len(doc.people)
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{html.escape(title)}</title><style>{STYLE}</style></head><body>
<h1>{html.escape(title)}</h1>
<div id="summary">
<section id="people"><h2>People and roles ({people} people, {len(doc.roles)} roles)</h2>
{roles_table(raw, doc)}</section>
<section id="when"><h2>Dates ({len(doc.dates)})</h2>{dates_table(doc)}</section>
</div>
<section id="text"><h2>Text</h2>{mark_text(raw, doc)}</section>
</body></html>
"""
