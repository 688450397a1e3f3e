# Treffen: wie ein Treffen angezeigt wird, Erinnerungen, Änderungen und Fragen der Mitglieder.

meeting-when = { $date }, { $time } ({ $zone })
meeting-span-days = { $n ->
    [one] { $n } Tag
   *[other] { $n } Tage
}
meeting-span-hours = { $n } h
meeting-span-minutes = { $n } min

meeting-name = { $name }
meeting-starts-in = 🗓 { $when } · noch { $span } bis zum Beginn
meeting-in-progress = 🟢 { $when } · läuft gerade (seit { $minutes } min)
meeting-when-cancelled = ❌ { $when } · abgesagt
meeting-group-time = (Am Ort der Gruppe ist es dann { $time }, { $zone }.)
meeting-moved-from = ↪️ Verschoben, ursprünglich am { $was }.
meeting-change-reason = Grund: { $reason }
meeting-place = 📍 { $place }
meeting-area = 🌍 Online, zu Hause in { $area }
meeting-online = 💻 Online dabei sein: { $url }
meeting-online-notes = { $notes }
meeting-phone = ☎️ Per Telefon: { $phone }
meeting-notes = ℹ️ { $notes }
meeting-recovery-group = 🤝 Veranstaltet von { $group }

reminder-heading = ⏰ <b>Erinnerung</b>
reminder-late = (Diese Erinnerung kommt zu spät: Ich war offline, als sie fällig war. Das Treffen hat noch nicht angefangen.)
rsvp-yes = 🙋 Ich bin dabei
rsvp-no = Ich kann nicht
rsvp-counts = 🙋 Dabei: { $yes } · Verhindert: { $no }

meeting-news-cancelled = ❌ <b>{ $name }</b> fällt am { $when } aus.
meeting-news-moved = ↪️ <b>{ $name }</b> findet nicht am { $was } statt, sondern am <b>{ $when }</b>.
meeting-news-ended = <b>{ $name }</b> geht zu Ende: Das letzte Treffen ist am { $last }. Danke, dass du dabei warst.
meeting-news-new = 🆕 Ein neues Treffen in { $group }:
meeting-news-retimed = 🕖 <b>{ $name }</b> hat einen neuen Tag oder eine neue Uhrzeit.
meeting-news-next = 🗓 Nächstes Mal: { $when } · { $length }
meeting-news-was = (Eigentlich wäre es am { $was } gewesen.)
meeting-news-new-place = 📍 <b>{ $name }</b> trifft sich jetzt hier: { $place }.
meeting-news-online-only = 📍 <b>{ $name }</b> trifft sich jetzt nur noch online.
meeting-news-new-link = 💻 <b>{ $name }</b> hat einen neuen Link zum Mitmachen: { $url }
meeting-news-no-link = 💻 <b>{ $name }</b> hat keinen Online-Link mehr.
meeting-news-calendar = 📅 Hast du es im Kalender? Öffne diese Datei, um es zu aktualisieren.
meeting-news-calendar-new = 📅 Öffne diese Datei, um es in deinen Kalender einzutragen.

cmd-next = Wann und wo das nächste Treffen ist
cmd-meetings = Treffen dieser Woche und Kalenderdateien
cmd-reminders = Erinnerungen an Treffen und Ruhezeiten
cmd-addmeeting = Treffen anlegen (Moderation)
cmd-editmeeting = Treffen ändern (Moderation)
cmd-cancelmeeting = Einen Termin absagen (Moderation)
cmd-movemeeting = Einen Termin verschieben (Moderation)
cmd-endmeeting = Terminreihe beenden (Moderation)

