# Moderation: /warn, /mute, /ban und /hold der Moderierenden (als Antwort in der Gruppe),
# zurückgehaltene Nachrichten und Einsprüche. Klar und freundlich: die Person erfährt, was
# passiert ist, warum, wie lange und wie sie widersprechen kann; niemand wird bloßgestellt.

mod-someone = jemand aus der Gruppe
mod-a-group = deine Gruppe
mod-length = { $unit ->
    [weeks] { $count ->
        [one] 1 Woche
       *[other] { $count } Wochen
    }
    [days] { $count ->
        [one] 1 Tag
       *[other] { $count } Tage
    }
    [hours] { $count ->
        [one] 1 Stunde
       *[other] { $count } Stunden
    }
   *[minutes] { $count ->
        [one] 1 Minute
       *[other] { $count } Minuten
    }
}
mod-kind = { $kind ->
    [warn] eine Erinnerung
    [mute] eine Schreibpause
    [ban] ein Ausschluss aus der Gruppe
   *[hold] eine zur Prüfung zurückgehaltene Nachricht
}

# Was die Person privat erfährt.
mod-told-warn =
    💬 Jemand aus dem Moderationsteam von <b>{ $group }</b> erinnert dich an die Vereinbarung der Gruppe.

    Warum: { $reason }

    Es geht um etwas, das geschrieben wurde, nicht darum, wer du bist. Sonst ändert sich nichts: du kannst weiter mitmachen. Wenn du das unfair findest, tippe auf „Einspruch“ und sag es uns in ein paar Worten.
mod-told-mute =
    🔇 Jemand aus dem Moderationsteam von <b>{ $group }</b> hat deine Nachrichten in der Gruppe für { $length } pausiert (bis { $until }).

    Warum: { $reason }

    Du kannst die Gruppe weiter lesen, und ich bin privat für dich da. Wenn die Zeit um ist, kannst du wieder schreiben; ich sage dir Bescheid. Wenn du das unfair findest, tippe auf „Einspruch“ und sag es uns in ein paar Worten.
mod-told-ban =
    🚪 Jemand aus dem Moderationsteam von <b>{ $group }</b> hat dich aus der Gruppe genommen.

    Warum: { $reason }

    Ich bin weiter privat für dich da, und /crisis zeigt dir jederzeit, wo du sofort Hilfe findest. Wenn du das unfair findest, tippe auf „Einspruch“ und sag es uns in ein paar Worten.
mod-told-ban-until =
    🚪 Jemand aus dem Moderationsteam von <b>{ $group }</b> hat dich für { $length } aus der Gruppe genommen (bis { $until }).

    Warum: { $reason }

    Danach kannst du mit dem Einladungslink der Gruppe wieder beitreten. Ich bin weiter privat für dich da, und /crisis zeigt dir jederzeit, wo du sofort Hilfe findest. Wenn du das unfair findest, tippe auf „Einspruch“ und sag es uns in ein paar Worten.
mod-told-hold =
    🕊 Eine Nachricht von dir in <b>{ $group }</b> wird zur Prüfung zurückgehalten: Sie ist in der Gruppe nicht zu sehen, bis jemand aus dem Moderationsteam sie angeschaut hat.

    Warum: { $reason }

    Vielleicht wird sie unverändert wieder veröffentlicht. Sonst ändert sich nichts: du kannst weiter schreiben. Wenn du das unfair findest, tippe auf „Einspruch“ und sag es uns in ein paar Worten.
mod-told-hold-crisis =
    💛 Ich habe eine Nachricht von dir in <b>{ $group }</b> vorerst vor der Gruppe verborgen, damit die Menschen, die sich um die Gruppe kümmern, sie zuerst sehen. Du hast nichts falsch gemacht: Es klang, als ginge es dir vielleicht gerade sehr schwer.
