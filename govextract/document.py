"""Result types: frozen dataclasses with offsets into the ORIGINAL input string."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from .normalize.offsets import OffsetMap

LABELS = ("PERSON", "ORG", "GPE", "LOC", "EVENT", "LAW")
DATE_KINDS = ("date", "month", "year", "datetime", "range", "period", "relative")
EVENT_ROLES = (
    "signatory", "witness", "attendee", "host", "presider", "speaker", "meets", "visitor",
    "appointed", "removed", "elected", "resigned", "acting",
)


@dataclass(frozen=True)
class Entity:
    """A named entity: text is simplified; raw[start:end] is where it was written."""

    text: str
    label: str
    start: int
    end: int
    canonical: str | None = None


@dataclass(frozen=True)
class Role:
    """A person holding a position (organisation + title), and their part in the event."""

    person: str
    org: str | None
    title: str
    position: str
    event_role: str | None
    start: int
    end: int


@dataclass(frozen=True)
class DateMention:
    """A date as written and its ISO 8601 value (None when it cannot be resolved)."""

    text: str
    value: str | None
    start: int
    end: int
    kind: str


@dataclass(frozen=True)
class DateAnchor:
    """The day relative dates were resolved against (ISO), and its source: publish_date, dateline,
    timestamp or signature, with where the text gives it (None for a publish date)."""

    value: str
    source: str
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Alias:
    """A short reference to a named person in the text: 唐市长 for 唐良智."""

    text: str
    person: str
    start: int
    end: int


@dataclass(frozen=True)
class Person:
    """One person in a document: every position and part the text gives them."""

    name: str
    positions: tuple[str, ...]
    event_roles: tuple[str, ...]
    aliases: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """Everything extracted from one input text."""

    text: str
    entities: tuple[Entity, ...] = ()
    roles: tuple[Role, ...] = ()
    dates: tuple[DateMention, ...] = ()
    aliases: tuple[Alias, ...] = ()
    publish_date: dt.date | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False)
    date_anchor: DateAnchor | None = None

    @classmethod
    def from_doc(cls, doc: Any, span_key: str = "govextract_entities") -> Document:
        """The Document of a spaCy Doc that a govextract pipeline processed (nlp(text), nlp.pipe).

        Entities come from doc.spans[span_key] (nested ones included), else doc.ents. Every offset on
        the Doc (spans, doc._.roles, doc._.dates, doc._.aliases) indexes doc._.clean_text; the
        Document's offsets index the raw input, mapped back through doc._.offset_map.
        """
        text = doc._.clean_text if doc._.clean_text is not None else doc.text
        offsets = doc._.offset_map if doc._.offset_map is not None else OffsetMap.identity(len(text))

        def raw(item: Any) -> Any:
            start, end = offsets.raw_span(item.start, item.end)
            return replace(item, start=start, end=end)

        spans = doc.spans[span_key] if span_key in doc.spans else doc.ents
        entities = []
        for span in sorted(spans, key=lambda s: (s.start_char, -s.end_char)):
            first, last = span.start_char, span.end_char
            start, end = offsets.raw_span(first, last)
            entities.append(Entity(text[first:last], span.label_, start, end, span.kb_id_ or None))
        anchor = doc._.date_anchor if doc.has_extension("date_anchor") else None
        if anchor is not None and anchor.start is not None:
            anchor = raw(anchor)
        return cls(
            text=text,
            entities=tuple(entities),
            roles=tuple(raw(r) for r in doc._.roles or ()),
            dates=tuple(raw(d) for d in doc._.dates or ()),
            aliases=tuple(raw(a) for a in doc._.aliases or ()),
            publish_date=doc._.publish_date,
            date_anchor=anchor,
        )

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """The Document that to_dict() gave (or its JSON read back): from_dict(doc.to_dict()) == doc.

        >>> doc = Document("甲市", (Entity("甲市", "GPE", 0, 2),))
        >>> Document.from_dict(doc.to_dict()) == doc
        True
        """
        if not isinstance(data, dict):
            raise TypeError(f"data must be a dict as Document.to_dict() gives it, not {type(data).__name__}")
        if not isinstance(data.get("text"), str):
            raise ValueError("data must hold the document's text as a str under 'text'")
        try:
            anchor = data.get("date_anchor")
            return cls(
                text=data["text"],
                entities=tuple(Entity(**e) for e in data.get("entities") or ()),
                roles=tuple(Role(**r) for r in data.get("roles") or ()),
                dates=tuple(DateMention(**d) for d in data.get("dates") or ()),
                aliases=tuple(Alias(**a) for a in data.get("aliases") or ()),
                publish_date=parse_publish_date(data.get("publish_date")),
                meta=dict(data.get("meta") or {}),
                date_anchor=DateAnchor(**anchor) if anchor else None,
            )
        except TypeError as error:  # a missing or unknown field in one item
            raise ValueError(f"data does not have the shape of Document.to_dict(): {error}") from None

    @classmethod
    def from_json(cls, text: str) -> Document:
        """The Document that to_json() gave."""
        return cls.from_dict(json.loads(text))

    @property
    def people(self) -> tuple[Person, ...]:
        """Each person once, in order of first mention, with all their positions and parts."""
        by_name: dict[str, dict[str, Any]] = {}
        for entity in sorted(self.entities, key=lambda e: e.start):
            if entity.label == "PERSON":
                by_name.setdefault(entity.text, {"span": (entity.start, entity.end), "positions": [], "parts": []})
        for role in self.roles:
            record = by_name.setdefault(role.person, {"span": (role.start, role.end), "positions": [], "parts": []})
            if role.position not in record["positions"]:
                record["positions"].append(role.position)
            if role.event_role and role.event_role not in record["parts"]:
                record["parts"].append(role.event_role)
        short: dict[str, list[str]] = {}
        for alias in self.aliases:
            if alias.text not in short.setdefault(alias.person, []):
                short[alias.person].append(alias.text)
        people = [
            Person(name, tuple(r["positions"]), tuple(r["parts"]), tuple(short.get(name, ())), *r["span"])
            for name, r in by_name.items()
        ]
        return tuple(sorted(people, key=lambda p: p.start))

    def entities_of(self, label: str) -> tuple[Entity, ...]:
        """Entities with one label, in text order."""
        return tuple(e for e in self.entities if e.label == label)

    def to_dict(self) -> dict[str, Any]:
        """The shape ../shared/eval/score.py reads, plus metadata."""
        return {
            "text": self.text,
            "publish_date": self.publish_date.isoformat() if self.publish_date else None,
            "entities": [asdict(e) for e in self.entities],
            "roles": [asdict(r) for r in self.roles],
            "dates": [asdict(d) for d in self.dates],
            "aliases": [asdict(a) for a in self.aliases],
            "meta": dict(self.meta),
            "date_anchor": asdict(self.date_anchor) if self.date_anchor else None,
        }

    def to_json(self, **kwargs: Any) -> str:
        """to_dict() as JSON, Chinese kept readable."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)


def parse_publish_date(value: Any) -> dt.date | None:
    """None, 'YYYY-MM-DD', a date or a datetime -> date; anything else -> ValueError."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        for parse in (dt.date.fromisoformat, lambda v: dt.datetime.fromisoformat(v).date()):
            try:
                return parse(value.strip())
            except ValueError:
                continue
    raise ValueError(f"publish_date must be None, 'YYYY-MM-DD', a date or a datetime; got {value!r}")
