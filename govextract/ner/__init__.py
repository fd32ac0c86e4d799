"""The entities component: PERSON, ORG, GPE, LOC, EVENT, LAW onto doc.ents and a span group."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..chunking import MAX_LENGTH, over_pieces
from ..intervals import SpanIndex
from ..lang.parse import TitleParse
from ..tokenizer import doc_text
from .backstop import MIN_CONFIDENCE
from .lexicon import UserLexicon
from .rules import canonical_name, find_entities

SPAN_KEY = "govextract_entities"
LEXICON_FILE = "lexicon.json"
DEFAULT_CONFIG: dict[str, Any] = {
    "model": True,
    "model_threshold": MIN_CONFIDENCE,
    "overwrite_ents": False,
    "span_key": SPAN_KEY,
}

if not Doc.has_extension("title_parse"):
    # the title grammar's reading of doc.text, shared with the roles component; never serialised
    Doc.set_extension("title_parse", default=None)


class EntityRecognizer:
    """Finds entities in the normalised text; nested ones stay in doc.spans[span_key].

    model: add the statistical model's confident spans where no rule span lies, at marginal
    probability >= model_threshold; overwrite_ents: replace entities an earlier component set (an
    entity_ruler) instead of keeping them; span_key: the span group for all spans, nested included.
    """

    def __init__(self, nlp: Language, name: str, *, model: bool = True, model_threshold: float = MIN_CONFIDENCE,
                 overwrite_ents: bool = False, span_key: str = SPAN_KEY) -> None:
        if not 0.0 <= model_threshold <= 1.0:
            raise ValueError(f"model_threshold must be between 0 and 1, got {model_threshold!r}")
        self.name = name
        self.model = model
        self.model_threshold = model_threshold
        self.overwrite_ents = overwrite_ents
        self.span_key = span_key
        self.lexicon = UserLexicon()

    def add_organisations(self, names: Iterable[str], aliases: Mapping[str, str] | None = None) -> None:
        """Organisations to find as written, and short names: (['蓝海数据集团'], {'蓝海集团': '蓝海数据集团'})."""
        self.lexicon.add_organisations(names, aliases)

    def add_places(self, names: Iterable[str], label: str = "GPE") -> None:
        """Places to find as written, labelled GPE (a place with a government) or LOC."""
        self.lexicon.add_places(names, label)

    def add_titles(self, titles: Iterable[str]) -> None:
        """Office titles the title grammar reads besides data/titles.tsv: ['首席数据官']."""
        self.lexicon.add_titles(titles)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        parse = TitleParse(text, self.lexicon.title_lexicon)
        doc._.title_parse = parse

        def find(piece: str) -> list[tuple[int, int, str]]:
            # a long text is read in pieces (memory stays bounded); a short one is its own piece
            piece_parse = parse if len(piece) == len(text) else TitleParse(piece, self.lexicon.title_lexicon)
            return find_entities(piece, piece_parse, model=self.model, model_threshold=self.model_threshold)

        user = self.lexicon.find(text)
        taken = SpanIndex((start, end) for start, end, _ in user)
        found = [s for s in over_pieces(text, find) if not taken.overlaps(s[0], s[1])]
        found = sorted(user + found, key=lambda s: (s[0], -s[1], s[2]))
        # entities an earlier component set (an entity_ruler) win, unless overwrite_ents
        upstream = [] if self.overwrite_ents else [(e.start_char, e.end_char, e.label_, e.kb_id_) for e in doc.ents]
        if upstream:
            set_upstream = SpanIndex((a, b) for a, b, _, _ in upstream)
            found = [s for s in found if not set_upstream.overlaps(s[0], s[1])]
        split_tokens_at(doc, (offset for start, end, _ in found for offset in (start, end)))
        span_at = _char_span_maker(doc, text)
        spans = [span_at(a, b, label, kb_id) for a, b, label, kb_id in upstream]
        for start, end, label in found:
            kb_id = self.lexicon.canonical(text[start:end], label) or canonical_name(text[start:end], label) or ""
            spans.append(span_at(start, end, label, kb_id))
        set_entities(doc, [span for span in spans if span is not None], self.span_key)
        return doc

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        return self.lexicon.to_bytes()

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> EntityRecognizer:
        self.lexicon = UserLexicon.from_bytes(data)
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save what a user added (organisations, places, titles) as path/lexicon.json."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / LEXICON_FILE).write_bytes(self.lexicon.to_bytes())

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> EntityRecognizer:
        file = Path(path) / LEXICON_FILE
        self.lexicon = UserLexicon.from_bytes(file.read_bytes()) if file.exists() else UserLexicon()
        return self


def _char_span_maker(doc: Doc, text: str) -> Callable[[int, int, str, str], Span | None]:
    """doc.char_span for this doc; with one token per character a span is made from its offsets directly."""
    if len(doc) == len(text):
        return lambda start, end, label, kb_id: Span(doc, start, end, label=label, kb_id=kb_id)
    return lambda start, end, label, kb_id: doc.char_span(start, end, label=label, kb_id=kb_id)


def split_tokens_at(doc: Doc, offsets: Iterable[int]) -> None:
    """Split word tokens so that every offset in doc.text is a token boundary.

    Entities are found on the text, not on tokens; with a word segmenter (the pkuseg backend) an
    entity may start or end inside a word, and doc.char_span would give None and lose it.
    """
    if len(doc) == len(doc_text(doc)):  # one token per character: every offset is a boundary
        return
    cuts = sorted(set(offsets))
    with doc.retokenize() as retokenizer:
        for token in doc:
            first, end = token.idx, token.idx + len(token.text)
            inside = cuts[bisect_right(cuts, first):bisect_right(cuts, end - 1)]
            if inside:
                edges = [0, *(cut - first for cut in inside), len(token.text)]
                pieces = [token.text[a:b] for a, b in zip(edges, edges[1:])]
                retokenizer.split(token, pieces, heads=[(token, 0)] * len(pieces))


def set_entities(doc: Doc, spans: list[Span], span_key: str = SPAN_KEY) -> None:
    """Store all spans (overlaps allowed) in the span group, the longest non-overlapping in doc.ents."""
    doc.spans[span_key] = spans
    doc.ents = filter_spans(spans)


@Language.factory(
    "govextract_entities",
    default_config=DEFAULT_CONFIG,
    assigns=["doc.ents", "token.ent_iob", "token.ent_type", "doc.spans", "doc._.title_parse"],
    requires=["doc._.clean_text"],
)
def make_entity_recognizer(nlp: Language, name: str, model: bool, model_threshold: float, overwrite_ents: bool,
                           span_key: str) -> EntityRecognizer:
    nlp.max_length = max(nlp.max_length, MAX_LENGTH)  # also for a pipeline spacy.load() reads back
    return EntityRecognizer(nlp, name, model=model, model_threshold=model_threshold, overwrite_ents=overwrite_ents,
                            span_key=span_key)
