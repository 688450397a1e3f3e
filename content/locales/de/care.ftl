# Fürsorge für Moderierende: Supervision, wie viel jede Person trägt, Reden nach schweren Momenten.

cmd-load = Wie viel jede moderierende Person trägt (Admins, Supervision)
cmd-supervisors = Supervisor:innen hinzufügen oder entfernen (Admins)

care-person-id = die Person mit der ID { $id }
care-sup-header = <b>Supervisor:innen</b>
care-sup-person = • { $name }
care-sup-none = Noch niemand.
care-sup-footer =
    Supervisor:innen sehen, wie viel jede moderierende Person trägt (/load), und erfahren, wenn jemand über einen schweren Moment sprechen möchte. Sie sehen nie Nachrichten oder Namen von Mitgliedern und bekommen keine Krisenmeldungen.
    Hinzufügen: eine Nachricht der Person an mich weiterleiten, /supervisors add und die numerische ID senden, oder in einer Gruppe mit /supervisors add auf eine Nachricht der Person antworten.
btn-care-sup-make = Zur Supervisor:in machen
btn-care-sup-remove = { $name } entfernen
care-sup-usage = Zum Hinzufügen sende /supervisors add und die numerische ID; zum Entfernen /supervisors remove und die ID. /supervisors allein zeigt die Liste.
care-sup-group-usage = Antworte auf eine Nachricht der Person mit /supervisors add oder /supervisors remove.
care-sup-not-person = Diese Nachricht kam nicht von einer Person, also kann ich daraus keine Supervision machen.
care-sup-username = Ich kann niemanden nur über den @Benutzernamen hinzufügen: Telegram sagt Bots nicht, wem ein Benutzername gehört, und ich könnte der falschen Person die Rolle geben. Leite mir stattdessen eine ihrer Nachrichten weiter, sende /supervisors add und die numerische ID, oder antworte in einer Gruppe mit /supervisors add auf eine ihrer Nachrichten.
care-sup-added = ✅ { $name } ist jetzt Supervisor:in.
care-sup-already = { $name } ist schon Supervisor:in.
care-sup-removed = { $name } ist nicht mehr Supervisor:in.
care-sup-not-one = { $name } ist keine Supervisor:in.
care-sup-must-open-bot = { $name } hat mich noch nicht geöffnet, deshalb kann ich nicht schreiben. Bitte sie, { $link } zu öffnen und auf Start zu tippen: bis dahin erfährt sie nicht, wenn jemand reden möchte.
care-sup-welcome =
    🤝 Du bist jetzt Supervisor:in für die Moderierenden hier.
    Wenn jemand über einen schweren Moment sprechen möchte, sage ich dir Bescheid. /load zeigt, wie viel jede Person trägt. Nachrichten oder Namen von Mitgliedern siehst du nicht.
care-sup-goodbye = Du bist hier nicht mehr Supervisor:in. Danke, dass du dich um die Moderierenden gekümmert hast.
audit-supervisor-add = hat eine Supervision ernannt
audit-supervisor-remove = hat eine Supervision entfernt

care-load-refused = Sorry, das ist nur für die Menschen, die diesen Bot betreiben, und seine Supervision.
care-load-empty = Noch keine Moderierenden und keine Meldungen in den letzten 30 Tagen.
care-load-header = <b>Wie viel jede moderierende Person trägt</b>
    Letzte 7 Tage · letzte 30 Tage
care-load-name = <b>{ $name }</b>
care-load-name-id = <b>die Person mit der ID { $id }</b>
care-load-received = Meldungen erhalten: { $week } · { $month }
care-load-taken = Übernommen: { $week } · { $month }
care-load-resolved = Erledigt: { $week } · { $month }
care-load-night = Nachts (22:00–07:00): { $week } · { $month }
care-load-on-call = Stunden in Bereitschaft: { $week } · { $month }
care-load-footer = Bereitschaftsstunden zählen übernommene oder übergebene Schichten und die Reihen der Rotation jeder Gruppe, so wie sie jetzt ist.

care-offer =
    💛 Danke, dass du in einem schweren Moment da warst.
    Würde es helfen, darüber zu reden? Ich kann eine Supervisor:in oder eine andere moderierende Person bitten, sich bei dir zu melden. Über das Mitglied wird nichts weitergegeben.
btn-care-supervisor = Mit einer Supervisor:in reden
btn-care-peer = Mit anderen Moderierenden reden
btn-care-later = Jetzt nicht
care-later = Das ist in Ordnung. Wenn du später reden möchtest, frag einfach ein Admin. Pass gut auf dich auf.
care-asked-sent-sup = Ich habe die Supervision gebeten, sich bei dir zu melden. Über das Mitglied wurde nichts geteilt.
care-asked-sent-peer = Ich habe die anderen Moderierenden deiner Gruppe gebeten, sich bei dir zu melden. Über das Mitglied wurde nichts geteilt.
care-asked-already-sup = Ich habe die Supervision schon gefragt; jemand sollte sich bald melden.
care-asked-already-peer = Ich habe die anderen Moderierenden schon gefragt; jemand sollte sich bald melden.
care-asked-nobody-sup = Ich kann noch keine Supervisor:in erreichen. Ein Admin kann mit /supervisors jemanden ernennen. Du kannst auch mit anderen Moderierenden reden.
care-asked-nobody-peer = Gerade kann ich keine andere moderierende Person deiner Gruppe erreichen. Du kannst stattdessen mit einer Supervisor:in reden.
care-gone = Das ist inzwischen geschlossen. Wenn du reden möchtest, frag einfach ein Admin.

care-request =
    🤝 <b>{ $name }</b> möchte über einen schweren Moment sprechen.
    Könntest du dich privat melden, wenn du kannst?
btn-care-write = { $name } schreiben
care-contact = Hier ist { $name }: <a href="tg://user?id={ $id }">{ $name }</a>. Tippe auf den Namen, um einen Chat zu öffnen.

care-checkin =
    🌱 Wie geht es dir nach dem schweren Moment gestern?
    Du musst nicht antworten. Was du antippst, bleibt unter uns und wird nicht gespeichert.
btn-care-feel-ok = Mir geht's gut
btn-care-feel-shaken = Etwas mitgenommen
btn-care-feel-low = Nicht so gut
care-feel-ok = Schön zu hören. Danke für das, was du gestern getan hast. 💛
care-feel-shaken = Das ist nach so einem Erlebnis völlig verständlich. Sei heute sanft mit dir und ruh dich aus, wenn du kannst. 💛
care-feel-low = Es tut mir leid, dass es dich belastet. Du musst das nicht allein tragen: eine Supervisor:in kann mit dir darüber reden.
