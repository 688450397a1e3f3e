"""Detector behaviour: tiers, categories, contrasts, context rules and spans."""

from __future__ import annotations

import dataclasses

import pytest

from bot.crisis import Category, CrisisDetector, Detection, Tier

CRISIS: list[tuple[str, Tier, Category]] = [
    ("i want to kill myself", Tier.HIGH, Category.IDEATION),
    ("everyone would be better off without me", Tier.CONCERN, Category.IDEATION),
    ("i just want to go to sleep and not wake up", Tier.CONCERN, Category.IDEATION),
    ("ive been stockpiling my pills for weeks", Tier.HIGH, Category.PLAN_OR_MEANS),
    ("googled painless ways to die again", Tier.HIGH, Category.PLAN_OR_MEANS),
    ("wrote goodbye letters to everyone last night", Tier.IMMINENT, Category.PLAN_OR_MEANS),
    ("i cut again last night", Tier.HIGH, Category.SELF_HARM),
    ("the urge to self harm is so strong right now", Tier.IMMINENT, Category.SELF_HARM),
    ("i just swallowed all my antidepressants", Tier.IMMINENT, Category.OVERDOSE),
    ("this is my last message here. goodbye", Tier.IMMINENT, Category.FAREWELL),
    ("i want to hurt my roommate so bad", Tier.HIGH, Category.HARM_TO_OTHERS),
    ("hes banging on the door and im hiding in the bathroom", Tier.IMMINENT, Category.DANGER_ABUSE),
    ("my friend said she wants to end it", Tier.HIGH, Category.THIRD_PARTY),
    ("my mom just texted me that she took all her pills", Tier.IMMINENT, Category.THIRD_PARTY),
]


@pytest.mark.parametrize(("text", "tier", "category"), CRISIS)
def test_tier_and_category(
    detector: CrisisDetector, text: str, tier: Tier, category: Category
) -> None:
    """Each tier and category is produced by a typical message of its kind."""
    det = detector.detect(text)
    assert det is not None
    assert (det.tier, det.category) == (tier, category)


@pytest.mark.parametrize(
    ("benign", "crisis"),
    [
        ("this traffic is killing me", "this traffic is killing me and i want to kill myself"),
        ("I killed it at the interview", "I want to kill myself after that interview"),
        ("my phone died", "i wish i had died"),
        (
            "I used to self-harm, three years clean now",
            "I used to self-harm and I relapsed last night, cut again",
        ),
        ("we talked about suicide prevention at the meeting", "i keep thinking about suicide"),
        ("I killed the final boss", "i want to kill him, i know where he lives"),
        ("cut my thumb slicing bread", "cut my wrists again"),
        ("mort de rire 😂", "j'ai envie de mourir"),
        ("ich lach mich tot", "ich will nicht mehr leben"),
        ("me muero de risa", "me quiero morir"),
        ("tô morrendo de rir", "eu quero morrer"),
        ("💊 reminder: evening meds time!", "💊💊💊 took them all"),
        ("sharpened my kitchen knives 🔪", "🔪🩸 the blade is out again"),
    ],
)
def test_contrasts(detector: CrisisDetector, benign: str, crisis: str) -> None:
    """Tricky harmless phrasings stay quiet while their risky neighbours are flagged."""
    assert detector.detect(benign) is None
    assert detector.detect(crisis) is not None


@pytest.mark.parametrize(
    "text",
    [
        "i dont want to live anymore",
        "i cant go on",
        "there is no reason to live",
        "im fine, im not going to... actually i want to die",
        "not suicidal but i have the pills ready",
    ],
)
def test_negation_does_not_cancel_risk(detector: CrisisDetector, text: str) -> None:
    """Negated-looking crisis phrases and denials next to a risk statement are flagged."""
    assert detector.detect(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "i dont want to die",
        "im not going to kill myself",
        "i would never hurt myself",
        "havent had any urges to cut this week",
        "no thoughts of self harm today",
    ],
)
def test_scoped_negation_suppresses(detector: CrisisDetector, text: str) -> None:
    """A negation cue shortly before the phrase, in the same clause, suppresses it."""
    assert detector.detect(text) is None


def test_negation_scope_stops_at_clause_boundary(detector: CrisisDetector) -> None:
    """A negation in an earlier clause does not reach a later risk phrase."""
    assert detector.detect("im not ok and i want to die") is not None
    assert detector.detect("its not that bad, but i want to die") is not None


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("i used to cut myself in high school", False),
        ("two years ago i tried to end my life", False),
        ("500 days clean from self harm", False),
        ("i used to cut and i cut again last night", True),
        ("8 months clean and i relapsed yesterday, cut myself", True),
    ],
)
def test_past_and_recovery_vs_relapse(detector: CrisisDetector, text: str, flagged: bool) -> None:
    """Past or recovery markers suppress; a relapse word in the sentence overrides them."""
    assert (detector.detect(text) is not None) is flagged


def test_idiom_suppresses_only_its_own_span(detector: CrisisDetector) -> None:
    """An idiom silences the overlapping match, not the rest of the message."""
    assert detector.detect("my mom is gonna kill me lol") is None
    det = detector.detect("my mom is gonna kill me lol. honestly i want to kill myself")
    assert det is not None
    assert det.rules == ("en.ideation.kill_self",)


