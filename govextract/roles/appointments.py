"""Moved to govextract.lang.appointments (the title grammar belongs to the language layer)."""
from __future__ import annotations

from ..lang.appointments import Appointment, AppointmentReader, title_index

__all__ = ["Appointment", "AppointmentReader", "title_index"]
