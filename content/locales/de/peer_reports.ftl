# Mitglieder, die sich Sorgen machen: /report in einer Gruppe, /worried privat, und die Meldung an die Moderierenden.

cmd-worried = Ich mache mir Sorgen um jemanden
category-peer_report = die Meldung eines Mitglieds
category-hostile_reply = eine feindselige Antwort an ein Mitglied mit offener Meldung
report-card-count = { $count ->
        [one] 🙋 Gemeldet von einem Mitglied (das anonym bleibt).
       *[other] 🙋 Gemeldet von { $count } Mitgliedern (die anonym bleiben).
    }
report-card-reason = 💬 In eigenen Worten: { $reason }
report-card-target = 🎯 Gerichtet an { $name }, für die/den eine Meldung offen ist.
report-usage =
    Um eine Nachricht in einer Gruppe zu melden, antworte darauf mit /report. Du kannst ein paar Worte dazuschreiben: <code>/report das verletzt</code>.
    Ich lösche dein /report sofort, und niemand in der Gruppe sieht, dass du es warst: Nur die Moderierenden der Gruppe erfahren davon.
    Wenn du dir Sorgen um jemanden machst, schick mir /worried.
report-thanks = Danke, dass du uns auf diese Nachricht in { $group } hingewiesen hast. { $told ->
        [group] Die Moderierenden der Gruppe haben sie jetzt.
        [admins] Die Leute, die diesen Bot betreiben, haben sie jetzt.
       *[no] Ich konnte noch niemanden aus der Moderation erreichen; ich versuche es weiter.
    } Niemand in der Gruppe sieht, dass du es warst.
report-already = Du hast diese Nachricht in { $group } schon gemeldet: Die Moderierenden haben sie. Danke.
report-too-many = Du hast in der letzten Stunde mehrere Meldungen geschickt, deshalb pausiere ich neue für eine kleine Weile: Die Moderierenden haben die, die du geschickt hast. Wenn gerade jemand in Gefahr ist, ruf bitte eine dieser Nummern oder den Notruf an.
report-not-deleted = Ich konnte dein /report in { $group } nicht löschen: Der Bot darf dort keine Nachrichten löschen. Vielleicht möchtest du es selbst löschen; die Moderierenden wurden trotzdem informiert.
report-urgent = Was du erzählst, klingt dringend. Wenn gerade jemand in Gefahr ist, ruf den Notruf oder eine dieser Nummern an:
worried-no-groups = Ich kann deine Sorge an die Moderierenden einer Gruppe weitergeben, aber du bist noch in keiner Gruppe. Wenn jemand in Gefahr sein könnte, helfen diese Nummern sofort:
worried-hint = Machst du dir Sorgen um jemanden aus deiner Gruppe? Schick /worried: Nur die Moderierenden erfahren davon, nie von wem.
worried-pick = In welcher Gruppe ist die Person, um die du dir Sorgen machst?
worried-ask =
    Ich höre dir zu. Erzähl mir von deiner Sorge um jemanden in <b>{ $group }</b>: Leite mir eine ihrer Nachrichten weiter oder schreib ein paar Worte dazu, was dich beunruhigt.
    Nur die Moderierenden der Gruppe sehen es, und sie sagen der Person nie, wer sich gemeldet hat.
worried-sent = Danke, dass du auf sie achtest. { $told ->
        [group] Ich habe deine Sorge an die Moderierenden von { $group } weitergegeben: Jemand von ihnen kümmert sich darum und meldet sich vielleicht behutsam bei der Person.
        [admins] Ich habe deine Sorge an die Leute weitergegeben, die diesen Bot betreiben: Sie kümmern sich darum.
       *[no] Ich konnte noch niemanden aus der Moderation von { $group } erreichen; ich versuche es weiter.
    } Sie sagen der Person nicht, dass es von dir kam. Pass auch auf dich auf.
# Why a hostile reply is held (the writer is told it too: it never names the flag).
hold-reason-hostile = eine Antwort, die jemanden in der Gruppe verletzen könnte
