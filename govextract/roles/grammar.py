"""Title-chain grammar (placeholder until the roles work lands)."""
from __future__ import annotations

from spacy.tokens import Doc

from ..document import Role


def find_roles(doc: Doc) -> list[Role]:
    """Roles with start/end in doc.text coordinates."""
    return []
