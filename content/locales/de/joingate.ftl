# Die Eingangstür (/gate, /invite), der Raid-Modus und die Rechteprüfung in /status.
# Argumente in { $Klammern } setzt der Bot ein; bitte behalten. Erlaubte HTML-Tags: <b>, <i>, <a>.

cmd-gate = Beitrittsanfragen, die Frage, Minuten nur zum Lesen
cmd-invite = Ein persönlicher Einladungslink für eine Person

gate-question-default = Was führt dich in diese Gruppe? Ein paar Worte genügen.
gate-welcome =
    Hallo 👋 Du möchtest <b>{ $group }</b> beitreten. Ich bin der Bot, der der Gruppe hilft.

    Bevor du hereinkommst, eine Frage der Moderierenden (niemand liest deine Antwort, sie zeigt mir nur, dass du ein Mensch bist):

    <i>{ $question }</i>

    Schreib deine Antwort einfach hier. Du hast { $minutes } Minuten Zeit.
gate-answer-again = Da habe ich keine Antwort gesehen. Bitte schreib ein paar Worte als Antwort auf die Frage.
gate-agreement =
    Danke. Das vereinbaren die Mitglieder von <b>{ $group }</b>:

    { $text }

    Tippe auf „Ich stimme zu“, wenn das für dich in Ordnung ist.
btn-gate-agree = ✅ Ich stimme zu
gate-expired = Diese Anfrage ist beendet. Um es noch einmal zu versuchen, nutze einfach wieder den Einladungslink der Gruppe.
gate-approve-failed = Ich konnte dich gerade nicht hereinlassen: Vielleicht hat sich schon jemand anderes um deine Anfrage gekümmert, oder sie ist abgelaufen. Du kannst den Einladungslink der Gruppe noch einmal nutzen.
gate-approved = 🎉 Willkommen in <b>{ $group }</b>! Du bist drin. /rules zeigt die Vereinbarung der Gruppe, /help, was ich kann.
gate-approved-readonly = 🎉 Willkommen in <b>{ $group }</b>! Du bist drin. In den ersten { $minutes } Minuten kannst du lesen, aber noch nicht schreiben: Schau dich in Ruhe um. /rules zeigt die Vereinbarung der Gruppe.
gate-declined-consent = Das ist in Ordnung. Ich habe dich nicht in <b>{ $group }</b> hereingelassen, weil die Gruppe braucht, dass ich eine kleine Liste ihrer Mitglieder führe. Wenn du es dir anders überlegst, nutze einfach wieder den Einladungslink der Gruppe.
gate-timed-out = Deine Anfrage, <b>{ $group }</b> beizutreten, ist beendet, weil ich nicht rechtzeitig von dir gehört habe. Kein Problem: Wann immer du so weit bist, nutze einfach wieder den Einladungslink der Gruppe.

gate-card =
    🚪 <b>{ $group }: die Eingangstür</b>

    Beitrittsanfragen: { $on ->
        [yes] an (Neue beantworten zuerst eine Frage, lesen die Vereinbarung und stimmen zu)
       *[no] aus
    }
    Die Frage: <i>{ $question }</i>
    Nur lesen nach dem Beitritt: { $minutes ->
        [0] aus
       *[other] { $minutes } Min.
    }
    Raid-Modus: { $raid ->
        [yes] an
       *[no] aus
    }
    Der Einladungslink des Bots: { $link }
btn-gate-on = 🚪 Beitrittsanfragen einschalten
btn-gate-off = Beitrittsanfragen ausschalten
btn-gate-word = ✏️ Frage formulieren
btn-gate-default-wording = ↩️ Die übliche Frage nehmen
btn-gate-readonly = { $minutes ->
    [0] Kein Nur-Lesen
   *[other] { $minutes } Min.
}
btn-gate-invite = 🎟 Persönlicher Einladungslink
gate-no-groups = Nur die Moderierenden einer Gruppe und die Admins des Bots können ihre Eingangstür ändern oder Einladungslinks erstellen.
gate-pick = Die Eingangstür welcher Gruppe?
gate-invite-pick = Ein persönlicher Einladungslink für welche Gruppe?
gate-invite-name = Von { $name }
gate-invite-made =
    🎟 Ein persönlicher Link, mit dem eine Person <b>{ $group }</b> beitreten kann. Er funktioniert einmal, und die Person kommt direkt herein, ohne die Frage an der Tür:

    { $link }
