"""What members type about meetings: questions (English, Spanish) and quiet hours."""

from __future__ import annotations

from datetime import time

import pytest

from bot.meetings.questions import is_meeting_question
from handlers.meeting_reminders import parse_quiet_hours

QUESTIONS = [
    "when is the next meeting?",
    "When is the next meeting",
    "WHEN'S THE MEETING",
    "when’s group?",
    "what time is group tonight",
    "What time does the meeting start?",
    "where do we meet",
    "Where is the meeting this week?",
    "how do I join the zoom",
    "how do i join?? the group",
    "link for the meeting",
    "meeting link",
    "zoom link please",
    "next meeting",
    "is there a meeting tonight?",
    "can you send me the zoom link",
    "what's the zoom password",
    "where's the group",
    "when do we meet?",
    "¿cuándo es la próxima reunión?",
    "cuando es la proxima reunion",
    "¿a qué hora es la reunión?",
    "A QUÉ HORA ES EL GRUPO",
    "dónde nos reunimos",
    "donde nos reunimos?",
    "enlace de la reunión",
    "¿hay reunión hoy?",
    "¿cómo me uno a la reunión?",
    "¿dónde es el grupo?",
    "link de zoom",
    "¿Cuándo nos vemos?",
    "¿cuándo es el próximo encuentro?",
    "¿dónde es el encuentro?",
]

NOT_QUESTIONS = [
    "I feel alone",
    "where can I find housing help",
    "where can I find housing help?",
    "¿Dónde encuentro ayuda?",
    "donde encuentro un grupo de apoyo",
    "how do I forget my data",
    "where do I find a support group?",
    "when I go to the group I feel anxious",
    "the meeting was hard today",
    "today's meeting made me cry",
    "I hate meetings",
    "I missed the meeting yesterday",
    "hola",
    "thanks!",
    "",
    "   ",
    "?",
    "necesito ayuda para encontrar un grupo",
    "me siento solo",
    "hoy la reunión fue muy dura",
    "where can I call someone tonight",
    "what time is it",
    "my group " + "and more words " * 10 + "when is the meeting",
]


@pytest.mark.parametrize("text", QUESTIONS)
def test_meeting_questions_are_recognised(text: str) -> None:
    """Each English or Spanish way of asking when, where or how to join is a meeting question."""
    assert is_meeting_question(text)


@pytest.mark.parametrize("text", NOT_QUESTIONS)
def test_other_messages_are_left_alone(text: str) -> None:
    """Feelings, help searches, privacy questions and long talk are not meeting questions."""
    assert not is_meeting_question(text)


def test_accents_and_case_do_not_matter() -> None:
    """The same question with and without accents, in any case, is recognised alike."""
    variants = ["¿Dónde nos reunimos?", "DONDE NOS REUNIMOS", "dOnDe NoS rEuNiMoS"]
    assert all(is_meeting_question(text) for text in variants)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("22:30-07:00", (time(22, 30), time(7))),
        ("22:30 – 7:00", (time(22, 30), time(7))),
        ("10pm to 7am", (time(22), time(7))),
        ("de 22:00 a 7:00", (time(22), time(7))),
        ("23.00-06.30", (time(23), time(6, 30))),
        ("22:00", None),
        ("22:00-22:00", None),
        ("25:00-07:00", None),
        ("late-early", None),
    ],
)
def test_typed_quiet_hours(text: str, expected: tuple[time, time] | None) -> None:
    """Typed quiet hours are read as start and end; one time, equal or bad times are not."""
    assert parse_quiet_hours(text) == expected