mod-told-unmute = 🔈 Du kannst in <b>{ $group }</b> wieder schreiben. Schön, dass du wieder da bist.
mod-told-unban = 🚪 Du bist in <b>{ $group }</b> wieder willkommen: du kannst mit dem Einladungslink wieder beitreten.
mod-told-released = ✅ Deine zurückgehaltene Nachricht in <b>{ $group }</b> wurde geprüft und wieder in der Gruppe veröffentlicht.
mod-told-released-empty = ✅ Deine zurückgehaltene Nachricht in <b>{ $group }</b> wurde geprüft, und sie ist in Ordnung. Ich kann nur Text wieder veröffentlichen, teile sie also gern selbst noch einmal, wenn du magst.
mod-told-kept-hidden = 💛 Jemand, der sich um <b>{ $group }</b> kümmert, hat deine Nachricht dort gesehen. Sie bleibt vorerst außerhalb der Gruppe, und du hast nichts falsch gemacht. Wenn gerade alles sehr schwer ist, zeigt dir /crisis sofort, wo du Hilfe findest, Tag und Nacht.
mod-told-discarded = Jemand aus dem Moderationsteam von <b>{ $group }</b> hat deine zurückgehaltene Nachricht geprüft und entschieden, sie nicht in die Gruppe zu stellen. Wenn du das unfair findest, tippe unter meiner vorigen Nachricht auf „Einspruch“.
mod-told-held-expired = Deine zurückgehaltene Nachricht in <b>{ $group }</b> wurde nicht rechtzeitig geprüft. Sie bleibt deshalb außerhalb der Gruppe, und meine Kopie ist gelöscht. Das wird dir nicht angelastet: Du kannst gern weiter schreiben.
mod-told-appeal-upheld = Die Admins haben deinen Einspruch zu <b>{ $group }</b> gelesen und entschieden, die Entscheidung beizubehalten. Danke, dass du uns gesagt hast, wie du es erlebt hast.
mod-told-appeal-lifted = Die Admins haben deinen Einspruch zu <b>{ $group }</b> gelesen und die Entscheidung aufgehoben. Danke, dass du es uns gesagt hast.
btn-mod-appeal = 🙋 Einspruch

# Der Einspruch, von der Person geschrieben.
mod-appeal-ask = In ein paar Worten: Warum findest du das unfair? Die Admins von <b>{ $group }</b> lesen es, und ich sage dir, wie sie entscheiden.
mod-appeal-sent = Danke. Die Admins von <b>{ $group }</b> haben deinen Einspruch; ich sage dir, wie sie entscheiden.
mod-appeal-already = Gegen diese Entscheidung hast du schon Einspruch eingelegt; die Admins haben ihn.
mod-appeal-gone = Diese Entscheidung ist nicht mehr gespeichert, es gibt also nichts mehr zu widersprechen.
mod-appeal-too-short = Schreib bitte ein paar Worte dazu, warum du es unfair findest.
mod-appeal-too-long = Das ist etwas lang für einen Einspruch: bitte unter 1.000 Zeichen.
mod-appeal-nobody = Das tut mir leid: Gerade gibt es niemanden, der Entscheidungen in <b>{ $group }</b> prüfen kann, deshalb konnte ich deinen Einspruch nicht weitergeben. Es geht nichts verloren: Du kannst später noch einmal auf „Einspruch“ tippen. Wenn es dich belastet, kannst du auch direkt der Person schreiben, die die Gruppe leitet.

