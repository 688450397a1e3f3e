# Datenschutz: /privacy, /mydata, /forget, /stop.

privacy-text =
    <b>Deine Privatsphäre</b>

    <b>Was ich speichere:</b> deine Telegram-Nutzernummer (nicht deine Telefonnummer), deinen Vornamen und Benutzernamen, die Sprache und Zeitzone, die du gewählt hast, die Gruppen, denen du über mich beigetreten bist, und den Zeitpunkt, zu dem du dem zugestimmt hast.
    <b>Wozu:</b> um dir in deiner Sprache zu antworten, Uhrzeiten in deiner Zeitzone anzuzeigen und zu wissen, welche Treffen und Moderator:innen zu deiner Gruppe gehören.
    <b>Deine Nachrichten:</b> Ich lese die Nachrichten, die du mir schickst, und die in Gruppen, die ich sehen kann, auf Wörter und Formulierungen hin, die bedeuten können, dass jemand in Gefahr ist (eine Wortliste und ein kleines Modell, das im Bot selbst läuft; deine Nachrichten gehen dafür nirgendwo anders hin). Wenn ich so etwas sehe, schicke ich dir Hilfe-Hotlines, und die Moderator:innen deiner Gruppe werden benachrichtigt (dein Name, wo, und ein kurzer Ausschnitt mit den besorgniserregenden Wörtern), damit sich ein geschulter Peer bei dir melden kann. Diesen Ausschnitt und deinen Namen speichere ich mit der Meldung { $days } Tage lang, danach bleibt nur eine anonyme Zählung. Deine anderen Nachrichten speichere ich nicht.
    <b>Meldungen und Sorgen:</b> Wenn du eine Nachricht meldest (/report) oder mir sagst, dass du dir Sorgen um jemanden machst (/worried), speichere ich { $days } Tage lang, dass du es warst, um wen es ging und deine Worte, für die Moderierenden der Gruppe; sie sehen deine Worte, aber nicht deinen Namen, und die Person erfährt es nie.
    <b>Tage, an denen du mich genutzt hast:</b> das Datum (nie, was du geschrieben hast) jedes Tages, an dem du mir schreibst oder einen Button antippst, gespeichert für { $activity_days } Tage, damit Moderator:innen anonyme Gesamtzahlen sehen können, etwa wie viele Mitglieder diesen Monat aktiv waren. Nie, wer: Jede Zahl, die von weniger als 5 Personen stammt, wird ausgeblendet.
    <b>Wenn du sie einschaltest:</b> Erinnerungen an Treffen (welche Treffen, wie lange vorher, deine Ruhezeiten und ob du gesagt hast, dass du kommst) und tägliche Check-ins (deine Uhrzeit und Tage, die Stimmung jedes Tages und jede Notiz, die du dazuschreibst). Notizen werden nach { $note_days } Tagen gelöscht; Stimmungen bleiben, bis du sie löschst. Moderator:innen sehen deine Check-ins nie: Wenn du jemanden von ihnen bittest, sich bei dir zu melden (oder nach ein paar schweren Tagen zugestimmt hast, dass sie das dürfen), erfahren sie nur, dass du dir ein Gespräch wünschst.
    <b>Neu in einer Gruppe:</b> in deinen ersten Stunden in einer Gruppe, wann du beigetreten bist (damit die Moderierenden sich deine Links zuerst ansehen); danach wird es gelöscht. Wenn die Menschen, die mich betreiben, ein Konto als Spam sperren, bleibt seine Nutzernummer auch nach /forget auf ihrer Sperrliste, damit die Sperre hält.
    <b>Rückmeldungen und Wohlbefindens-Check:</b> Nach einem Treffen, zu dem du zugesagt hast, frage ich vielleicht, wie es war; deine Antwort wird ohne deinen Namen gespeichert. Der Check hat sein eigenes Ja oder Nein: /wellbeing zeigt ihn, dort kannst du ihn beenden und deine Antworten löschen.
    <b>Wie lange:</b> bis du es mit /forget löschst oder bis deine Gruppe mich nicht mehr nutzt.
    <b>Wer es sieht:</b> nur die Menschen, die diesen Bot für deine Gemeinschaft betreiben. Moderator:innen sehen immer nur Gesamtzahlen, nie deine eigenen Antworten, außer wenn du in Gefahr bist.

    /mydata schickt dir eine Datei mit allem. /forget löscht alles.

mydata-caption = Hier ist alles, was ich über dich speichere.
mydata-none = Ich speichere nichts über dich. 🌿

forget-confirm =
    Damit wird alles gelöscht, was ich über dich speichere: deine Einstellungen, deine Gruppen und alles andere, was du eingeschaltet hast. Das lässt sich nicht rückgängig machen.
    Soll ich dich vergessen?
forget-confirm-staff =
    <b>Du gehörst hier zum Team.</b>{ $group_count ->
        [0] {""}
       *[other] {" "}Wenn du deine Daten löschst, bist du außerdem nicht mehr Moderator:in von: { $groups }.
    }{ $admin ->
        [yes] {" "}Deine Admin-Rolle fällt ebenfalls weg (außer sie ist in den Einstellungen des Bots festgelegt).
       *[no] {""}
    }{ $held ->
        [0] {""}
        [one] {" "}Die Meldung, die du übernommen hast, geht zurück an die anderen, die sie bekommen haben, und sie werden benachrichtigt.
       *[other] {" "}Die { $held } Meldungen, die du übernommen hast, gehen zurück an die anderen, die sie bekommen haben, und sie werden benachrichtigt.
    }
btn-forget-yes = Ja, vergiss mich
btn-no = Nein, behalten
forget-done =
    Erledigt. Ich habe alles gelöscht, was ich über dich gespeichert hatte.
    Pass auf dich auf. Wenn du irgendwann zurückkommen möchtest, schick /start.
forget-cancelled = Okay, es wurde nichts gelöscht.
forget-nothing = Ich speichere nichts über dich, also gibt es nichts zu löschen.

stop-done =
    Okay. Ich schicke dir von mir aus nichts mehr (keine Erinnerungen, keine Check-ins).
    Du kannst mich trotzdem jederzeit etwas fragen, und deine Einstellungen bleiben, bis du /forget nutzt.
    Wenn mich etwas, das du schreibst, beunruhigt, erfahren die Moderierenden deiner Gruppe weiterhin davon, damit sich jemand bei dir melden kann.
    Doch anders entschieden? Erinnerungen schaltest du mit /reminders wieder ein, tägliche Check-ins mit /checkin.
