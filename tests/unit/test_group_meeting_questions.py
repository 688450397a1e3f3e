"""Meeting questions addressed to the bot in a group chat, in the five languages (issue 20)."""

from __future__ import annotations

import pytest

from bot.meetings.questions import is_group_meeting_question, is_meeting_question

GROUP_QUESTIONS = [
    "when is the next meeting?",
    "When's the next meeting?",
    "What time is the meeting tonight?",
    "where is the meeting this week?",
    "what's the zoom link for the meeting?",
    "¿cuándo es la próxima reunión?",
    "¿A qué hora es la reunión?",
    "¿dónde es la reunión?",
    "quand est la prochaine réunion ?",
    "C'est quand la prochaine réunion ?",
    "À quelle heure est la réunion ?",
    "où a lieu la réunion ?",
    "Wann ist das nächste Treffen?",
    "wann ist das nächste meeting?",
    "Um wie viel Uhr ist das Treffen?",
    "Wo ist das Treffen?",
    "quando é a próxima reunião?",
    "Quando é o próximo encontro?",
    "a que horas é a reunião?",
    "onde é a reunião?",
]

GROUP_CHATTER = [
    "the meeting was great, thanks everyone",
    "see you at the meeting",
    "I can't make the meeting tonight",
    "meeting link",  # no question: people say it to each other
    "when is the next meeting",  # no question mark: talk, not a question to the bot
    "did anyone go to the meeting?",
    "I hated the meeting?",
    "where can I find a support group?",
    "what time is it?",
    "when are you free?",
    "¿dónde encuentro ayuda?",
    "onde encontro ajuda?",
    "la réunion était dure ?",
    "Das Treffen war schön?",
    "hola a todos",
    "",
    "?",
    "when is the next meeting? " + "and more words " * 10,
]


@pytest.mark.parametrize("text", GROUP_QUESTIONS)
def test_clear_meeting_questions_are_answered_in_the_group(text: str) -> None:
    """A question about when or where the meeting is, in any of the five languages."""
    assert is_group_meeting_question(text)


@pytest.mark.parametrize("text", GROUP_CHATTER)
def test_group_chatter_is_left_alone(text: str) -> None:
    """Talk about meetings, searches and other questions are not for the bot."""
    assert not is_group_meeting_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "quand est la prochaine réunion ?",
        "Wann ist das nächste Treffen?",
        "quando é a próxima reunião?",
    ],
)
def test_french_german_and_portuguese_are_questions_in_private_too(text: str) -> None:
    """The private recogniser knows the same words in French, German and Portuguese."""
    assert is_meeting_question(text)
