"""Value types of the crisis detector: tiers, categories, rules and detections."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from bot.domain.tiers import Tier

__all__ = ["Tier"]  # the tiers live in the domain: flags and escalation use them too


class Category(StrEnum):
    """What kind of crisis a detection is about."""

    IDEATION = "ideation"
    PLAN_OR_MEANS = "plan_or_means"
    SELF_HARM = "self_harm"
    OVERDOSE = "overdose"
    FAREWELL = "farewell"
    HARM_TO_OTHERS = "harm_to_others"
    DANGER_ABUSE = "danger_abuse"
    THIRD_PARTY = "third_party"


class RuleKind(StrEnum):
    """How a lexicon entry takes part in detection."""

    RISK = "risk"  # flags on its own
    WEAK = "weak"  # flags only when two different weak rules of one group match
    IDIOM = "idiom"  # suppresses risk matches overlapping its own span
    ESCALATOR = "escalator"  # raises a HIGH match in the same sentence to IMMINENT


@dataclass(frozen=True, slots=True)
class Rule:
    """One compiled lexicon entry."""

    id: str
    lang: str
    kind: RuleKind
    regex: re.Pattern[str]
    category: Category | None = None
    tier: Tier | None = None
    group: str = ""
    role: str = ""  # weak only: a group with roles fires on two DIFFERENT roles
    reach: int = 0  # weak only: max characters between two partner matches (0 = anywhere)
    negatable: bool = True
    past: bool = True
    branches: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = ()
    source: str = ""
    line: int = 0


@dataclass(frozen=True, slots=True)
class Detection:
    """Why a message was flagged: tier, category, spans into the original text, rule ids."""

    tier: Tier
    category: Category
    spans: tuple[tuple[int, int], ...]
    rules: tuple[str, ...]
    score: float | None = None  # the learned layer's probability, when it fired
    layers: tuple[str, ...] = ("rules",)  # which layers fired: "rules", "model"

    def language(self) -> str | None:
        """The language the rules that fired are written for ("es" for `es.plan.method`), when
        they agree on one; None for a hit of the model alone or of shared rules."""
        found = {rule.split(".", 1)[0] for rule in self.rules if "." in rule and "@" not in rule}
        found.discard("shared")
        return found.pop() if len(found) == 1 else None

    def to_json(self) -> dict[str, object]:
        """Return a JSON-ready dict (no message text, only offsets and ids)."""
        return {
            "flagged": True,
            "tier": self.tier.value,
            "category": self.category.value,
            "rules": list(self.rules),
            "spans": [list(s) for s in self.spans],
            "layers": list(self.layers),
            "score": None if self.score is None else round(self.score, 3),
        }


@dataclass(frozen=True, slots=True)
class Hit:
    """A surviving rule match in normalised coordinates (internal)."""

    rule: Rule
    start: int
    end: int
    tier: Tier
    category: Category
    cue: tuple[str, int, int] | None = None  # escalator (rule id, start, end), if any
