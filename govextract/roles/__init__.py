"""The roles component: who holds which office in which organisation, onto doc._.roles."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..tokenizer import doc_text
from .aliases import find_aliases
from .grammar import find_roles


class RoleExtractor:
    """Reads title chains around PERSON entities; roles carry offsets into doc.text."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.roles = find_roles(doc)
        doc._.aliases = find_aliases(doc_text(doc), doc._.roles)
        return doc


@Language.factory("govextract_roles", default_config={})
def make_role_extractor(nlp: Language, name: str) -> RoleExtractor:
    return RoleExtractor(nlp, name)
