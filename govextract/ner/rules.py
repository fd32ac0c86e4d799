"""Rule-based entity finder: each label's finder over the package's data files, merged."""
from __future__ import annotations

from .events import find_events
from .laws import find_laws
from .orgs import find_orgs
from .places import find_places

try:  # PERSON rules live in their own module, written alongside these
    from .persons import find_persons
except ImportError:  # pragma: no cover - only before persons.py exists
    def find_persons(text: str) -> list[tuple[int, int, str]]:
        return []


def find_entities(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) spans in the normalised text, overlaps allowed, sorted by position."""
    spans: set[tuple[int, int, str]] = set()
    persons = find_persons(text)
    spans.update(persons)
    places = find_places(text)
    spans.update(places)
    spans.update(find_orgs(text, places, persons))
    spans.update(find_events(text, places))
    spans.update(find_laws(text))
    return sorted(spans, key=lambda s: (s[0], -s[1], s[2]))
