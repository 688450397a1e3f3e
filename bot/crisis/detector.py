"""The crisis detector: load the lexicon once, then flag messages quickly."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from pathlib import Path

from bot.crisis.context import LOOKBACK, Sentences, about_someone_else, negated, recovered
from bot.crisis.lexicon import LanguagePack, Lexicon, merge_packs
from bot.crisis.loader import load_lexicon
from bot.crisis.models import Category, Detection, Hit, Rule, RuleKind, Tier
from bot.crisis.normalize import NormalizedText
from bot.crisis.prefilter import AnchorIndex

_THIRD_PARTY_ELIGIBLE = frozenset(
    {
        Category.IDEATION,
        Category.PLAN_OR_MEANS,
        Category.SELF_HARM,
        Category.OVERDOSE,
        Category.FAREWELL,
    }
)
_SCORING = frozenset({RuleKind.RISK, RuleKind.WEAK})
_EMPTY: tuple[LanguagePack, ...] = ()


class CrisisDetector:
    """Flags messages that suggest a crisis, in any of the loaded languages at once."""

    def __init__(self, lexicon: Lexicon) -> None:
        """Index every rule branch by its anchors for fast candidate selection."""
        self.lexicon = lexicon
        self._branches: list[tuple[Rule, re.Pattern[str]]] = [
            (rule, rx) for rule in lexicon.rules for rx, _ in rule.branches
        ]
        anchors = [a for rule in lexicon.rules for _, a in rule.branches]
        self._index = AnchorIndex(list(enumerate(anchors)))
        self._scoring = frozenset(
            k for k, (rule, _) in enumerate(self._branches) if rule.kind in _SCORING
        )
        self._packs = dict(lexicon.packs)
        self._context = (merge_packs(list(self._packs.values())),) if self._packs else _EMPTY

    @classmethod
    def from_directory(cls, path: Path | str) -> CrisisDetector:
        """Load every lexicon file in path (e.g. content/crisis); raises LexiconError."""
        return cls(load_lexicon(path))

    @property
    def languages(self) -> tuple[str, ...]:
        """Return the language codes that have a lexicon."""
        return tuple(sorted(self._packs))

    def normalize(self, text: str) -> NormalizedText:
        """Return the normalised copy of text the rules are matched against."""
        return self.lexicon.normalizer.normalize(text)

    def detect(self, text: str, lang: str | None = None) -> Detection | None:
        """Return a Detection if text suggests a crisis, else None.

        Every message is checked against all languages at once, and the context cues
        (negation, recovery, third party) of all languages apply to every rule, since
        people mix languages. `lang` (the member's language) is accepted for callers
        that know it; it is validated loosely and does not change the result today.
        """
        del lang
        if not text or text.isspace():
            return None
        norm = self.normalize(text)
        t = norm.text
        cand = self._index.candidates(t)
        if not cand or not self._scoring.intersection(cand):
            return None
        sentences = Sentences(t)
        found = self._matches(t, sentences, cand)
        raw = found[RuleKind.RISK] + found[RuleKind.WEAK]
        if not raw:
            return None
        idioms = _Spans([(s, e) for _, s, e in found[RuleKind.IDIOM]])
        hits = _combine_weak(t, self._judge_all(t, sentences, idioms, raw))
        if not hits:
            return None
        hits = _escalate(sentences, found[RuleKind.ESCALATOR], hits)
        return _detection(norm, hits)

    def _matches(
        self, t: str, sentences: Sentences, cand: dict[int, list[int]]
    ) -> dict[RuleKind, list[tuple[Rule, int, int]]]:
        """Run candidate branches only on the sentences that hold their anchors.

        Idioms and escalators only matter next to a risk match, so they run only on
        sentences that already have one.
        """
        out: dict[RuleKind, list[tuple[Rule, int, int]]] = {kind: [] for kind in RuleKind}
        context: list[int] = []
        for key in sorted(cand):
            rule, rx = self._branches[key]
            if rule.kind not in _SCORING:
                context.append(key)
                continue
            for s, e in sentences.windows(cand[key]):
                out[rule.kind].extend((rule, m.start(), m.end()) for m in rx.finditer(t, s, e))
        starts = [s for _, s, _ in out[RuleKind.RISK] + out[RuleKind.WEAK]]
        hot = set(sentences.windows(starts)) if starts else set()
        for key in context:
            rule, rx = self._branches[key]
            windows = hot.intersection(sentences.windows(cand[key])) if cand[key] else hot
            for s, e in sorted(windows):
                out[rule.kind].extend((rule, m.start(), m.end()) for m in rx.finditer(t, s, e))
        return out

    def _judge_all(
        self,
        t: str,
        sentences: Sentences,
        idioms: _Spans,
        raw: list[tuple[Rule, int, int]],
    ) -> list[Hit]:
        """Judge every match in order, keeping at most a few survivors per (rule, phrase).

        More survivors of one rule with the same words add nothing but spans; the cap keeps a
        message that repeats a phrase thousands of times (a paste, one emoji flooded) cheap.
        """
        past: dict[tuple[int, int], bool] = {}
        kept: dict[tuple[str, str], int] = {}
        verdicts: dict[tuple[str, str, tuple[int, int], bool, bool], Hit | None] = {}
        hits: list[Hit] = []
        for rule, start, end in sorted(raw, key=lambda r: r[1]):
            key = (rule.id, t[start:end])
            if kept.get(key, 0) >= _KEEP_REPEATS:
                continue
            # Context is read from at most LOOKBACK characters before the match (in its
            # sentence): the same words in the same surroundings get the same verdict.
            sentence = sentences.bounds(start)
            lo = max(sentence[0], start - LOOKBACK)
            context = (rule.id, t[lo:end], sentence, lo > sentence[0], idioms.overlaps(start, end))
            if context not in verdicts:
                verdicts[context] = self._judge(t, sentences, idioms, past, rule, start, end)
            hit = verdicts[context]
            if hit is not None:
                kept[key] = kept.get(key, 0) + 1
                hits.append(hit if hit.start == start else _moved(hit, start, end))
        return hits

    def _judge(
        self,
        t: str,
        sentences: Sentences,
        idioms: _Spans,
        past: dict[tuple[int, int], bool],
        rule: Rule,
        start: int,
        end: int,
    ) -> Hit | None:
        """Apply idiom, negation, recovery and third-party context to one match.

        `past` caches the recovery verdict per sentence, so many matches in one long
        sentence cost one scan of it, not one each.
        """
        if idioms.overlaps(start, end):
            return None
        packs = self._context
        s_start, s_end = sentences.bounds(start)
        if rule.negatable and negated(t, s_start, start, packs):
            return None
        if rule.past:
            key = (s_start, s_end)
            if key not in past:
                past[key] = recovered(t[s_start:s_end], packs)
            if past[key]:
                return None
        assert rule.tier is not None
        assert rule.category is not None
        category = rule.category
        if category in _THIRD_PARTY_ELIGIBLE and about_someone_else(t, s_start, start, end, packs):
            category = Category.THIRD_PARTY
        return Hit(rule, start, end, rule.tier, category)


class _Spans:
    """Disjoint sorted spans with a logarithmic overlap test."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        """Merge the spans so that starts and ends both increase."""
        merged = _merge(spans)
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        """True if [start, end) overlaps any span."""
        i = bisect_left(self._starts, end) - 1
        return i >= 0 and self._ends[i] > start


_KEEP_REPEATS = 8


def _moved(hit: Hit, start: int, end: int) -> Hit:
    """Return the same verdict for another place in the text."""
    return Hit(hit.rule, start, end, hit.tier, hit.category, hit.cue)


def _combine_weak(t: str, hits: list[Hit]) -> list[Hit]:
    """Keep a weak hit only if a partner of its group confirms it.

    A partner is a weak hit of the same group with a different phrase; if either of the
    two has a `role`, their roles must differ (a means cue needs a preparation cue, not a
    second means cue). If either sets `reach`, the two must lie within that many
    characters of each other.
    """
    weak = [h for h in hits if h.rule.kind is RuleKind.WEAK]
    if not weak:
        return hits
    ok: set[int] = set()
    for i, h in enumerate(weak):
        if i in ok:
            continue
        for j, g in enumerate(weak):
            if j != i and _partners(t, h, g):
                ok.update((i, j))
                break
    keep = {id(weak[i]) for i in ok}
    return [h for h in hits if h.rule.kind is not RuleKind.WEAK or id(h) in keep]


def _partners(t: str, h: Hit, g: Hit) -> bool:
    """True if two weak hits confirm each other (see _combine_weak)."""
    a, b = h.rule, g.rule
    if a.group != b.group or t[h.start : h.end] == t[g.start : g.end]:
        return False
    if (a.role or b.role) and a.role == b.role:
        return False
    reach = max(a.reach, b.reach)
    gap = max(h.start, g.start) - min(h.end, g.end)
    return not reach or gap <= reach


def _escalate(
    sentences: Sentences, cues: list[tuple[Rule, int, int]], hits: list[Hit]
) -> list[Hit]:
    """Raise HIGH hits to IMMINENT when a time cue ("tonight") shares their sentence."""
    if not cues or not any(h.tier is Tier.HIGH for h in hits):
        return hits
    by_sentence: dict[int, tuple[str, int, int]] = {}
    for rule, s, e in cues:
        by_sentence.setdefault(sentences.index(s), (rule.id, s, e))
    out = []
    for h in hits:
        cue = by_sentence.get(sentences.index(h.start)) if h.tier is Tier.HIGH else None
        out.append(Hit(h.rule, h.start, h.end, Tier.IMMINENT, h.category, cue) if cue else h)
    return out


def _detection(norm: NormalizedText, hits: list[Hit]) -> Detection:
    """Aggregate surviving hits: highest tier wins, spans mapped back to the original."""
    best = max(hits, key=lambda h: (h.tier.rank, -h.start))
    spans: set[tuple[int, int]] = set()
    ids: list[str] = []
    for h in sorted(hits, key=lambda h: h.start):
        spans.add(norm.to_original(h.start, h.end))
        names = [h.rule.id]
        if h.cue is not None:
            cue_id, s, e = h.cue
            spans.add(norm.to_original(s, e))
            names.append(cue_id)
        ids.extend(n for n in names if n not in ids)
    return Detection(best.tier, best.category, tuple(sorted(_merge(spans))), tuple(ids))


def _merge(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge overlapping spans."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
