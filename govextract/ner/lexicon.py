"""What a user adds to a pipeline's entities: organisations, places and titles, saved with the pipeline.

    nlp = govextract.load()
    ents = nlp.get_pipe("govextract_entities")
    ents.add_organisations(["蓝海数据集团"], aliases={"蓝海集团": "蓝海数据集团"})
    ents.add_places(["云梦泽"], label="LOC")
    ents.add_titles(["首席数据官"])
    nlp.to_disk(path)   # spacy.load(path) has them again
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..lang.gazetteer import trie_pattern
from ..lang.titles import TitleLexicon

PLACE_LABELS = ("GPE", "LOC")
Span = tuple[int, int, str]


def _words(value: Iterable[str], what: str) -> list[str]:
    if isinstance(value, str):
        raise TypeError(f"{what} must be an iterable of str, not one str: wrap it in a list")
    words = list(value)
    bad = [w for w in words if not isinstance(w, str) or not w.strip()]
    if bad:
        raise ValueError(f"{what} must be non-empty strings, got {bad[:3]!r}")
    return [w.strip() for w in words]


@dataclass
class UserLexicon:
    """Organisations (name -> canonical name), places (name -> GPE or LOC) and titles a user added."""

    organisations: dict[str, str] = field(default_factory=dict)
    places: dict[str, str] = field(default_factory=dict)
    titles: list[str] = field(default_factory=list)
    _pattern: re.Pattern[str] | None = field(default=None, repr=False, compare=False)
    _titles: TitleLexicon | None = field(default=None, repr=False, compare=False)

    def add_organisations(self, names: Iterable[str], aliases: Mapping[str, str] | None = None) -> None:
        for name in _words(names, "names"):
            self.organisations[name] = name
        for alias, full in (aliases or {}).items():
            self.organisations[_words([alias], "aliases")[0]] = _words([full], "aliases")[0]
        self._pattern = None

    def add_places(self, names: Iterable[str], label: str = "GPE") -> None:
        if label not in PLACE_LABELS:
            raise ValueError(f"label must be one of {PLACE_LABELS}, got {label!r}")
        for name in _words(names, "names"):
            self.places[name] = label
        self._pattern = None

    def add_titles(self, titles: Iterable[str]) -> None:
        for title in _words(titles, "titles"):
            if title not in self.titles:
                self.titles.append(title)
        self._titles = None

    @property
    def title_lexicon(self) -> TitleLexicon | None:
        """The title lexicon with the user's titles, or None for the shipped one."""
        if not self.titles:
            return None
        if self._titles is None:
            self._titles = TitleLexicon(self.titles)
        return self._titles

    def find(self, text: str) -> list[Span]:
        """(start, end, label) of every user organisation and place in text, longest first at a position."""
        if not self.organisations and not self.places:
            return []
        if self._pattern is None:
            self._pattern = re.compile(trie_pattern([*self.organisations, *self.places]))
        return [(m.start(), m.end(), self.places.get(m.group(), "ORG")) for m in self._pattern.finditer(text)]

    def canonical(self, name: str, label: str) -> str | None:
        """The full name of a user organisation written as an alias."""
        full = self.organisations.get(name) if label == "ORG" else None
        return full if full != name else None

    def to_json(self) -> dict[str, Any]:
        return {"organisations": self.organisations, "places": self.places, "titles": self.titles}

    def to_bytes(self) -> bytes:
        return json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> UserLexicon:
        fields = json.loads(data.decode("utf-8")) if data else {}
        return cls(dict(fields.get("organisations", {})), dict(fields.get("places", {})),
                   list(fields.get("titles", [])))
