"""Moved to govextract.lang.chains (the title grammar belongs to the language layer)."""
from __future__ import annotations

from ..lang.chains import (
    MAX_ORG,
    NAME_TAIL_RE,
    STOP_RE,
    Chain,
    Post,
    inherit_region,
    org_start,
    stop_ends,
    title_chains,
)

__all__ = ["MAX_ORG", "NAME_TAIL_RE", "STOP_RE", "Chain", "Post", "inherit_region", "org_start", "stop_ends",
           "title_chains"]