# Für Moderierende, in der Gruppe oder privat.
mod-only-facilitators = Nur das Moderationsteam dieser Gruppe kann /{ $command } benutzen.
mod-reply-needed = Benutze /{ $command } als Antwort auf die Nachricht der Person, mit einem Grund: zum Beispiel /mute 1h postet ständig Links.
mod-hold-too-old = Telegram lässt mich eine Nachricht nur in den ersten 48 Stunden nach dem Senden ausblenden, und diese ist älter. Deshalb habe ich sie stehen lassen. Du kannst trotzdem /warn nutzen, oder ein Admin der Gruppe kann sie von Hand löschen.
mod-hold-reason-default = jemand aus dem Moderationsteam wollte sie sich zuerst ansehen
mod-unreply-needed = Benutze /{ $command } als Antwort auf eine der Nachrichten der Person.
mod-not-a-person = Diese Nachricht stammt nicht von einer Person, bei der ich etwas tun kann.
mod-not-yourself = Das kannst du nicht bei dir selbst benutzen.
mod-not-staff = Moderierende und Admins werden nicht über den Bot moderiert. Sprich bitte direkt mit ihnen oder mit einem Admin.
mod-not-chat-admin = Das ist eine der Telegram-Administratorinnen oder einer der Administratoren der Gruppe: Telegram lässt mich sie nicht einschränken.
mod-bot-not-admin = Das kann ich noch nicht: Ich muss Administrator dieser Gruppe sein. Die Person, der die Gruppe gehört, kann mich in den Gruppeneinstellungen → Administratoren hinzufügen.
mod-missing-right = Das kann ich noch nicht: Als Administrator dieser Gruppe brauche ich das Recht „{ $right }“. Die Person, der die Gruppe gehört, kann es in den Gruppeneinstellungen → Administratoren → ich einschalten.
mod-right-restrict = Nutzer sperren
mod-right-delete = Nachrichten löschen
mod-mute-supergroup-only = Telegram erlaubt Schreibpausen nur in Supergruppen. Eine Gruppe wird zu einer, wenn die Person, der sie gehört, sie öffentlich macht oder neuen Mitgliedern den Verlauf zeigt; /ban und /hold funktionieren hier schon.
mod-bad-duration = „{ $word }“ habe ich nicht als Zeitdauer verstanden. Schreib sie wie 10m, 1h, 1d oder 7d (1 Minute bis 365 Tage).
mod-mute-needs-duration = Sag bitte zuerst, wie lange: /mute 1h und dann den Grund (10m, 1h, 1d, 7d …).
mod-reason-too-long = Bitte kürze den Grund (höchstens 300 Zeichen): die Person liest ihn.
mod-reason-empty = Schreib den Grund bitte in ein paar Worten.
mod-reason-ask = Jede Maßnahme braucht einen Grund, und { $name } wird ihn lesen. In ein paar Worten: Warum { $kind ->
    [warn] die Erinnerung
    [mute] die Schreibpause
    [ban] der Ausschluss
   *[hold] das Zurückhalten der Nachricht
}? Wenn du es dir anders überlegst, lass es einfach: In 30 Minuten vergesse ich es.
mod-reason-in-group = Schreib bitte einen Grund hinter den Befehl, zum Beispiel /{ $command } postet ständig Links. (Oder öffne vorher einen privaten Chat mit mir, dann frage ich dich dort.)
mod-failed = Telegram hat mich das gerade nicht tun lassen. Prüf bitte meine Administratorrechte in der Gruppe und versuch es noch einmal.
mod-resume-failed = Ich wurde unterbrochen, als ich { $kind ->
    [mute] die Nachrichten von { $name } pausieren
   *[ban] { $name } aus der Gruppe entfernen
} wollte (<b>{ $group }</b>), und beim zweiten Versuch hat Telegram es nicht zugelassen. Es ist nichts passiert. Prüf bitte meine Administratorrechte in der Gruppe und versuch es noch einmal.
mod-done = ✅ Erledigt in <b>{ $group }</b>: { $kind ->
    [warn] { $name } hat eine Erinnerung bekommen
    [mute] { $name } kann { $length } lang nicht schreiben
    [ban] { $name } ist nicht mehr in der Gruppe
   *[hold] die Nachricht von { $name } wird zur Prüfung zurückgehalten
}. Grund: { $reason }. { $told ->
    [yes] Die Person hat es privat erfahren, mit dem Weg zum Einspruch.
   *[no] Die Person hat noch keinen privaten Chat mit mir geöffnet, daher konnte ich es ihr nicht sagen.
}
mod-done-unmute = ✅ { $name } kann in <b>{ $group }</b> wieder schreiben; ich habe Bescheid gesagt.
mod-done-unban = ✅ { $name } darf <b>{ $group }</b> wieder beitreten; ich habe Bescheid gesagt.

# Zurückgehaltene Nachrichten: die Prüfkarte, die Moderierende privat bekommen.
mod-held-card =
    🕊 <b>Zur Prüfung zurückgehalten</b> in { $group }
    Von: { $name }
    Warum: { $reason }

    <blockquote>{ $text }</blockquote>

    „Freigeben“ stellt sie wieder in die Gruppe, von { $name }; „Verwerfen“ löscht meine Kopie. { $name } erfährt es in beiden Fällen.
mod-held-card-crisis =
    ⚠️ <b>Zur Prüfung zurückgehalten: vielleicht ein Hilferuf</b> ({ $group })
    Von: { $name }
    Warum: { $reason }

    <blockquote>{ $text }</blockquote>

    Eine Krisenmeldung geht gesondert an das Team der Gruppe: bitte kümmere dich auch um sie. „Verborgen lassen“ verbirgt nur diese Nachricht; die Meldung schließt es nie.
