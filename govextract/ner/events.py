from __future__ import annotations

def find_events(text, places=()):
    return []
