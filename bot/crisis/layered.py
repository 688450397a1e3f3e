"""Both layers together: the rules (with their "why") and the learned model (with its score).

A message is flagged when either layer fires. The rules give the tier, category, rule ids and
highlighted spans; a model hit adds its probability (as the pseudo rule id `model@0.87`) and
the sentence that scored highest. A message only the model flags is treated as HIGH ideation:
a human should look at it soon, and the highlighted sentence shows them why.

Texts are cut at Telegram's limit (4,096 characters) before either layer sees them, and the
last results are kept, so the check made when an update is stored is reused when it is
handled (one detection per update).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, replace
from pathlib import Path

from bot.crisis.detector import CrisisDetector
from bot.crisis.model import CrisisModel, ModelScore
from bot.crisis.models import Category, Detection, Tier

MAX_CHARS = 4096
CACHE_SIZE = 256
MODEL_FOLDER = "model"
MODEL_ONLY_TIER = Tier.HIGH
MODEL_ONLY_CATEGORY = Category.IDEATION
# The text of the update being handled when the check made as it was stored found nothing
# (set by the inbox around handling): `detect` answers None for exactly that text without
# running either layer again, however long the backlog was (one detection per update).
CHECKED_HARMLESS: ContextVar[str | None] = ContextVar("checked_harmless", default=None)


@dataclass(frozen=True, slots=True)
class Assessment:
    """What each layer said about one message."""

    rules: Detection | None
    model: ModelScore | None

    @property
    def flagged(self) -> bool:
        """True when either layer fires."""
        return self.rules is not None or (self.model is not None and self.model.flagged)


class LayeredDetector:
    """The rules and the model side by side, behind the rules' `detect` interface."""

    def __init__(
        self,
        rules: CrisisDetector,
        model: CrisisModel | None,
        on_model_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Combine a loaded rule detector with a loaded model (None: rules only).

        `on_model_error` hears of a model failure (the composition root logs it); the rules
        still decide that message, so a bug in one layer never silences the other.
        """
        self.rules = rules
        self.model = model
        self.on_model_error = on_model_error
        self._recent: OrderedDict[str, Detection | None] = OrderedDict()

    @classmethod
    def from_directory(
        cls, folder: Path | str, on_model_error: Callable[[Exception], None] | None = None
    ) -> LayeredDetector:
        """Load the rules of folder and the model of folder/model; raise on broken files."""
        path = Path(folder)
        rules, model = CrisisDetector.from_directory(path), CrisisModel.load(path / MODEL_FOLDER)
        return cls(rules, model, on_model_error)

    def assess(self, text: str) -> Assessment:
        """Return both layers' verdicts on the (cut) text."""
        cut = text[:MAX_CHARS]
        model: ModelScore | None = None
        if self.model is not None:
            try:
                model = self.model.score(cut)
            except Exception as error:  # the rules still run; the caller is told
                if self.on_model_error is not None:
                    self.on_model_error(error)
        return Assessment(self.rules.detect(cut), model)

    def detect(self, text: str, lang: str | None = None) -> Detection | None:
        """Return a Detection when either layer fires, else None (cached for recent texts)."""
        del lang
        cut = text[:MAX_CHARS]
        harmless = CHECKED_HARMLESS.get()
        if harmless is not None and harmless[:MAX_CHARS] == cut:
            return None
        if cut in self._recent:
            self._recent.move_to_end(cut)
            return self._recent[cut]
        result = combine(self.assess(cut))
        self._recent[cut] = result
        if len(self._recent) > CACHE_SIZE:
            self._recent.popitem(last=False)
        return result


def combine(assessment: Assessment) -> Detection | None:
    """Merge the two verdicts into one Detection (see the module docstring)."""
    rules, model = assessment.rules, assessment.model
    hit = model is not None and model.flagged
    if rules is None and not hit:
        return None
    if model is None or not hit:
        return rules
    tag = f"model@{model.probability:.2f}"
    if rules is None:
        spans = (model.span,) if model.span[1] > model.span[0] else ()
        return Detection(
            MODEL_ONLY_TIER, MODEL_ONLY_CATEGORY, spans, (tag,), model.probability, ("model",)
        )
    return replace(
        rules, rules=(*rules.rules, tag), score=model.probability, layers=("rules", "model")
    )
