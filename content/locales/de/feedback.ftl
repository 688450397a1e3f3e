# Rückmeldung nach einem Treffen: zwei Fragen mit einem Tipp, ohne den Namen gespeichert.

feedback-ask =
    💬 <b>Wie war { $meeting } für dich?</b>

    Wenn du magst, tippe eine Zahl: Wie sicher hast du dich dort gefühlt?
    1 = gar nicht, 5 = ganz und gar.

    Deine Antwort wird ohne deinen Namen gespeichert, nur mit dem Treffen und der Woche. Du kannst sie überspringen.
feedback-heard =
    Und wie gehört hast du dich gefühlt?
    1 = gar nicht, 5 = ganz und gar.
feedback-thanks = Danke, dass du es uns sagst. Das hilft der Gruppe, gut für alle zu sorgen. 💛
feedback-skipped = Kein Problem. Danke, dass du da warst.
feedback-closed = Diese Frage ist schon geschlossen. Trotzdem danke.
btn-feedback-skip = Überspringen