# Was Mitglieder sehen: /next, /meetings, /reminders, Ruhezeiten und „Ich bin dabei“.
next-none = Ich weiß noch von keinen anstehenden Treffen. Sobald jemand aus dem Moderationsteam eins einträgt, findest du es hier mit /next.
next-no-group = Du bist noch in keiner Gruppe. Orte und Links der Treffen gibt es nur für die Mitglieder der jeweiligen Gruppe: Frag das Moderationsteam deiner Gruppe nach dem Einladungslink. Sobald du dabei bist, zeigt dir /next hier deine Treffen.
btn-add-calendar = 📅 In den Kalender
btn-remind-me = 🔔 Erinnere mich
next-also-on = 🗓 Außerdem am { $dates }
next-rsvp-yes = 🙋 Du hast zugesagt.
next-rsvp-no = Du hast abgesagt.
calendar-caption = Öffne diese Datei, um <b>{ $name }</b> in deinen Kalender einzutragen.
week-header = <b>Treffen in den nächsten 7 Tagen</b>
week-none = In den nächsten 7 Tagen gibt es keine Treffen. /next zeigt dir das nächste.
btn-meetings-private = 🔔 Erinnerungen und Kalender, privat
btn-whole-schedule = 📅 Alle Termine: { $group }
btn-reminders = 🔔 Erinnerungen
button-no-longer-works = Dieser Button funktioniert nicht mehr.
reminders-header = <b>Deine Erinnerungen an Treffen</b>
reminders-none = Du hast noch keine Erinnerungen. Tippe unten auf ein Treffen oder eine Gruppe, um welche auszuwählen.
reminders-item-meeting = • { $name }: { $offsets }
reminders-item-group = • Jedes Treffen von { $group }: { $offsets }
reminders-quiet = 🌙 Ruhezeiten: { $start }–{ $end }
reminders-quiet-none = 🌙 Ruhezeiten: keine
quiet-explain = In deinen Ruhezeiten kommt nie eine Erinnerung: Eine, die dann fällig wäre, kommt, sobald sie vorbei sind – oder gar nicht, wenn das Treffen bis dahin schon begonnen hat.
btn-quiet = 🌙 Ruhezeiten
btn-meeting-reminders = 🔔 { $name }
btn-group-reminders = 🔔 Jedes Treffen von { $group }
remind-choose-meeting = 🔔 Wann soll ich dich an <b>{ $name }</b> erinnern? Einmal tippen zum Auswählen, noch einmal zum Entfernen.
remind-choose-group = 🔔 Wann soll ich dich an jedes Treffen von <b>{ $group }</b> erinnern? Einmal tippen zum Auswählen, noch einmal zum Entfernen.
offset-days = { $n ->
    [one] 1 Tag vorher
   *[other] { $n } Tage vorher
}
offset-hours = { $n ->
    [one] 1 Stunde vorher
   *[other] { $n } Stunden vorher
}
offset-span = { $span } vorher
btn-done = Fertig
remind-saved = ✅ Gespeichert. Ich erinnere dich { $offsets }.
remind-saved-none = { $scope ->
    [group] Okay, keine Erinnerungen für die Treffen dieser Gruppe.
   *[meeting] Okay, für dieses Treffen keine Erinnerungen.
}
quiet-choose = 🌙 Wann soll ich still sein? In diesen Stunden kommt keine Erinnerung (deine Zeit, { $zone }).
btn-quiet-none = Keine
btn-quiet-other = Andere…
quiet-ask = Schreib deine Ruhezeiten als Anfangs- und Endzeit, zum Beispiel 22:30-07:00.
quiet-set = 🌙 Ruhezeiten eingestellt: { $start }–{ $end } (deine Zeit, { $zone }).
quiet-cleared = Ruhezeiten sind aus: Erinnerungen können jederzeit kommen.
quiet-bad = Das konnte ich nicht lesen. Schreib bitte eine Anfangs- und eine Endzeit, zum Beispiel 22:30-07:00 (oder tippe auf Keine).
rsvp-thanks-yes = Danke, bis dann!
rsvp-thanks-no = Danke, dass du Bescheid gibst.
rsvp-need-start = Öffne bitte zuerst einen privaten Chat mit mir und schick /start, dann tippe noch einmal.
rsvp-cancelled = Dieses Treffen wurde abgesagt, du musst also nicht antworten.
rsvp-past = Dieses Treffen ist schon vorbei.
