# Texte für Moderation und Admins: Hilfe, Krisenmeldungen, Bereitschaft.

help-facilitator-extra =

    <b>Für Moderator:innen</b>
    /flags – offene Krisenmeldungen und die der letzten Tage
    /flag N – eine Meldung mit ihrem Verlauf
    /oncall – wer Bereitschaft hat; Dienst übernehmen oder übergeben
    /skip – nach dem Abschließen einer Meldung keine Übergabenotiz schreiben
    /addmeeting – ein Treffen anlegen, Frage für Frage
    /editmeeting – ein Treffen ändern oder die Erinnerung im Gruppenchat
    /cancelmeeting – einen einzelnen Termin absagen (Mitglieder bekommen Bescheid)
    /movemeeting – einen einzelnen Termin verschieben (Mitglieder bekommen Bescheid)
    /endmeeting – eine Terminreihe beenden
    /addresource – ein Angebot für deine Gruppe hinzufügen
    /myresources – Angebote deiner Gruppen bearbeiten oder zurückziehen
    /announce – eine Nachricht an alle Mitglieder deiner Gruppe schicken
    /stats – Zahlen deiner Gruppe, anonym (/stats 90 für 90 Tage)
    /warn, /mute 1h, /ban, /hold + ein Grund – als Antwort auf eine Nachricht in der Gruppe (/unmute, /unban heben es auf)

staff-only = Das ist nur für Moderator:innen und Admins.

flags-none = Keine offenen Meldungen und keine in den letzten 7 Tagen. 🌿
flags-header = <b>Offene und neue Meldungen</b>
flags-item = #{ $id } · { $tier } · { $state } · { $when } · { $where }
flags-footer = Schick /flag und eine Nummer (zum Beispiel /flag { "" }12), um eine Meldung mit ihrem Verlauf zu sehen.
flags-private = privater Chat
flag-state-open = ⏳ wartet
flag-state-unreached = ⚠️ niemand erreicht
flag-state-exhausted = ⚠️ niemand hat sie übernommen
flag-state-acknowledged = ✅ übernommen
flag-state-resolved = ☑️ abgeschlossen
flag-state-false_alarm = ⚪ Fehlalarm
flag-state-erased = 🗑 vom Mitglied gelöscht
flag-usage = Schick /flag mit der Nummer der Meldung, zum Beispiel /flag 12.
flag-timeline = <b>Verlauf</b>

event-raised = { $when } ausgelöst ({ $tier })
event-notified = { $when } Meldung an { $count } { $count ->
        [one] Person
       *[other] Personen
    } geschickt
event-escalated = { $when } noch nicht übernommen: Stufe { $step }, an { $count } { $count ->
        [one] Person
       *[other] Personen
    } geschickt
event-delivered = { $when } zugestellt an { $name }
event-failed = { $when } { $name } nicht erreicht
event-unreached = { $when } ⚠️ niemand war erreichbar
event-exhausted = { $when } letzte Erinnerung geschickt: Noch hat niemand sie übernommen
event-repeat = { $when } noch eine besorgniserregende Nachricht
event-tier-raised = { $when } dringlichere Nachricht: erneut gemeldet
event-acknowledged = { $when } übernommen von { $name }
event-resolved = { $when } abgeschlossen von { $name }
event-false_alarm = { $when } von { $name } als Fehlalarm markiert
event-note = { $when } Übergabenotiz von { $name }
event-repeated = { $when } immer noch nicht übernommen: erneut an { $count } { $count ->
        [one] Person
       *[other] Personen
    } geschickt
event-member-told = { $when } dem Mitglied gesagt, dass noch niemand sie übernommen hat, und die Krisen-Hotlines noch einmal geschickt
event-group-asked = { $when } niemand erreichbar: In der Gruppe darum gebeten, dass jemand aus dem Moderationsteam den Bot öffnet
event-reached-again = { $when } { $name } wieder erreichbar: Meldung geschickt
event-reopened = { $when } wieder geöffnet von { $name }
event-member-erased = { $when } das Mitglied hat seine Daten gelöscht (/forget): geschlossen
event-group-joined = { $when } das Mitglied ist einer anderen Gruppe beigetreten: Deren Moderationsteam wurde informiert
event-handed-back = { $when } die Person, die sie übernommen hatte, ist gegangen: wieder offen

digest-header = 📋 <b>{ $count ->
        [one] 1 Krisenmeldung ist
       *[other] { $count } Krisenmeldungen sind
    } noch nicht abgeschlossen</b>
digest-item = #{ $id } · { $tier } · { $state } · { $hours } h · { $where }
digest-footer = Schick /flag und eine Nummer, um eine Meldung zu sehen und dich darum zu kümmern.
staff-left-group = ⚠️ „{ $title }“ hat jetzt kein Moderationsteam mehr: Die letzte Person daraus hat ihre Daten gelöscht. Krisenmeldungen aus dieser Gruppe gehen an die Admins, bis du mit /facilitators jemanden hinzufügst.

