"""Shared fixtures for the crisis detector tests: the detector is loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.crisis import CrisisDetector

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content" / "crisis"
DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def detector() -> CrisisDetector:
    """Return the detector loaded from the real content directory."""
    return CrisisDetector.from_directory(CONTENT)