mod-held-card-done = 🕊 Die in { $group } zurückgehaltene Nachricht von { $name } wurde geprüft: { $outcome ->
    [expired] Niemand hat sie rechtzeitig geprüft, sie bleibt also außerhalb der Gruppe, und meine Kopie ist gelöscht.
    [release_empty] Sie war in Ordnung; es gab keinen Text zum Wiederveröffentlichen, und sie darf noch einmal geteilt werden.
    [release] Sie ist wieder in der Gruppe.
    [keep_hidden] Sie bleibt verborgen (die Krisenmeldung läuft gesondert weiter).
   *[discard] Sie wurde verworfen, und meine Kopie ist gelöscht.
}
mod-held-card-erased = 🕊 Eine zur Prüfung zurückgehaltene Nachricht in { $group } wurde entfernt: Die Person hat mich gebeten, ihre Daten zu löschen, also ist auch meine Kopie gelöscht. Es gibt nichts weiter zu tun.
mod-held-no-text = (kein Text zu zeigen: ein Foto, ein Sticker oder eine Datei, oder eine Nachricht, die über eine Meldungskarte zurückgehalten wurde: siehe die Meldung)
btn-mod-release = ✅ Freigeben
btn-mod-discard = 🗑 Verwerfen
btn-mod-keep-hidden = 🙈 Verborgen lassen
mod-released = ✅ Wieder in { $group } veröffentlicht.
mod-released-empty = ✅ Geprüft und in Ordnung. Es gab keinen Text, den ich in { $group } wieder veröffentlichen konnte, deshalb habe ich gesagt, dass die Nachricht gern noch einmal geteilt werden kann.
mod-discarded = 🗑 Verworfen: meine Kopie ist gelöscht.
mod-not-hidden = ⚠️ Ich konnte die Nachricht von { $name } in <b>{ $group }</b> nicht ausblenden: Telegram hat es abgelehnt (mir fehlt vielleicht das Recht „Nachrichten löschen“, oder sie ist älter als 48 Stunden oder schon weg). Wenn sie niemand gelöscht hat, steht sie noch in der Gruppe. Es wurde nichts gespeichert, und { $name } hat nichts davon erfahren.
mod-already-reviewed = Jemand hat diese Nachricht schon geprüft.
mod-not-allowed = Das kann nur das Moderationsteam der Gruppe.
mod-released-post =
    💬 <b>Von { $name }</b> (zur Prüfung zurückgehalten, jetzt wieder da):
    { $text }

# Einsprüche: die Karte, die Admins bekommen.
mod-appeal-card =
    🙋 <b>Ein Einspruch</b> von { $name } ({ $group })
    Zu: { $kind ->
        [warn] einer Erinnerung
        [mute] einer Schreibpause
        [ban] einem Ausschluss aus der Gruppe
       *[hold] einer zurückgehaltenen Nachricht
    }
    Der genannte Grund: { $reason }

    Die eigenen Worte:
    <blockquote>{ $text }</blockquote>
btn-mod-uphold = Beibehalten
btn-mod-lift = Aufheben
mod-appeal-upheld = Beibehalten. { $name } erfährt es.
mod-appeal-lifted = Aufgehoben. { $name } erfährt es.
mod-appeal-decided = Über diesen Einspruch ist schon entschieden.
mod-admins-only = Nur die Admins des Bots entscheiden über Einsprüche.

# Die Knöpfe einer Meldungskarte.
btn-mod-warn = ⚠️ Erinnern
btn-mod-mute-hour = 🔇 1 Std. Pause
btn-mod-hold = 🕊 Zurückhalten

# Das Protokoll.
audit-moderation-warn = hat eine Person der Gruppe erinnert
audit-moderation-mute = hat die Nachrichten einer Person pausiert
audit-moderation-ban = hat eine Person aus einer Gruppe genommen
audit-moderation-hold = hat eine Nachricht zur Prüfung zurückgehalten
audit-moderation-unmute = hat eine Person wieder schreiben lassen
audit-moderation-unban = hat eine Person wieder beitreten lassen
audit-moderation-expired = (eine befristete Pause oder ein befristeter Ausschluss ist abgelaufen)
audit-moderation-release = hat eine zurückgehaltene Nachricht freigegeben
audit-moderation-discard = hat eine zurückgehaltene Nachricht verworfen
audit-moderation-keep-hidden = hat eine zurückgehaltene Nachricht verborgen gelassen (mögliche Krise)
audit-moderation-appeal-upheld = hat eine Entscheidung nach einem Einspruch beibehalten
audit-moderation-appeal-lifted = hat eine Entscheidung nach einem Einspruch aufgehoben
