# Texte für /facilitators: Admins fügen Moderator:innen von Gruppen hinzu oder entfernen sie.

cmd-facilitators = Moderator:innen einer Gruppe hinzufügen oder entfernen (Admins)

fac-usage =
    <b>Moderator:innen hinzufügen oder entfernen</b>
    • In der Gruppe: Antworte auf eine Nachricht der Person mit /facilitators add (oder /facilitators remove).
    • Hier: Leite mir eine Nachricht der Person weiter und wähl dann die Gruppe.
    • Hier: Schick /facilitators add und ihre numerische Telegram-ID, zum Beispiel /facilitators add 123456789 (oder /facilitators remove 123456789).
    Schick nur /facilitators, um die Moderator:innen jeder Gruppe zu sehen.
fac-group-usage = Um jemanden hinzuzufügen, antworte hier auf eine Nachricht der Person mit /facilitators add. Zum Entfernen antworte mit /facilitators remove.
fac-reply-not-person = Diese Nachricht kommt nicht von einer Person, die ich hinzufügen kann (sondern von einem Bot, einem Kanal oder einem anonymen Admin).
fac-group-unknown = Diese Gruppe kenne ich nicht. Schick /facilitators, um die Gruppen zu sehen, in denen ich bin, mit ihren IDs.
fac-no-groups = Ich bin noch in keiner Gruppe. Füg mich zuerst zu einer Gruppe hinzu und wähl dann ihre Moderator:innen.
fac-username = Ich kann niemanden nur über den @Benutzernamen hinzufügen: Telegram verrät Bots nicht, wem ein Benutzername gehört, und Benutzernamen können den Besitzer wechseln, sodass ich die Rolle der falschen Person geben könnte. Antworte stattdessen in der Gruppe auf eine Nachricht der Person mit /facilitators add, leite mir eine ihrer Nachrichten weiter oder schick /facilitators add und ihre numerische ID.
fac-hidden = Die Privatsphäre-Einstellungen der Person verbergen, wer die weitergeleitete Nachricht geschickt hat, deshalb kann ich nicht erkennen, wer es ist. Antworte stattdessen in der Gruppe auf eine Nachricht der Person mit /facilitators add, oder schick /facilitators add und ihre numerische ID.
fac-forward-not-person = Diese Nachricht wurde aus einem Chat oder einem Kanal weitergeleitet, nicht von einer Person.
fac-pick-group = Was soll sich für { $name } ändern? Wähl eine Gruppe.
btn-fac-add = ➕ Als Moderator:in zu { $title } hinzufügen
btn-fac-remove-from = ➖ Aus { $title } entfernen
fac-person-id = die Person mit der ID { $id }

fac-added = ✅ { $name } moderiert jetzt { $title }.
fac-already = { $name } moderiert { $title } schon: Nichts wurde geändert.
fac-removed = { $name } moderiert { $title } nicht mehr.
fac-not-one = { $name } hat { $title } nicht moderiert: Nichts wurde geändert.
fac-orphaned = ⚠️ { $title } hat jetzt kein Moderationsteam mehr: Krisenmeldungen gehen an die Admins.
fac-must-open-bot = { $name } hat mich noch nicht geöffnet, deshalb kann ich die Person nicht erreichen. Bitte sie, { $link } zu öffnen und auf Starten zu tippen: Bis dahin bekommt sie keine Krisenmeldungen.

fac-welcome =
    Du moderierst jetzt { $title }. Danke, dass du dich um die Gruppe kümmerst. 💚

    Wenn dort jemand in einer Krise sein könnte, schicke ich dir eine Meldung, damit du auf die Person zugehen kannst. Du kannst auch Bereitschaftsdienste übernehmen, Treffen verwalten und Angebote hinzufügen. Schick /help, um die Befehle für Moderator:innen zu sehen.
fac-goodbye = Du moderierst { $title } nicht mehr. Danke für alles, was du für die Gruppe getan hast. 💚

fac-list-header = <b>Moderator:innen der Gruppen</b>
fac-list-group = <b>{ $title }</b> (ID <code>{ $id }</code>)
fac-list-none = ⚠️ Noch kein Moderationsteam: Krisenmeldungen gehen an die Admins.
fac-list-person = • { $name }
fac-list-footer = Um jemanden hinzuzufügen, antworte in der Gruppe auf eine Nachricht der Person mit /facilitators add, oder leite mir eine ihrer Nachrichten weiter. Tippe unten auf einen Namen, um die Person zu entfernen.
btn-fac-remove = { $name } aus { $title } entfernen
fac-confirm-remove = { $name } aus dem Moderationsteam von { $title } entfernen?
btn-fac-confirm = Ja, entfernen
btn-fac-keep = Behalten
fac-kept = Nichts wurde geändert.
