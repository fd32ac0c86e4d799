"""Office timelines: a sole holder's tenure ends where the next holder's appointment begins."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .identity import is_shared_title

if TYPE_CHECKING:
    from .store import Tenure

DEPUTY_MARK = "副"  # 副市长: several at once


def is_sole_office(title: str | None, tenures: list[Tenure]) -> bool:
    """One holder at a time: not a deputy or shared title, and no two holders seen in office together."""
    if not title or DEPUTY_MARK in title or is_shared_title(title):
        return False
    spans = sorted((t.start, t.end) for t in tenures if t.start and t.end)
    return all(later[0] >= earlier[1] for earlier, later in zip(spans, spans[1:]))


def with_successions(title: str | None, tenures: list[Tenure]) -> list[Tenure]:
    """Tenures of one office in order of taking it; in a sole office, one that no removal ends is ended
    by the next holder's appointment (end_basis 'succeeded').

    Example: 甲市市长 王小明 (first seen 2019-01-05, last 2019-06-01), then 李红 appointed 2019-09-01:
    王小明's tenure ends 2019-09-01, succeeded.
    """
    if not is_sole_office(title, tenures):
        return tenures
    ended = []
    for tenure, following in zip(tenures, [*tenures[1:], None]):
        if (following is not None and tenure.end_basis != "removed" and following.start_basis == "appointed"
                and following.start and (tenure.start or "") <= following.start):
            tenure = replace(tenure, end=following.start, end_basis="succeeded")
        ended.append(tenure)
    return ended
