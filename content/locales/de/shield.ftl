# Der Spam-Schutz: Links neuer Mitglieder zur Prüfung, Nachrichtenlimit, Sperrliste.

cmd-shield = Spam-Schutz: Links neuer Mitglieder warten auf Prüfung
cmd-block = Jemanden in all unseren Gruppen sperren
cmd-unblock = Eine Sperre aufheben
shield-someone = jemand (ID { $id })
shield-reason-link = ein Link eines neuen Mitglieds
shield-reason-forward = eine weitergeleitete Nachricht eines neuen Mitglieds
shield-reason-media = ein Foto, Video oder eine Datei eines neuen Mitglieds
shield-reason-banned-in = gesperrt in { $group }
shield-held =
    Hallo { $name }, willkommen in { $group }. Deine Nachricht wartet kurz: Solange jemand neu in der Gruppe ist (die ersten { $hours } Stunden), gehen Links, weitergeleitete Nachrichten, Fotos, Videos und Dateien zuerst an die Moderierenden. So halten wir Spam fern – mit dir hat das nichts zu tun.

    Jemand schaut sie sich bald an. Du musst nichts tun und kannst ganz normal weiterschreiben.
shield-held-crisis = Hallo { $name }. Weil du neu in { $group } bist, ist deine Nachricht zuerst bei den Moderierenden angekommen statt bei der ganzen Gruppe. Sie haben sie und sehen sie sich bald an. Du bist damit nicht allein.
shield-muted = Hallo { $name }, in { $group } kamen in wenigen Sekunden sehr viele Nachrichten von dir an, deshalb ist die Gruppe für dich { $minutes } Minuten lang pausiert. Das passiert manchmal und ist keine Strafe. Danach kannst du ganz normal schreiben. Wenn etwas nicht stimmt, kannst du es mir hier schreiben.
shield-flood-staff = 🛡 { $name } hat in { $group } mehr als { $count } Nachrichten in { $seconds } Sekunden geschickt. Ich habe die Person für { $minutes } Minuten stummgeschaltet; das endet von selbst.
shield-flood-staff-unmuted = 🛡 { $name } hat in { $group } mehr als { $count } Nachrichten in { $seconds } Sekunden geschickt. Ich konnte die Person nicht stummschalten: Dafür brauche ich dort das Recht, Mitglieder einzuschränken.
shield-removed-list = 🛡 { $name } (ID { $id }) ist { $group } beigetreten. Die Person steht auf unserer Sperrliste, deshalb habe ich sie entfernt.
shield-removed-cas = 🛡 { $name } (ID { $id }) ist { $group } beigetreten. Die Person steht auf der öffentlichen Spammer-Liste (CAS), deshalb habe ich sie entfernt.
shield-not-removed-list = 🛡 { $name } (ID { $id }) ist { $group } beigetreten. Die Person steht auf unserer Sperrliste, aber ich konnte sie nicht entfernen: Dafür brauche ich dort das Recht, Mitglieder zu sperren.
shield-not-removed-cas = 🛡 { $name } (ID { $id }) ist { $group } beigetreten. Die Person steht auf der öffentlichen Spammer-Liste (CAS), aber ich konnte sie nicht entfernen: Dafür brauche ich dort das Recht, Mitglieder zu sperren.
shield-block-usage = Um jemanden in all unseren Gruppen zu sperren: /block, dann die Nutzer-ID und ein paar Worte zum Grund, zum Beispiel: /block 123456789 Spam-Links
shield-unblock-usage = Um eine Sperre aufzuheben: /unblock, dann die Nutzer-ID, zum Beispiel: /unblock 123456789
shield-block-refused = Nur wer diesen Bot betreibt, kann jemanden in allen Gruppen sperren (und nicht sich selbst).
shield-blocked = 🛡 { $id } ist in all unseren Gruppen gesperrt. Entfernt aus { $done } { $done ->
        [one] Gruppe
       *[other] Gruppen
    }; nicht möglich in { $failed } (dafür brauche ich dort das Recht, Mitglieder zu sperren). Tritt die Person später einer Gruppe bei, entferne ich sie und sage den Moderierenden Bescheid.
shield-blocked-already = 🛡 { $id } war schon gesperrt. Entfernt aus { $done } { $done ->
        [one] Gruppe
       *[other] Gruppen
    }; nicht möglich in { $failed }.
shield-not-blocked = { $id } steht nicht auf unserer Sperrliste.
shield-unblocked = ✅ { $id } ist nicht mehr gesperrt. Die Sperre ist in { $done } { $done ->
        [one] Gruppe
       *[other] Gruppen
    } aufgehoben; nicht möglich in { $failed }. Die Person kann mit einem Einladungslink wieder beitreten.
shield-admins-only = Nur wer diesen Bot betreibt, kann jemanden in allen Gruppen sperren.
shield-not-allowed = Das können nur die Moderierenden der Gruppe ändern.
shield-no-groups = Du moderierst noch keine Gruppe.
shield-card =
    🛡 <b>{ $group }: Spam-Schutz</b>

    In den ersten { $hours } Stunden nach dem Beitritt warten Links, weitergeleitete Nachrichten, Fotos, Videos und Dateien einer Person auf die Prüfung durch die Moderierenden. Die Person erfährt freundlich, warum. Wer mehrere Nachrichten pro Sekunde schickt, wird ein paar Minuten pausiert.
shield-card-off =
    🛡 <b>{ $group }: Spam-Schutz</b>

    Links und Bilder neuer Mitglieder erscheinen sofort (die Wartezeit für Neue ist aus). Wer mehrere Nachrichten pro Sekunde schickt, wird weiterhin ein paar Minuten pausiert.
btn-shield-window = { $hours ->
        [0] Aus
       *[other] { $hours } Std.
    }
btn-shield-ban-everywhere = 🛡 Auch in all unseren Gruppen sperren
audit-shield-block = hat jemanden in allen Gruppen gesperrt
audit-shield-unblock = hat eine Sperre aufgehoben
audit-shield-window = hat geändert, wie lange Links neuer Mitglieder auf Prüfung warten
# To the bot's admins when someone is banned from one group (a button bans them everywhere).
shield-offer-ban-everywhere = 🛡 { $name } wurde aus <b>{ $group }</b> entfernt. Auch aus allen unseren Gruppen sperren? Dann wird die Person überall entfernt und kommt in keine Gruppe des Bots mehr.
