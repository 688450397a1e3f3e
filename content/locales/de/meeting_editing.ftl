# Moderation legt Treffen an, ändert, sagt ab, verschiebt und beendet sie (/addmeeting, /editmeeting, ...).

mte-add-which-group = Für welche Gruppe ist dieses Treffen?
mte-ask-name = Wie heißt das Treffen? (zum Beispiel: Dienstagabend-Runde)
mte-ask-freq = Wie oft findet es statt?
mte-ask-nth = In welcher Woche des Monats?
mte-ask-day = An welchem Tag?
mte-ask-date = An welchem Datum? (zum Beispiel { $example } oder { $example_iso })
mte-ask-time = Um wie viel Uhr fängt es an? (zum Beispiel 19:00 oder 19.30)
mte-ask-duration = Wie lange dauert es? Tippe auf eine Dauer oder schreib sie (zum Beispiel 1h30).
mte-ask-zone = In welcher Zeitzone gilt diese Uhrzeit? Tippe auf den Button oder schreib eine Zeitzone oder eine große Stadt (zum Beispiel Europe/Berlin oder Zürich).
mte-ask-place = Wo findet es statt? Schick mir den Ort und die Adresse (zum Beispiel: Gemeindehaus St. Marien, Hauptstraße 12, Leipzig). Wenn es nur online stattfindet, tippe auf den Button.
mte-ask-link = Über welchen Link kommt man online dazu? Schick die ganze Adresse, beginnend mit https:// – oder tippe auf den Button, wenn es keinen gibt.
mte-ask-notes = Gibt es etwas, das die Mitglieder wissen sollten? (zum Beispiel: an der Seitentür klingeln) Schick es mir, oder tippe auf den Button, wenn es keine Hinweise gibt.
mte-ask-field = Was möchtest du an <b>{ $name }</b> ändern?
mte-ask-on = Um welchen Termin von <b>{ $name }</b> geht es?
mte-ask-newtime = Wann soll es stattdessen sein? Schreib das neue Datum und die Uhrzeit, zum Beispiel { $example } 18:00 (Uhrzeit in { $zone }).
mte-ask-reason = Möchtest du sagen, warum? Die Mitglieder lesen es. Schreib ein paar Worte oder tippe auf den Button.
mte-ask-last = Wann ist das letzte Treffen von <b>{ $name }</b>? Tippe auf einen Termin oder schreib ein Datum (zum Beispiel { $example }).

mte-use-buttons = Wähl bitte mit den Buttons oben aus, oder schick /cancel, um abzubrechen.
mte-bad-name = Schick bitte einen Namen mit 2 bis 80 Zeichen.
mte-bad-day = „{ $text }“ konnte ich nicht als Tag lesen. Tippe bitte auf einen der Tage.
mte-bad-date = „{ $text }“ konnte ich nicht als Datum lesen. Schreib es bitte so: { $example } oder { $example_iso }.
mte-date-past = „{ $text }“ ist schon vorbei (heute ist { $today }). Wähl bitte heute oder ein späteres Datum, zum Beispiel { $example }. Fürs nächste Jahr schreib das Jahr dazu: { $example_next_year }.
mte-bad-time = „{ $text }“ konnte ich nicht als Uhrzeit lesen. Schreib sie bitte so: 19:00 oder 19.30.
mte-bad-duration = „{ $text }“ konnte ich nicht als Dauer lesen. Tippe auf einen Button oder schreib sie so: 90 oder 1h30 (5 Minuten bis 12 Stunden).
mte-bad-zone = Die Zeitzone „{ $text }“ kenne ich nicht. Schreib eine Zeitzone wie Europe/Berlin oder Europe/Vienna, oder eine große Stadt wie Berlin oder Zürich.
mte-zone-did-you-mean = Ich bin nicht sicher, welche Zeitzone „{ $text }“ ist. Meintest du eine von diesen? Tippe sie an oder schreib eine andere Stadt.
mte-bad-place = Schick bitte den Ort mit 2 bis 200 Zeichen, oder tippe auf den Button, wenn es nur online stattfindet.
mte-bad-link = „{ $text }“ ist kein Link, den Mitglieder öffnen können. Schick bitte die ganze Adresse, beginnend mit https://, zum Beispiel https://zoom.us/j/123456789
mte-bad-notes = Die Hinweise sollten bitte kürzer als 300 Zeichen sein.
mte-bad-reason = Der Grund sollte bitte kürzer als 200 Zeichen sein.
mte-bad-datetime = „{ $text }“ konnte ich nicht als Datum und Uhrzeit lesen. Schreib es bitte so: { $example } 18:00.
mte-datetime-past = „{ $text }“ ist schon vorbei (heute ist { $today }). Gib bitte ein Datum und eine Uhrzeit an, die noch in der Zukunft liegen, zum Beispiel { $example } 18:00. Fürs nächste Jahr schreib das Jahr dazu.
mte-need-place-or-link = Die Mitglieder müssen wissen, wohin sie kommen oder wie sie dazukommen: Gib bitte einen Ort, einen Online-Link oder beides an.
mte-once-past = Dieses Datum und diese Uhrzeit sind schon vorbei. An welchem Datum soll es sein?

mte-preview = So sehen die Mitglieder es:
mte-saved = Gespeichert: <b>{ $name }</b>. Die Mitglieder sehen es unter /next.
    Um einen einzelnen Termin abzusagen oder zu verschieben, nutz /cancelmeeting oder /movemeeting; zum Ändern /editmeeting.
mte-stopped = Okay, ich habe abgebrochen. Nichts wurde geändert.
mte-nothing-to-stop = Gerade gibt es nichts abzubrechen.
mte-not-yours = Du kannst nur Treffen der Gruppen ändern, die du moderierst. Nichts wurde geändert.
mte-no-groups = Der Bot ist noch in keiner Gruppe. Füg den Bot zuerst zu deiner Gruppe hinzu; dann kannst du hier ihre Treffen eintragen.

