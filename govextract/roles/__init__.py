"""The roles component: who holds which office in which organisation, onto doc._.roles."""
from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..document import Alias
from ..lang.parse import TitleParse
from ..tokenizer import doc_text
from .aliases import find_aliases
from .grammar import SPAN_KEY, find_roles

ALIASES_FILE = "person_aliases.json"
DEFAULT_CONFIG: dict[str, Any] = {"span_key": SPAN_KEY, "aliases": True}

for _name in ("roles", "aliases"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


class RoleExtractor:
    """Reads title chains around PERSON entities; roles carry offsets into doc._.clean_text.

    span_key: the span group whose PERSON spans help (doc.ents when it is absent); aliases: find the
    short references to a person the text makes (唐市长 for 唐良智) besides those a user added.
    """

    def __init__(self, nlp: Language, name: str, *, span_key: str = SPAN_KEY, aliases: bool = True) -> None:
        self.name = name
        self.span_key = span_key
        self.aliases = aliases
        self.person_aliases: dict[str, str] = {}
        self._alias_re: re.Pattern[str] | None = None

    def add_person_aliases(self, aliases: Mapping[str, str]) -> None:
        """Names that stand for a person: {'老王': '王一鸣'} gives an Alias wherever 老王 is written."""
        if not isinstance(aliases, Mapping):
            raise TypeError(f"aliases must be a mapping of alias -> person, got {type(aliases).__name__}")
        for alias, person in aliases.items():
            if not isinstance(alias, str) or not isinstance(person, str) or not alias.strip() or not person.strip():
                raise ValueError(f"aliases must map non-empty str to non-empty str, got {alias!r}: {person!r}")
            self.person_aliases[alias.strip()] = person.strip()
        self._alias_re = None

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        parse = doc._.title_parse
        if not isinstance(parse, TitleParse) or parse.text != text:
            parse = TitleParse(text)  # no entities component before this one
        doc._.roles = find_roles(doc, parse, self.span_key)
        found = find_aliases(text, doc._.roles, parse.titles) if self.aliases else []
        doc._.aliases = found + self._user_aliases(text, found)
        return doc

    def _user_aliases(self, text: str, found: list[Alias]) -> list[Alias]:
        if not self.person_aliases:
            return []
        if self._alias_re is None:
            words = sorted(self.person_aliases, key=len, reverse=True)
            self._alias_re = re.compile("|".join(map(re.escape, words)))
        taken = {(a.start, a.end) for a in found}
        return [Alias(m.group(), self.person_aliases[m.group()], m.start(), m.end())
                for m in self._alias_re.finditer(text) if (m.start(), m.end()) not in taken]

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return json.dumps(self.person_aliases, ensure_ascii=False, sort_keys=True).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> RoleExtractor:
        self.person_aliases = {}
        self.add_person_aliases(json.loads(data.decode("utf-8")) if data else {})
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save the person aliases a user added as path/person_aliases.json."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / ALIASES_FILE).write_bytes(self.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RoleExtractor:
        file = Path(path) / ALIASES_FILE
        return self.from_bytes(file.read_bytes() if file.exists() else b"")


@Language.factory(
    "govextract_roles",
    default_config=DEFAULT_CONFIG,
    assigns=["doc._.roles", "doc._.aliases"],
    requires=["doc._.clean_text"],
)
def make_role_extractor(nlp: Language, name: str, span_key: str, aliases: bool) -> RoleExtractor:
    return RoleExtractor(nlp, name, span_key=span_key, aliases=aliases)
