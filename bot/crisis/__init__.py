"""Multilingual crisis detector (pure: no Telegram or database imports).

Usage::

    detector = LayeredDetector.from_directory("content/crisis")  # rules + learned model
    detection = detector.detect(message_text)  # None or a Detection
"""

from bot.crisis.detector import CrisisDetector
from bot.crisis.layered import LayeredDetector
from bot.crisis.lexicon import LexiconError
from bot.crisis.model import ModelError
from bot.crisis.models import Category, Detection, Tier

__all__ = [
    "Category",
    "CrisisDetector",
    "Detection",
    "LayeredDetector",
    "LexiconError",
    "ModelError",
    "Tier",
]
