"""Tell whether a plain message asks when, where or how to join a meeting (pure).

English, Spanish, French, German and Portuguese, accents and case ignored. A message counts
when a meeting word ("meeting", "reunión", "zoom") comes within a few words of a time, place
or joining word ("when", "link", "dónde"), or when a looser word ("group", "meet", "nos
reunimos") follows a question opening ("what time", "where do", "dónde nos"). Long messages
are never taken: they are talk, not a quick question, and other features (and people) should
read them.

In a group chat people talk about meetings all the time: `is_group_meeting_question` takes only
a short question (a question mark) about when or where the meeting is, never talk about one.
"""

from __future__ import annotations

import re
import unicodedata

# Longer messages are conversation, not a quick question.
MAX_WORDS = 20
# How many words apart a meeting word and a question word may be.
NEAR = 5

_MEETING_WORDS = frozenset(
    {
        *("meeting", "meetings", "meetup", "session", "sessions", "zoom", "gathering"),
        *("reunion", "reuniones", "sesion", "sesiones", "junta", "juntas", "encuentros"),
        *("reunions", "seance", "seances", "rencontre", "rencontres"),
        *("treffen", "gruppentreffen", "sitzung", "termin"),
        *("reuniao", "reunioes", "sessao", "sessoes", "encontros"),
    }
)
# "encuentro" is a meeting after an article ("el próximo encuentro"), else "I find" ("¿dónde
# encuentro ayuda?"): it counts as a meeting word only after one of these.
# Portuguese "encontro" is the same: "o próximo encontro" but "onde encontro ajuda?".
_ENCUENTRO = {"encuentro": "encuentros", "encontro": "encontros"}
_BEFORE_ENCUENTRO = frozenset(
    {
        *("el", "un", "del", "al", "proximo", "siguiente", "nuestro", "este", "ese", "primer"),
        *("o", "um", "do", "no", "ao", "nosso", "esse", "primeiro"),
    }
)
_LOOSE_WORDS = frozenset(
    {
        *("group", "groups", "meet", "circle", "grupo", "grupos", "circulo"),
        *("reunimos", "reunirnos", "reune", "reunen", "reunir", "reuniremos", "vemos"),
    }
)
_QUESTION_WORDS = frozenset(
    {
        *("when", "whens", "time", "times", "where", "wheres", "address", "location", "place"),
        *("link", "url", "join", "joining", "connect", "next", "today", "tonight", "tomorrow"),
        *("password", "passcode", "schedule", "week"),
        *("cuando", "hora", "horario", "donde", "direccion", "lugar", "sitio", "enlace", "liga"),
        *("unir", "unirme", "unirse", "entrar", "entro", "conectar", "conectarme"),
        *("conecto", "proxima", "proximo", "siguiente", "hoy", "manana", "noche", "clave"),
        *("contrasena", "codigo", "semana"),
        *("quand", "heure", "ou", "adresse", "lien", "prochaine", "prochain", "rejoindre"),
        *("aujourdhui", "demain", "soir", "lieu"),
        *("wann", "uhr", "uhrzeit", "wo", "adresse", "nachste", "nachstes", "nachsten"),
        *("beitreten", "teilnehmen", "heute", "morgen", "abend", "woche"),
        *("quando", "horas", "onde", "endereco", "local", "entrar", "hoje", "amanha", "senha"),
    }
)
_QUESTION_OPENINGS = (
    *("when is", "whens", "when does", "when do", "when are", "when will", "what time"),
    *("where is", "wheres", "where do", "where does", "where are", "where will"),
    *("how do i join", "how can i join", "how do we join", "how to join"),
    *("cuando es", "cuando son", "cuando nos", "cuando empieza", "cuando hay", "cuando sera"),
    *("cuando toca", "a que hora", "que hora", "donde es", "donde son", "donde nos"),
    *("donde se", "donde esta", "donde sera", "como me uno", "como entro", "como me conecto"),
    *("como unirme", "como conectarme", "como se entra"),
    *("quand est", "quand a lieu", "cest quand", "a quelle heure", "quelle heure", "ou est"),
    *("ou a lieu", "ou se trouve", "comment rejoindre", "comment je rejoins"),
    *("wann ist", "wann sind", "wann findet", "wann treffen", "um wie viel uhr", "wo ist"),
    *("wo findet", "wo treffen", "wie komme ich"),
    *("quando e", "quando sera", "a que horas", "que horas", "onde e", "onde fica"),
    *("onde sera", "como entro", "como faco para entrar"),
)
# Someone looking for help ("where can I find a support group") is for the resource search.
_SEARCH_WORDS = frozenset(
    {
        *("find", "help", "need", "looking", "encontrar", "ayuda", "busco", "necesito", "buscar"),
        *("trouver", "aide", "besoin", "cherche", "finden", "hilfe", "brauche", "suche"),
        *("ajuda", "preciso", "procuro"),
    }
)
# Someone telling how a meeting went is talking, not asking.
_TALK_WORDS = frozenset(
    {
        *("was", "were", "had", "felt", "feel", "feeling", "made", "hated"),
        *("fue", "tuve", "estuve", "siento", "senti", "sentia", "hizo", "odio"),
        *("etait", "ete", "avais", "sens", "senti", "deteste"),
        *("war", "hatte", "fuhle", "fuhlte", "hasse"),
        *("foi", "estava", "sinto", "odeio"),
    }
)
_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> list[str]:
    """Lower-case, accent-free words; apostrophes joined ("when's" -> "whens").

    The noun "encuentro"/"encontro" (a meeting) becomes its plural; the verb ("I find") stays.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    words = _WORD.findall(plain.replace("'", "").replace("\u2019", ""))
    return [
        _ENCUENTRO[word]
        if word in _ENCUENTRO and index > 0 and words[index - 1] in _BEFORE_ENCUENTRO
        else word
        for index, word in enumerate(words)
    ]


def _near(words: list[str], first: frozenset[str], second: frozenset[str]) -> bool:
    """Tell whether a word of `first` is at most NEAR words from a word of `second`."""
    one = [index for index, word in enumerate(words) if word in first]
    two = [index for index, word in enumerate(words) if word in second]
    return any(abs(a - b) <= NEAR for a in one for b in two)


def _opens_a_question(words: list[str]) -> bool:
    """Tell whether the message starts like a question about time or place."""
    start = " ".join(words[:4])
    return any(
        start == opening or start.startswith(f"{opening} ") for opening in _QUESTION_OPENINGS
    )


def is_meeting_question(text: str) -> bool:
    """Tell whether a message asks when or where a meeting is, or how to join it."""
    words = _words(text)
    if not words or len(words) > MAX_WORDS:
        return False
    strong = any(word in _MEETING_WORDS for word in words)
    loose = any(word in _LOOSE_WORDS for word in words)
    if not strong and (not loose or any(word in _SEARCH_WORDS for word in words)):
        return False
    asked = "?" in text or "\u00bf" in text
    if _opens_a_question(words):
        return True
    if strong and _near(words, _MEETING_WORDS, _QUESTION_WORDS):
        return asked or not any(word in _TALK_WORDS for word in words)
    return asked and _near(words, _LOOSE_WORDS, _QUESTION_WORDS)


# In a group: at most this many words, and only these question words count near the meeting
# word (not "today" or "tonight": "I can't make the meeting tonight?" is talk).
GROUP_MAX_WORDS = 12
_GROUP_QUESTION_WORDS = frozenset(
    {
        *("when", "whens", "time", "where", "wheres", "link", "next", "address", "join"),
        *("cuando", "hora", "donde", "enlace", "proxima", "proximo", "direccion"),
        *("quand", "heure", "ou", "lien", "prochaine", "prochain", "adresse"),
        *("wann", "uhr", "uhrzeit", "wo", "nachste", "nachstes", "nachsten"),
        *("quando", "horas", "onde", "endereco"),
    }
)


def is_group_meeting_question(text: str) -> bool:
    """Tell whether a group message clearly asks the next meeting's time, place or link.

    Stricter than in private: a question mark, a meeting word ("meeting", "reunión",
    "Treffen"), a question word near it or a question opening, and no talk or search words.
    """
    words = _words(text)
    if not words or len(words) > GROUP_MAX_WORDS or not ("?" in text or "\u00bf" in text):
        return False
    if not any(word in _MEETING_WORDS for word in words):
        return False
    if any(word in _TALK_WORDS or word in _SEARCH_WORDS for word in words):
        return False
    return _opens_a_question(words) or _near(words, _MEETING_WORDS, _GROUP_QUESTION_WORDS)