def test_sentence_scoring_finds_buried_line(detector: CrisisDetector) -> None:
    """One risk sentence inside a long ordinary vent is still found and highlighted."""
    vent = "work was awful and the bus was late. " * 20
    text = vent + "i have the rope ready for tonight. " + vent
    det = detector.detect(text)
    assert det is not None
    start, end = det.spans[0]
    assert "rope" in text[start:end]


def test_time_cue_escalates_to_imminent(detector: CrisisDetector) -> None:
    """A HIGH match becomes IMMINENT when "tonight" is in the same sentence, not elsewhere."""
    det = detector.detect("i want to kill myself tonight")
    assert det is not None
    assert det.tier is Tier.IMMINENT
    assert "en.cue.time" in det.rules
    later = detector.detect("i want to kill myself. see you at group tonight")
    assert later is not None
    assert later.tier is Tier.HIGH


def test_weak_signals_need_two(detector: CrisisDetector) -> None:
    """One farewell-ish phrase is ordinary chatter; two of them together are a farewell."""
    assert detector.detect("bye everyone, have a good weekend") is None
    det = detector.detect("love you all. take care of yourselves")
    assert det is not None
    assert det.category is Category.FAREWELL


def test_spans_point_into_original_text(detector: CrisisDetector) -> None:
    """Spans are offsets into the original (unnormalised) message."""
    text = "Ugh.  I  WANT to  k1ll   MYSELF"
    det = detector.detect(text)
    assert det is not None
    start, end = det.spans[0]
    assert text[start:end].lower().startswith("k1ll")
    assert text[start:end].endswith("MYSELF")


def test_spans_with_accents_and_emoji(detector: CrisisDetector) -> None:
    """Offsets stay right after multi-byte characters, emoji and zero-width spaces."""
    text = "ça va… 😭😭 j'ai\u200b envie de mourir"
    det = detector.detect(text)
    assert det is not None
    start, end = det.spans[0]
    assert (
        text[start:end].replace("\u200b", "").startswith("envie de mourir")
        or "mourir" in text[start:end]
    )


def test_detection_is_frozen_and_json_ready(detector: CrisisDetector) -> None:
    """Detection is an immutable value whose JSON form carries no message text."""
    det = detector.detect("honestly i want to die")
    assert isinstance(det, Detection)
    with pytest.raises(dataclasses.FrozenInstanceError):
        det.tier = Tier.CONCERN  # type: ignore[misc]
    payload = det.to_json()
    assert payload["flagged"] is True
    assert "honestly" not in str(payload)
    assert set(payload) == {"flagged", "tier", "category", "rules", "spans", "layers", "score"}


@pytest.mark.parametrize("text", ["", "   ", "hello", "👍"])
def test_empty_and_plain_messages(detector: CrisisDetector, text: str) -> None:
    """Empty, blank and ordinary messages are not flagged."""
    assert detector.detect(text) is None


def test_language_argument_is_optional(detector: CrisisDetector) -> None:
    """Every language is checked whatever the member's language says."""
    assert detector.detect("quiero morirme", lang="en") is not None
    assert detector.detect("i want to die", lang="de") is not None
    assert set(detector.languages) == {"en", "es", "fr", "de", "pt"}


@pytest.mark.parametrize(
    ("benign", "crisis"),
    [
        (
            "looked up how tall the eiffel tower is",
            "looked up how tall the garage is. 9 floors should do it",
        ),
        (
            "gave my old guitar to my cousin",
            "gave my cat to my neighbor for good, its easier this way",
        ),
        (
            "the kids are away till monday, finally quiet",
            "kids are away till monday, nobody will find me",
        ),
        (
            "hes banging on the door, forgot his keys again lol",
            "hes banging on the door, locked myself in",
        ),
        (
            "my friend texted me goodbye before her flight",
            "my friend texted me goodbye and wont answer",
        ),
        ("burned myself on the oven rack making cookies", "burned myself again last night"),
        ("me queimei no forno fazendo bolo", "me cortei de novo"),
    ],
)
def test_cooccurrence_contrasts(detector: CrisisDetector, benign: str, crisis: str) -> None:
    """A means, scene or farewell cue alone stays quiet; with a second role it is flagged."""
    assert detector.detect(benign) is None
    assert detector.detect(crisis) is not None


def test_weak_roles_must_differ(detector: CrisisDetector) -> None:
    """Two cues of the same role (two places) do not make a plan; means + preparation do."""
    assert detector.detect("the bridge near the parking garage is closed") is None
    det = detector.detect("checked the gun safe, code still works")
    assert det is not None
    assert det.category is Category.PLAN_OR_MEANS


def test_weak_reach_limits_distance(detector: CrisisDetector) -> None:
    """Role partners far apart in a long message do not combine."""
    filler = "work was awful and the bus was late again. " * 8
    assert detector.detect("we drove over the bridge. " + filler + "that should be enough") is None
    assert detector.detect(filler + "measured the drop from the bridge, that should be enough")


@pytest.mark.parametrize(
    "text",
    [
        "dont call anyone im ok. already wrote the letters tho",
        "not going to hurt myself lol the razor is just there in case",
        "wouldnt do it but ive stood on the bridge every night",
        "estoy bien no se preocupen. ya escribi las cartas",
        "mir gehts gut echt. die briefe hab ich schon geschrieben",
    ],
)
def test_denial_does_not_cancel_other_risk(detector: CrisisDetector, text: str) -> None:
    """A reassurance never cancels a different risk statement in the same message."""
    assert detector.detect(text) is not None