oncall-group = { $title }
oncall-nobody = Niemand hat Bereitschaft: Meldungen gehen gleichzeitig an alle Moderator:innen der Gruppe.
oncall-now = Bereitschaft jetzt: { $name }, bis { $until }.
oncall-no-rotation = Kein Wechselplan.
oncall-rotation-daily = Wechsel: täglich, Übergabe um { $time } ({ $zone }).
oncall-rotation-weekly = Wechsel: wöchentlich, Übergabe um { $time } ({ $zone }).
oncall-no-facilitators = ⚠️ Diese Gruppe hat noch keine Moderator:innen: Meldungen gehen an die Admins.
oncall-no-groups = Ich bin noch in keiner Gruppe.
btn-oncall-take = Bereitschaft übernehmen
btn-oncall-give = An { $name } übergeben
btn-rotation-daily = Täglich wechseln
btn-rotation-weekly = Wöchentlich wechseln
btn-rotation-who = Wer wechselt sich ab
oncall-who = Wer wechselt sich in { $title } ab? Tippe auf einen Namen, um die Person aufzunehmen oder herauszunehmen. Reihenfolge: { $names }.
btn-rotation-off = Kein Wechsel
oncall-taken = Du hast Bereitschaft für { $title } bis { $until }. Danke dir.
oncall-handed = { $name } hat jetzt Bereitschaft für { $title } bis { $until }.
oncall-handed-to-you = { $name } hat dir die Bereitschaft für { $title } übergeben, bis { $until }.
oncall-taken-from-you = { $name } hat die Bereitschaft für { $title } übernommen, bis { $until }. Du hast jetzt frei; danke.
oncall-ask-handover = Um wie viel Uhr soll die Bereitschaft in { $title } wechseln?
oncall-rotation-set-daily = { $title } wechselt jetzt täglich um { $time } ({ $zone }), angefangen mit der ersten Person in der Reihe. Tippe auf „Wer wechselt sich ab“, um die Personen auszuwählen.
oncall-rotation-set-weekly = { $title } wechselt jetzt wöchentlich um { $time } ({ $zone }), angefangen heute mit der ersten Person in der Reihe. Tippe auf „Wer wechselt sich ab“, um die Personen auszuwählen.
oncall-rotation-off = { $title } hat keinen Wechselplan mehr: Meldungen gehen gleichzeitig an alle Moderator:innen der Gruppe.
oncall-not-allowed = Das kannst du nicht ändern.
oncall-on-break = Du machst gerade eine Pause, deshalb habe ich dich aus der Bereitschaft genommen. Erhol dich gut. Wenn du zurück bist, schick /break und tipp auf „Ich bin zurück“, dann kannst du eine Schicht übernehmen.

status-header = <b>Was ich in jeder Gruppe sehen und tun kann</b>
status-group = <b>{ $title }</b>
status-settings = 🕒 Zeitzone: { $timezone } · 🗣 Sprache meiner Beiträge: { $language }
status-unreachable = ⚠️ Ich kann in dieser Gruppe nicht mehr schreiben: Ich wurde entfernt oder darf keine Nachrichten schicken. Damit es wieder klappt, füg mich erneut zur Gruppe hinzu (oder erlaube mir, dort zu schreiben) und schick dann /status, um es zu prüfen.
status-can-post = ✅ Ich kann hier schreiben.
status-admin = ✅ Ich bin hier Admin, also sehe ich die Nachrichten der Mitglieder und merke, wenn jemand in Gefahr sein könnte. Besondere Admin-Rechte brauche ich nicht: Löschen, Anheften oder Sperren sind nicht nötig, die kannst du also ausschalten.
status-privacy-off = ✅ Ich bin kein Admin, aber mein Privatsphäre-Modus ist aus, also sehe ich die Nachrichten der Mitglieder und merke, wenn jemand in Gefahr sein könnte.
status-privacy-on = ⚠️ Ich sehe hier nur Befehle und Antworten an mich, also merke ich nicht, wenn jemand in Gefahr sein könnte. Um das zu ändern, mach eins von beidem: Mach mich zum Admin der Gruppe (ohne besondere Rechte), oder schick in @BotFather /setprivacy, wähl diesen Bot, wähl Disable, entferne mich dann aus der Gruppe und füg mich wieder hinzu.
status-setup-done = ✅ Die Einrichtung ist fertig.
status-setup-missing = ⚠️ Die Einrichtung ist noch nicht fertig: Schick /setup, um Namen, Zeitzone, Sprache und Erinnerung an Treffen für die Gruppe festzulegen.
status-no-facilitators = ⚠️ Noch keine Moderator:innen: Krisenmeldungen gehen so lange an die Admins. Füg mit /facilitators jemanden hinzu.
status-facilitators = ✅ { $count ->
        [one] 1 Moderator:in.
       *[other] { $count } Moderator:innen.
    }
status-no-meetings = ⚠️ Noch keine Treffen: Leg eins mit /addmeeting an.
status-meetings = ✅ { $count ->
        [one] 1 Treffen.
       *[other] { $count } Treffen.
    }
cmd-status = Was ich in jeder Gruppe sehe (Admins)
