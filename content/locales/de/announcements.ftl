# Texte für /announce: Moderation und Admins schicken eine Nachricht an alle Mitglieder einer Gruppe.

cmd-announce = Ankündigung an die Mitglieder einer Gruppe schicken

ann-private-only = Ankündigungen bereiten wir in unserem privaten Chat vor, damit die Gruppe keine Entwürfe sieht. Öffne einen privaten Chat mit mir und schick /announce.
ann-no-groups = Ich bin noch in keiner Gruppe, also gibt es niemanden, dem ich etwas ankündigen könnte.
ann-pick-group = Für welche Gruppe ist diese Ankündigung?
ann-not-allowed = Du kannst Ankündigungen nur an Gruppen schicken, die du moderierst.
ann-ask-text =
    Was sollen die Mitglieder von <b>{ $title }</b> bekommen?
    Schick mir die Nachricht als einfachen Text (bis zu { $max } Zeichen). Schick /cancel, um abzubrechen.
ann-empty = Diese Nachricht ist leer. Schick mir bitte den Text der Ankündigung.
ann-too-long = Diese Nachricht hat { $length } Zeichen; eine Ankündigung darf höchstens { $max } haben. Kürz sie bitte und schick sie noch einmal.
ann-text-only = Ankündigungen gehen im Moment nur als Text. Schick die Nachricht bitte als einfachen Text.
ann-preview-intro = Genau das bekommen die Mitglieder:
ann-preview-audience =
    Sie geht an { $count ->
        [one] 1 Mitglied
       *[other] { $n } Mitglieder
    } von <b>{ $title }</b>.
ann-nobody = In <b>{ $title }</b> kann noch niemand Ankündigungen bekommen: Niemand ist über mich beigetreten, oder die Mitglieder haben mich gebeten, ihnen nicht zu schreiben. Es wurde nichts verschickt.
ann-dropped = Okay, die Ankündigung wurde nicht verschickt.
btn-ann-send = ✅ Senden
btn-ann-change = ✏️ Text ändern
btn-ann-cancel = ✖️ Abbrechen
btn-ann-stop-sending = ✋ Versand stoppen

ann-message =
    📣 <b>Ankündigung für { $title }</b>

    { $text }

ann-progress =
    📣 Die Ankündigung an <b>{ $title }</b> wird verschickt
    { $done } von { $total } verschickt
ann-eta-unknown = Ich rechne aus, wie lange es dauert…
ann-eta-seconds = Noch etwa { $count } Sekunden
ann-eta-minutes =
    Noch etwa { $count ->
        [one] 1 Minute
       *[other] { $count } Minuten
    }
ann-eta-hours =
    Noch etwa { $count ->
        [one] 1 Stunde
       *[other] { $count } Stunden
    }

ann-report-done = ✅ Die Ankündigung wurde verschickt.
ann-report-cancelled = ✋ Die Ankündigung wurde abgebrochen.
ann-report-group = Gruppe: <b>{ $title }</b>
ann-report-delivered = Zugestellt: { $n }
ann-report-blocked = Haben den Bot blockiert: { $n }
ann-report-failed = Nicht zustellbar (andere Gründe): { $n }
ann-report-not-sent = Nicht verschickt: { $n }
ann-cancel-refused = Nur die Person, die diese Ankündigung geschrieben hat, jemand aus dem Moderationsteam der Gruppe oder ein Admin kann sie abbrechen.
ann-cancel-too-late = Diese Ankündigung ist schon fertig verschickt.
