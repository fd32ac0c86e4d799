"""The character CRF decoded with numpy: one array pass scores every character of a document.

crfsuite's own tagger takes twelve feature strings per character, and building and converting those
strings was most of the model's time. Here the model's weights sit in integer-keyed tables
(training/export_crf_tables.py derives them from the crfsuite model), a document's characters become
ids once, each feature template is one array lookup, and one Viterbi pass runs over all of a
document's pieces side by side. The result is the path crfsuite finds (tests compare them).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

# Where each template looks, relative to the character tagged (see model.features).
CHAR_TEMPLATES = {"c-2": -2, "c-1": -1, "c0": 0, "c1": 1, "c2": 2}
PAIR_TEMPLATES = {"b-2": (-2, -1), "b-1": (-1, 0), "b0": (0, 1), "b1": (1, 2), "s": (-1, 1)}
# The letters of the t (character type) and f (character class) trigrams; ^ and $ mark a piece's edges.
TRIGRAM_LETTERS = {"t": "HNDLPWO^$", "f": "SOPabcd-^$"}
_OTHER_TYPE, _NO_CLASS = "O", "-"
# Code points past this one are read as one unknown character (the model names none of them).
_LAST_CODE = 0x2FFFF


class CRFDecoder:
    """Viterbi decoding of a linear-chain CRF from weight tables, many sequences at a time."""

    def __init__(self, arrays: Mapping[str, np.ndarray], canonical: Mapping[int, str],
                 types: Mapping[int, str], classes: Mapping[int, str]) -> None:
        self.labels = [str(label) for label in arrays["labels"]]
        self.transitions = np.asarray(arrays["transitions"], dtype=np.float64)
        self.canonical = canonical
        chars = np.asarray(arrays["chars"])
        if chars.size and int(chars.max()) >= _LAST_CODE:
            raise ValueError("the CRF tables name a character past U+2FFFE")
        self.size = len(chars) + 1
        self.char_id = np.zeros(_LAST_CODE + 1, dtype=np.int64)
        self.char_id[chars] = np.arange(1, self.size)
        n_labels = len(self.labels)
        self.char_weights = {name: self._dense(arrays, name, self.size, n_labels) for name in CHAR_TEMPLATES}
        # pair tables stay sparse (sorted keys); a key not found reads the zero row appended last
        self.pair_tables = {name: (np.asarray(arrays[f"keys {name}"]),
                                   np.vstack([arrays[f"weights {name}"], np.zeros((1, n_labels))]))
                            for name in PAIR_TEMPLATES}
        self.trigram_weights = {name: self._dense(arrays, name, len(letters) ** 3, n_labels)
                                for name, letters in TRIGRAM_LETTERS.items()}
        self.letter_codes = {"t": self._letter_codes(types, TRIGRAM_LETTERS["t"], _OTHER_TYPE),
                             "f": self._letter_codes(classes, TRIGRAM_LETTERS["f"], _NO_CLASS)}

    @staticmethod
    def _dense(arrays: Mapping[str, np.ndarray], name: str, size: int, n_labels: int) -> np.ndarray:
        table = np.zeros((size, n_labels))
        table[np.asarray(arrays[f"keys {name}"])] = arrays[f"weights {name}"]
        return table

    @staticmethod
    def _letter_codes(letter_of: Mapping[int, str], letters: str, default: str) -> np.ndarray:
        """Code point -> index of its letter in `letters` (`default` where it has none of them)."""
        codes = np.full(_LAST_CODE + 1, letters.index(default), dtype=np.int64)
        known = [(code, letters.index(letter)) for code, letter in letter_of.items()
                 if code <= _LAST_CODE and letter in letters[:-2]]
        if known:
            points, indexes = zip(*known)
            codes[list(points)] = indexes
        return codes

    def scores(self, pieces: Sequence[str]) -> np.ndarray:
        """State scores (characters of all pieces in order x labels)."""
        text = "".join(f"^^{piece.translate(self.canonical)}$$" for piece in pieces)
        points = np.minimum(np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32), _LAST_CODE)
        lengths = np.fromiter(map(len, pieces), dtype=np.int64, count=len(pieces))
        starts = np.cumsum(lengths + 4) - lengths - 2  # where each piece's first character sits
        at = np.repeat(starts - np.cumsum(lengths) + lengths, lengths) + np.arange(int(lengths.sum()))
        ids = self.char_id[points]
        total = np.zeros((len(at), len(self.labels)))
        for name, offset in CHAR_TEMPLATES.items():
            total += self.char_weights[name][ids[at + offset]]
        for name, (first, second) in PAIR_TEMPLATES.items():
            keys, rows = self.pair_tables[name]
            wanted = ids[at + first] * self.size + ids[at + second]
            found = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
            total += rows[np.where(keys[found] == wanted, found, len(keys))]
        for name, letters in TRIGRAM_LETTERS.items():
            codes = self.letter_codes[name][points]
            codes[starts - 1] = len(letters) - 2  # ^ before a piece
            codes[starts + lengths] = len(letters) - 1  # $ after it
            width = len(letters)
            total += self.trigram_weights[name][(codes[at - 1] * width + codes[at]) * width + codes[at + 1]]
        return total

    def tag(self, pieces: Sequence[str]) -> list[list[str]]:
        """The best label sequence of each piece, as crfsuite's Tagger.tag gives it."""
        if not pieces:
            return []
        lengths = [len(piece) for piece in pieces]
        paths = self.viterbi(self.scores(pieces), np.array(lengths))
        labels = self.labels
        out, start = [], 0
        for n in lengths:
            out.append([labels[i] for i in paths[start:start + n]])
            start += n
        return out

    def viterbi(self, scores: np.ndarray, lengths: np.ndarray) -> list[int]:
        """Label ids along the best path of each sequence; the sequences lie end to end in `scores`.

        Array operations cost the same for one sequence as for all of them, so the recursion runs over
        every sequence at once, and from both ends: each sequence's first half forward from its start,
        its second half backward from its end, all aligned to meet at the last step, where the two
        halves join through one transition. Half the steps, and the same path as one forward pass."""
        count, n_labels = len(lengths), len(self.labels)
        head = (lengths + 1) // 2  # the forward half: positions [0, head); the backward half: the rest
        halves = np.concatenate([head, lengths - head])
        steps = int(halves.max())
        opens = steps - halves  # the step at which each half starts (right-aligned)
        step = np.arange(steps)[:, None]
        inside = step >= opens
        starts = np.cumsum(lengths) - lengths
        direction = np.repeat([1, -1], count)
        source = np.where(inside, np.concatenate([starts, starts + lengths - 1]) + direction * (step - opens), 0)
        padded = np.where(inside[:, :, None], scores[source], 0.0)
        rows = np.arange(2 * count)
        carries = inside.copy()
        carries[np.minimum(opens, steps - 1), rows] = False  # a half's first character has no previous one
        carry = carries[:, :, None].astype(np.float64)
        # into[half, y, p]: the score of reaching y from p (a backward half reads the transitions reversed)
        into = np.concatenate([np.broadcast_to(self.transitions.T, (count, n_labels, n_labels)),
                               np.broadcast_to(self.transitions, (count, n_labels, n_labels))])
        back = np.empty((steps, 2 * count, n_labels), dtype=np.intp)
        flat = np.arange(2 * count * n_labels) * n_labels
        best = padded[0].copy()
        for t in range(1, steps):
            candidates = best[:, None, :] + into
            came = back[t] = candidates.argmax(axis=2)
            best = candidates.take(flat + came.ravel()).reshape(2 * count, n_labels)
            best *= carry[t]
            best += padded[t]
        forward, backward = best[:count], best[count:]
        meeting = forward[:, :, None] + self.transitions + np.where((halves[count:] > 0)[:, None, None],
                                                                    backward[:, None, :], 0.0)
        pair = meeting.reshape(count, -1).argmax(axis=1)
        label = np.concatenate([pair // n_labels, pair % n_labels])
        path = np.empty((steps, 2 * count), dtype=np.int64)
        path[-1] = label
        for t in range(steps - 1, 0, -1):
            label = back[t, rows, label]
            path[t - 1] = label
        out = np.empty(int(lengths.sum()), dtype=np.int64)
        out[source[inside]] = path[inside]
        return out.tolist()
