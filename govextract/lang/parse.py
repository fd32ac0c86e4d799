"""TitleParse: the title grammar's reading of one text, computed once per Doc and read by both
person finding (the entities component) and the roles component (doc._.title_parse).

The titles, the stop offsets and the appointment index depend on the text alone. Title chains also
depend on the names already known, but only on those ending where an organisation before a title may
start, and not on the names the chains themselves read; chains are cached under that part of the
known names, so a reader that knows no other names there gets the same chains without reading again.
"""
from __future__ import annotations

from .appointments import Appointment, AppointmentReader, title_index
from .chains import MAX_ORG, Chain, stop_ends, title_chains
from .titles import TitleLexicon, TitleMatch, find_titles

Chains = tuple[list[Chain], list[TitleMatch]]


class TitleParse:
    """Titles, title chains and appointment notices of one clean text.

    >>> [t.text for t in TitleParse("重庆市市长唐良智出席。").titles]
    ['市长']
    """

    def __init__(self, text: str, lexicon: TitleLexicon | None = None) -> None:
        self.text = text
        self.titles = find_titles(text, lexicon)
        self.stops = stop_ends(text)
        self._org_reach = {i for t in self.titles for i in range(max(0, t.start - MAX_ORG), t.start + 1)}
        self._title_at = title_index(self.titles)
        self._title_ends = {t.end for t in self.titles}
        self._chains: dict[tuple[frozenset[int], frozenset[tuple[int, int]]], Chains] = {}
        self._readings: dict[tuple[frozenset[int], frozenset[int]], Chains] = {}
        self._appointments: dict[frozenset[tuple[int, int]], list[Appointment]] = {}
        self.runs = 0  # title-chain readings done (the rest came from the cache)

    def chains(self, known_name_ends: set[int] | frozenset[int] = frozenset(),
               known_starts: dict[int, int] | None = None) -> Chains:
        """title_chains(text, known_name_ends, known_starts=...), each chain a fresh copy the caller may
        extend; known_starts matter only where a title ends and the name readers read no name."""
        key = frozenset(end for end in known_name_ends if end in self._org_reach)
        found = self._read_chains(key)
        starts = frozenset((s, e) for s, e in (known_starts or {}).items() if s in self._title_ends)
        if starts:
            read = {start for chain in found[0] for start, _ in chain.names}
            starts = frozenset((s, e) for s, e in starts if s not in read)
        if starts:
            if (key, starts) not in self._chains:
                self.runs += 1
                self._chains[(key, starts)] = title_chains(self.text, set(key), titles=self.titles,
                                                           stops=self.stops, known_starts=dict(starts))
            found = self._chains[(key, starts)]
        chains, loose = found
        return [chain.copy() for chain in chains], list(loose)

    def _read_chains(self, key: frozenset[int]) -> Chains:
        """The chains read knowing the name ends in key, computed once per distinct reading."""
        found = self._chains.get((key, frozenset()))
        if found is None:
            for (least, most), result in self._readings.items():
                # a chain's names end after its titles, so knowing them beforehand changes no chain:
                # any known set between K and K + the names read with K reads the same chains
                if least <= key <= most:
                    found = result
                    break
        if found is None:
            self.runs += 1
            found = title_chains(self.text, set(key), titles=self.titles, stops=self.stops)
            read = {end for chain in found[0] for _, end in chain.names if end in self._org_reach}
            self._readings[(key, key | read)] = found
        self._chains[(key, frozenset())] = found
        return found

    def appointments(self, known: dict[int, int]) -> list[Appointment]:
        """Appointment notices, with known names (end -> start) read elsewhere."""
        key = frozenset(known.items())
        if key not in self._appointments:
            reader = AppointmentReader(self.text, self.titles, known, title_at=self._title_at)
            self._appointments[key] = reader.read()
        return list(self._appointments[key])