btn-mte-stop = ✖️ Abbrechen, nichts ändern
btn-mte-weekly = Wöchentlich
btn-mte-biweekly = Alle 2 Wochen
btn-mte-monthly = Monatlich (z. B. erster Montag)
btn-mte-once = Einmalig
btn-mte-nth-1 = 1.
btn-mte-nth-2 = 2.
btn-mte-nth-3 = 3.
btn-mte-nth-4 = 4.
btn-mte-nth-last = Letzte
btn-mte-minutes = { $n } min
btn-mte-keep-zone = { $zone } beibehalten
btn-mte-online-only = Nur online
btn-mte-no-link = Kein Online-Link
btn-mte-no-notes = Keine Hinweise
btn-mte-no-reason = Keinen Grund angeben
btn-mte-field-name = Name
btn-mte-field-schedule = Tag und Rhythmus
btn-mte-field-time = Uhrzeit
btn-mte-field-duration = Dauer
btn-mte-field-zone = Zeitzone
btn-mte-field-place = Ort
btn-mte-field-link = Online-Link
btn-mte-field-notes = Hinweise
btn-mte-change-name = ✏️ Name ändern
btn-mte-change-schedule = ✏️ Tag ändern
btn-mte-change-time = ✏️ Uhrzeit ändern
btn-mte-change-duration = ✏️ Dauer ändern
btn-mte-change-zone = ✏️ Zeitzone ändern
btn-mte-change-place = ✏️ Ort ändern
btn-mte-change-link = ✏️ Link ändern
btn-mte-change-notes = ✏️ Hinweise ändern
btn-mte-last-next = Nach dem nächsten Treffen ({ $date })
btn-mte-last-today = Heute ist der letzte Tag ({ $date })

mte-nth-word-1 = ersten
mte-nth-word-2 = zweiten
mte-nth-word-3 = dritten
mte-nth-word-4 = vierten
mte-nth-word-last = letzten
mte-rule-weekly = 🔁 Jeden { $day }
mte-rule-every = 🔁 Alle { $n } Wochen am { $day }
mte-rule-monthly = 🔁 Jeden { $nth } { $day } im Monat
mte-rule-once = 🔁 Nur dieses eine Mal

mte-edit-choose = Welches Treffen möchtest du ändern?
mte-cancel-choose = Bei welchem Treffen möchtest du einen Termin absagen?
mte-move-choose = Bei welchem Treffen möchtest du einen Termin verschieben?
mte-end-choose = Welche Terminreihe geht zu Ende?
mte-none = Deine Gruppen haben noch keine Treffen. Leg eins mit /addmeeting an.
mte-no-dates = Für <b>{ $name }</b> stehen keine Termine an.
mte-updated = Gespeichert: <b>{ $name }</b>. So sehen die Mitglieder es jetzt:
mte-confirm = Bitte prüf das. Das werde ich ankündigen:
btn-mte-confirm-cancel = ✅ Ja, diesen Termin absagen
btn-mte-confirm-move = ✅ Ja, verschieben
btn-mte-confirm-end = ✅ Ja, Terminreihe beenden
btn-mte-confirm-edit = ✅ Ja, speichern und Bescheid geben
mte-updated-quiet = Gespeichert: <b>{ $name }</b>. Niemand hat dazu eine Nachricht bekommen; so sehen die Mitglieder es jetzt:
mte-news-on = an
mte-news-off = aus
btn-mte-group-news = 📣 Neues zu Treffen im Gruppenchat: { $state }
btn-mte-group-news-named = 📣 Neues zu Treffen in { $group }: { $state }
mte-group-news-saved = { $on ->
    [yes] Erledigt: Änderungen an Treffen werden auch in { $group } gepostet.
   *[no] Erledigt: Änderungen an Treffen werden nicht mehr in { $group } gepostet. Nur wer einem Treffen folgt, bekommt Bescheid.
}
mte-told = { $chat ->
    [yes] { $n ->
        [one] 1 Person, die es abonniert hat, und der Gruppenchat bekommen Bescheid.
       *[other] { $n } Personen, die es abonniert haben, und der Gruppenchat bekommen Bescheid.
    }
   *[no] { $n ->
        [0] Bisher hat es niemand abonniert, also gibt es niemanden zu benachrichtigen.
        [one] 1 Person, die es abonniert hat, bekommt Bescheid.
       *[other] { $n } Personen, die es abonniert haben, bekommen Bescheid.
    }
}
mte-cancel-done = Abgesagt: <b>{ $name }</b> am { $date }.
mte-move-done = Verschoben: <b>{ $name }</b> ist jetzt am { $when }.
mte-end-done = Erledigt: <b>{ $name }</b> endet mit dem Termin am { $date }.
mte-change-failed = Das hat nicht geklappt: Vielleicht hat der Termin schon begonnen, die neue Uhrzeit ist schon vorbei oder das Treffen wurde in der Zwischenzeit geändert. Nichts wurde geändert; fang bitte noch einmal an.

mte-post-off = aus
btn-mte-post-off = Aus
mte-post-before = { $span } vorher
btn-mte-group-post = ⏰ Erinnerung im Gruppenchat: { $when }
btn-mte-group-post-named = ⏰ Erinnerung im Chat von { $group }: { $when }
mte-post-choose = Wie lange vor jedem Treffen soll ich in { $group } eine Erinnerung posten?
mte-post-saved = Erledigt: Die Erinnerung im Gruppenchat von { $group } ist jetzt auf „{ $when }“ gestellt.
