"""Multilingual crisis detector (pure: no Telegram or database imports).

Usage::

    detector = CrisisDetector.from_directory("content/crisis")
    detection = detector.detect(message_text)  # None or a Detection
"""

from bot.crisis.detector import CrisisDetector
from bot.crisis.lexicon import LexiconError
from bot.crisis.models import Category, Detection, Tier

__all__ = ["Category", "CrisisDetector", "Detection", "LexiconError", "Tier"]
