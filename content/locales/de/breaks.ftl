# /break: eine Pause für Moderierende (Issue 24). Der Hinweis zur weichen Grenze, Erinnerungen.
cmd-break = Eine Pause von Meldungen und Bereitschaft (Moderation)
breaks-ask = 🌿 <b>Brauchst du eine Pause?</b> Das gehört dazu, wenn man das gut machen will. Solange du weg bist, bekommst du keine Krisenmeldungen und keine Bereitschaft, und Meldungen, die du übernommen hast, gehen an die anderen zurück.
    Für wie lange?
btn-breaks-days = { $days ->
    [one] 1 Tag
   *[other] { $days } Tage
}
btn-breaks-until = Bis zu einem Datum…
btn-breaks-back = Ich bin zurück
breaks-ask-date = Bis zu welchem Tag? Schreib den letzten Tag deiner Pause, zum Beispiel „20. März“ oder „20.3.“.
breaks-date-not-understood = Das konnte ich nicht als Datum lesen. Versuch es zum Beispiel mit „20. März“ oder „20.3.“.
breaks-bad-date = Dieses Datum passt nicht für eine Pause: Es muss nach heute und innerhalb von 90 Tagen liegen. Versuch ein anderes.
breaks-not-facilitator = Pausen sind für Moderierende: Du moderierst gerade keine Gruppe.
breaks-nobody-left = Ich kann deine Pause noch nicht beginnen: In { $groups } gäbe es in einer Krise niemanden mehr, der benachrichtigt wird. Bitte eine Admin-Person, eine weitere moderierende Person hinzuzufügen (mit { $command } add), und versuch es dann noch einmal.
breaks-nobody-left-admin = Ich kann deine Pause noch nicht beginnen: In { $groups } gäbe es in einer Krise niemanden mehr, der benachrichtigt wird, denn du bist die letzte Admin-Person, die erreichbar ist. Füge eine weitere moderierende Person hinzu ({ $command } add) oder bitte eine andere Admin-Person, da zu bleiben, und versuch es dann noch einmal.
breaks-started = 🌿 Du hast Pause bis <b>{ $until }</b>. Bis dahin keine Krisenmeldungen und keine Bereitschaft. { $handed ->
    [0] {""}
    [one] Die Meldung, die du übernommen hattest, ist an die anderen zurückgegangen.
   *[other] Die { $handed } Meldungen, die du übernommen hattest, sind an die anderen zurückgegangen.
}
    Die anderen Moderierenden und die Admins wissen Bescheid. Schick /break, wenn du früher zurückkommen möchtest. Pass gut auf dich auf.
breaks-current = 🌿 Du hast Pause bis <b>{ $until }</b>. Komm zurück, wann immer du so weit bist.
breaks-back = Willkommen zurück! Du bekommst wieder Meldungen und Bereitschaftsdienste.
breaks-not-on-break = Du hast gerade keine Pause.
breaks-ended-self = 🌿 Deine Pause ist zu Ende. Willkommen zurück: Du bekommst wieder Krisenmeldungen und Bereitschaftsdienste. Mach langsam.
breaks-started-staff = 🌿 <b>{ $name } macht eine Pause</b> bis { $until }. In { $group }: { $cover }, solange { $name } weg ist.
breaks-ended-staff = 🌿 <b>{ $name } ist zurück</b> aus der Pause und bekommt wieder die Meldungen von { $group }.
breaks-cover-oncall = { $name } hat Bereitschaft und hört es zuerst
breaks-cover-all = alle Moderierenden bekommen die Meldungen
breaks-cover-admins = die Admins bekommen die Meldungen
breaks-cap-note = 💛 { $name } hat in den letzten 7 Tagen { $count ->
    [one] 1 dringende Krisenmeldung
   *[other] { $count } dringende Krisenmeldungen
} übernommen. Das ist viel zu tragen. Vielleicht magst du nachfragen, wie es { $name } geht? Neue Meldungen gehen vorerst zuerst an andere.
breaks-cap-note-alone = 💛 { $name } hat in den letzten 7 Tagen { $count ->
    [one] 1 dringende Krisenmeldung
   *[other] { $count } dringende Krisenmeldungen
} übernommen. Das ist viel zu tragen. Vielleicht magst du nachfragen, wie es { $name } geht? { $name } moderiert die Gruppe allein, deshalb gehen Meldungen weiter zuerst an { $name }: eine weitere Moderator:in würde die Last teilen.
alert-notice-on-break = { $icon } <b>Meldung #{ $id } braucht wieder jemanden</b>: { $name } hatte sie übernommen und macht jetzt eine Pause.
alert-notice-repaged = { $icon } <b>Meldung #{ $id } ist noch offen</b>: Du hast sie vor einer Weile übernommen. Wie geht es { $member }? Schließ sie, wenn es erledigt ist, oder bitte eine andere moderierende Person, zu übernehmen.
alert-notice-repaged-others = { $icon } <b>Meldung #{ $id } ist noch offen</b>: { $name } hat sie vor einer Weile übernommen, und sie ist noch nicht geschlossen. Kannst du bei { $name } nachfragen oder helfen?
audit-break-start = hat eine Pause begonnen (bis)
audit-break-end = hat eine Pause beendet
event-repaged = { $when } übernommen, aber noch nicht geschlossen: Erinnerung { $step }, an { $count } { $count ->
    [one] Person
   *[other] Personen
} geschickt
event-on-break = { $when } { $name } macht eine Pause: wieder offen für die anderen