gate-link-failed = Ich konnte keinen Einladungslink für <b>{ $group }</b> erstellen. Bitte mach mich zum Admin der Gruppe mit dem Recht, Nutzer einzuladen („Nutzer per Link einladen“), und versuch es dann noch einmal.
gate-not-allowed = Nur die Moderierenden der Gruppe können das ändern.
gate-word-ask = Schreib in deinen eigenen Worten die Frage, die neue Leute beantworten, bevor sie <b>{ $group }</b> beitreten (höchstens { $max } Zeichen). Jede ehrliche Antwort lässt sie durch: Es ist eine menschliche Prüfung, kein Test.
gate-word-saved = ✅ Gespeichert. Wer { $group } beitreten möchte, bekommt deine Frage.
gate-question-command = Das sieht aus wie ein Befehl. Bitte schreib die Frage selbst.
gate-question-short = Das ist sehr kurz für eine Frage. Bitte schreib die ganze Frage.
gate-question-long = Das ist zu lang ({ $length } Zeichen, höchstens { $max }). Bitte kürze sie.
gate-link-name = Eingangstür
gate-open-link-name = Offener Link
gate-raid-link-name = Raid-Modus
gate-on =
    🚪 Beitrittsanfragen sind für <b>{ $group }</b> eingeschaltet. Teile diesen Link: Wer ihn nutzt, beantwortet zuerst die Frage, liest die Vereinbarung und stimmt zu, dann lasse ich die Person herein.

    { $link }
gate-off =
    Beitrittsanfragen sind für <b>{ $group }</b> ausgeschaltet. Der Link der Tür funktioniert nicht mehr; mit diesem kommt man direkt herein:

    { $link }

gate-raid-on =
    🚨 <b>Raid-Modus in { $group }</b>: Sehr viele Leute sind in kurzer Zeit beigetreten. Ich habe den Einladungslink der Gruppe auf Beitrittsanfragen umgestellt, Neue gehen jetzt durch die Tür. Teile vorerst diesen Link:

    { $link }

    Links, die andere Admins erstellt haben (auch der eigene Link der Person, der die Gruppe gehört), lassen weiterhin direkt herein: Ich kann nur meine eigenen ändern. Wenn weiter Leute kommen, kann ein Admin sie in den Gruppeneinstellungen → Einladungslinks widerrufen.

    Ich stelle zurück, wenn es eine Weile ruhig war, oder tippe auf den Knopf, wenn es vorbei ist.
gate-raid-on-no-link = 🚨 <b>Raid-Modus in { $group }</b>: Sehr viele Leute sind in kurzer Zeit beigetreten, aber ich konnte den Link nicht auf Beitrittsanfragen umstellen (dazu brauche ich das Recht, Nutzer einzuladen). Bitte schau dir die Gruppe und ihren Link an.
gate-raid-off =
    ✅ Der Raid-Modus in <b>{ $group }</b> ist vorbei. Der Link der Gruppe:

    { $link }
btn-gate-end-raid = Raid-Modus beenden
gate-raid-already-over = Der Raid-Modus war schon vorbei.

status-gate-on = 🚪 Beitrittsanfragen (oder der Raid-Modus) sind eingeschaltet.
gate-right-invite = ⚠️ Ich kann keine Einladungslinks erstellen: Mach mich in den Einstellungen der Gruppe zum Admin mit „Nutzer per Link einladen“.
gate-right-pin = ⚠️ Ich kann die Vereinbarung der Gruppe nicht anheften: Gib mir das Admin-Recht „Nachrichten anheften“.
gate-right-restrict = ⚠️ Ich kann neue Mitglieder nicht auf Nur-Lesen setzen: Gib mir das Admin-Recht „Nutzer sperren“ (es umfasst Einschränkungen).
gate-right-delete = ⚠️ Ich kann Nachrichten nicht zur Prüfung ausblenden: Gib mir das Admin-Recht „Nachrichten löschen“.

audit-joingate-requests = hat Beitrittsanfragen ein- oder ausgeschaltet
audit-joingate-question = hat die Frage an der Eingangstür formuliert
audit-joingate-readonly = hat die Minuten nur zum Lesen nach dem Beitritt eingestellt
audit-joingate-invite = hat einen persönlichen Einladungslink erstellt
audit-joingate-raid-on = hat den Raid-Modus eingeschaltet
audit-joingate-raid-off = hat den Raid-Modus beendet
