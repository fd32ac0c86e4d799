"""Rule-based entity finder: each label's finder over the package's data files, merged."""
from __future__ import annotations

from ..data import tables
from ..lang.parse import TitleParse
from .aliases import defined_aliases
from .backstop import MIN_CONFIDENCE, model_spans
from .events import SESSION_MEETING, find_events
from .laws import find_laws
from .names import LEVEL_CHARS, is_han, spans_containing
from .orgs import build_pieces, canonical_org, find_orgs
from .persons import find_persons
from .places import canonical_place, find_places

Span = tuple[int, int, str]
# The country's own name opens national bodies (中国工程院); it is a place only where it stands alone.
NATIONAL_NAMES = frozenset(tables.place_words("national"))
# A foreign country or a region outside the mainland opening a brand is the brand's home, a place:
# 美国 in 美国宾州大学, 香港 in 香港新华集团 (a mainland city's name in a brand is part of it: 北京科技大学).
HOME_NAMES = frozenset(form for country in tables.countries() if country.name not in NATIONAL_NAMES
                       for form in (country.name, *country.aliases)) | frozenset(tables.place_words("outside_mainland"))


def find_entities(text: str, parse: TitleParse | None = None, *, model: bool = True,
                  model_threshold: float = MIN_CONFIDENCE) -> list[Span]:
    """(start, end, label) spans in the normalised text, overlaps allowed, sorted by position.

    parse: the text's TitleParse, where the caller keeps one; model: add the statistical model's
    confident spans (marginal probability >= model_threshold) where no rule span lies.
    """
    persons = find_persons(text, parse)
    places = find_places(text)
    pieces = build_pieces(text, places, persons)
    orgs = _not_across_names(find_orgs(text, pieces=pieces), persons)
    laws = find_laws(text)
    events = _signings_whole(find_events(text, pieces, persons), laws)
    spans = set(persons) | set(orgs) | set(events) | set(laws)
    spans.update(_places_kept(text, places, orgs + events, persons, pieces.brands))
    spans.difference_update(_session_bodies(text, orgs, events))
    spans.update(defined_aliases(text, list(spans)))
    if model:
        spans.update(model_spans(text, list(spans), model_threshold))
    return sorted(spans, key=lambda s: (s[0], -s[1], s[2]))


def _signings_whole(events: list[Span], laws: list[Span]) -> list[Span]:
    """An event that opens inside the agreement it signs opens with it: 甲市人民政府与乙大学战略合作协议
    签约仪式, not 乙大学战略合作协议签约仪式."""
    if not laws:
        return events
    widened = []
    for start, end, label in events:
        opening = min((law_start for law_start, law_end, _ in laws if law_start < start < law_end <= end),
                      default=start)
        widened.append((opening, end, label))
    return widened


def _not_across_names(orgs: list[Span], persons: list[Span]) -> list[Span]:
    """Organisations less those that open inside a person's name: 华为 in 刘春华为县长 runs past it,
    海军 in 副盟长张海军 ends in it."""
    inside = {i for start, end, _ in persons for i in range(start + 1, end)}
    return [span for span in orgs if span[0] not in inside]


def canonical_name(name: str, label: str) -> str | None:
    """The full name an entity stands for, where the data knows it: ('工信部', 'ORG') -> '工业和信息化部'."""
    if label == "ORG":
        full = canonical_org(name)
    elif label in ("GPE", "LOC"):
        full = canonical_place(name)
    else:
        full = None
    return full if full != name else None


def _places_kept(text: str, places: list[Span], names: list[Span], persons: list[Span],
                 brands: list[Span]) -> list[Span]:
    """Places, less letters of another word (关中 in 城关中学, 里昂 in 勒布里昂, 中国 in 中国工程院)
    and parts of a brand (北京 in 北京科技大学, 中国 in 中国台湾网)."""
    place_ends = {end for _, end, _ in places}
    place_starts = {start for start, _, _ in places}
    in_person = spans_containing(persons)
    in_name = spans_containing(names)
    in_brand = spans_containing(brands)
    kept = []
    homes = {end for start, end, _ in places if text[start:end] in HOME_NAMES and in_brand(start, end) == start}
    for span in places:
        start, end, _ = span
        if in_person(start, end) is not None:
            continue
        brand = in_brand(start, end)
        if brand is not None and start in homes:
            continue  # 宾州 in 美国宾州大学: the brand's own name after its home
        if brand is not None and text[end - 1] not in LEVEL_CHARS and end not in homes:
            continue  # a short name in a brand; 澄城县 in 澄城县城关中学 names the county's school
        container = in_name(start, end)
        if container is not None:
            if text[start:end] in NATIONAL_NAMES and end not in place_starts:  # 中国江苏常州市 keeps 中国
                continue
            if end - start <= 2 and start > container and start not in place_ends and is_han(text[start - 1]):
                continue
        kept.append(span)
    return kept


def _session_bodies(text: str, orgs: list[Span], events: list[Span]) -> set[Span]:
    """Organisations that only name the body holding a session: 东川省十三届人大 in 东川省十三届人大三次会议."""
    in_event = spans_containing(events)
    return {org for org in orgs if SESSION_MEETING.match(text, org[1]) and in_event(org[0], org[1]) is not None}
