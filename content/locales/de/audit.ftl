# Das Protokoll für Admins: wer was wann getan hat.

cmd-audit = Letzte Aktionen von Moderation und Admins

audit-header = <b>Letzte Aktionen</b> (neueste zuerst; Uhrzeiten in { $zone })
audit-empty = Noch nichts aufgezeichnet.
audit-line = { $when } · <b>{ $who }</b> { $what }
audit-subject = : { $subject }
audit-subject-alert = : Meldung Nr. { $subject }
audit-subject-announcement = : Ankündigung Nr. { $subject }
audit-subject-request = : Anfrage Nr. { $subject }
audit-subject-minutes = : { $subject } Minuten vorher
audit-subject-reload = : { $added } neu, { $changed } geändert, { $removed } entfernt
audit-in-group = { " " }· { $group }
audit-someone = jemand (Nr. { $id })
audit-nobody = die Kommandozeile oder eine Person mit gelöschten Daten
audit-unknown-action = hat „{ $action }“ ausgeführt
btn-audit-older = ⬅️ Ältere

audit-role-add = hat jemanden als Moderator:in hinzugefügt
audit-role-remove = hat jemanden aus dem Moderationsteam entfernt
audit-meeting-add = hat ein Treffen angelegt
audit-meeting-edit = hat ein Treffen geändert
audit-meeting-cancel = hat einen Termin abgesagt
audit-meeting-move = hat einen Termin verschoben
audit-meeting-end = hat eine Terminreihe beendet
audit-meeting-group-post = hat die Erinnerung an Treffen im Gruppenchat geändert (Minuten)
audit-meeting-group-news = hat Neues zu Treffen im Gruppenchat ein- oder ausgeschaltet
audit-resource-add = hat ein Angebot hinzugefügt
audit-resource-edit = hat ein Angebot geändert
audit-resource-retire = hat ein Angebot zurückgezogen
audit-flag-acknowledged = hat eine Krisenmeldung übernommen („Ich übernehme“)
audit-flag-resolved = hat eine Krisenmeldung abgeschlossen
audit-flag-false-alarm = hat eine Krisenmeldung als Fehlalarm markiert
audit-flag-open = hat eine Krisenmeldung wieder geöffnet
audit-flag-note = hat eine Übergabenotiz zu einer Krisenmeldung geschrieben
audit-flag-reopened = hat eine abgeschlossene Krisenmeldung wieder geöffnet
audit-flag-erased = (das Mitglied hat seine Daten gelöscht, während seine Krisenmeldung offen war)
audit-flag-member-erased = (das Mitglied hat seine Daten gelöscht, während seine Krisenmeldung offen war)
audit-flag-handed-back = (eine Krisenmeldung ging zurück an alle: Die Person, die sie übernommen hatte, ist gegangen)
audit-oncall-rotation = hat den Bereitschaftswechsel geändert
audit-oncall-participants = hat geändert, wer sich bei der Bereitschaft abwechselt
audit-oncall-take = hat die Bereitschaft übernommen
audit-oncall-handover = hat die Bereitschaft übergeben an
audit-announce-send = hat eine Ankündigung verschickt
audit-announce-cancel = hat eine Ankündigung abgebrochen
audit-group-setup = hat eine Gruppe eingerichtet
audit-content-reload = hat die Ressourcendateien neu eingelesen
