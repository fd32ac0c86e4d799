"""The spacy-pkuseg model files (features.msgpack, weights.npz) of govextract's pkuseg backend."""
from __future__ import annotations

from pathlib import Path

MODEL_DIR = Path(__file__).resolve().parent
