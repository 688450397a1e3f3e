# Der Wohlbefindens-Check: freiwillig, mit eigener Einwilligung; die Fragen sind der offizielle
# Wortlaut der Skala (content/wellbeing/phq4.toml), keine eigenen Texte.

cmd-wellbeing = Ein kurzer Check zum Wohlbefinden, wenn du magst
wellbeing-offer =
    🌱 <b>Ein kurzer Check zum Wohlbefinden, wenn du magst</b>

    Jetzt und noch einmal nach 8 und nach 12 Wochen kann ich dir vier kurze Fragen dazu stellen, wie die letzten zwei Wochen waren. Das dauert eine Minute. Es liegt ganz bei dir: Ein Nein ändert sonst nichts.

    Deine Antworten gehören dir. Moderierende sehen sie nie. Die Gruppe sieht nur, wie sich fünf oder mehr Menschen gemeinsam verändern, nie die Antworten einer einzelnen Person. /mydata zeigt sie dir, /forget oder „Beenden“ löscht sie.

    Möchtest du mitmachen?
wellbeing-item =
    { $stem }

    <b>{ $item }</b>

    Frage { $number } von { $count }
wellbeing-done = Danke. Das war's für jetzt. Wenn es gerade schwer ist, musst du das nicht allein tragen: /crisis zeigt dir, mit wem du sofort sprechen kannst.
wellbeing-joined = Danke fürs Mitmachen. Ich frage wieder, wenn es so weit ist.
wellbeing-declined = In Ordnung. Ich frage nicht noch einmal. Wenn du es dir anders überlegst, ist /wellbeing für dich da.
wellbeing-stopped = Erledigt. Du hast den Check beendet und deine Antworten sind gelöscht.
wellbeing-later-ok = Kein Problem. Diesmal wurde nichts gespeichert.
wellbeing-closed = Diese Fragen sind schon geschlossen. Trotzdem danke.
wellbeing-unavailable = Der Check nutzt Fragen, die in jeder Sprache geprüft wurden, und für deine Sprache gibt es noch keine geprüfte Fassung. Deshalb biete ich ihn nicht an. Sonst ändert sich nichts.
wellbeing-taking-part =
    🌱 Du machst beim Wohlbefindens-Check mit. Du hast { $times ->
        [one] einmal
       *[other] { $times }-mal
    } geantwortet. Nur du siehst deine Antworten (/mydata).

    Du kannst jederzeit aufhören: Dann werden deine Antworten gelöscht.
btn-wellbeing-yes = Ja, gern
btn-wellbeing-no = Nein, danke
btn-wellbeing-later = Jetzt nicht
btn-wellbeing-stop = Beenden und Antworten löschen
