# Texte für mehrere Funktionen: Hilfe, Einstellungen, Fehler, Gruppen, Befehlsmenü.

help-member =
    <b>Was ich für dich tun kann</b>

    /start – mich einrichten oder mit einem Einladungslink einer Gruppe beitreten
    /next – wann und wo das nächste Treffen ist und wie du dabei sein kannst
    /meetings – die Treffen dieser Woche und Kalenderdateien
    /reminders – Erinnerungen an Treffen und Ruhezeiten
    /rules – was deine Gruppe vereinbart hat
    /checkin – ein täglicher Stimmungs-Check-in zu deiner Uhrzeit (nur du siehst ihn); /pause, /resume
    /mood – dein Stimmungsdiagramm und eine kurze Zusammenfassung
    /crisis – Krisen-Hotlines, die du jetzt anrufen oder anschreiben kannst
    /worried – ich mache mir Sorgen um jemanden: sag es den Moderierenden der Gruppe (in einer Gruppe: antworte mit /report auf eine Nachricht)
    /resources – Hilfe in deiner Nähe oder online: nach Themen stöbern oder suchen
    /settings – deine Sprache oder Zeitzone ändern
    /privacy – was ich über dich speichere, wozu und wie lange
    /mydata – eine Datei mit allem bekommen, was ich über dich speichere
    /forget – alles löschen, was ich über dich speichere
    /stop – alle Nachrichten stoppen, die ich von mir aus schicke
    /help – diese Liste

    Wenn du in Gefahr bist oder daran denkst, dir das Leben zu nehmen, wende dich bitte jetzt an eine Krisen-Hotline oder an den örtlichen Notruf. Du hast Unterstützung verdient.

help-admin-extra =

    <b>Für Admins</b>
    /groups – die Gruppen, in denen ich bin, mit ihren Einladungslinks
    /setup – eine Gruppe neu einrichten: Name, Zeitzone, Sprache, Erinnerung an Treffen
    /status – was ich in jeder Gruppe sehen kann und was zu ändern ist
    /facilitators – Moderator:innen einer Gruppe hinzufügen oder entfernen (auf ihre Nachricht antworten, eine weiterleiten oder ihre Nummer angeben)
    /audit – wer in letzter Zeit was gemacht hat (Moderator:innen und Admins)
    /supervisors – Supervisor:innen hinzufügen oder entfernen, die sich um die Moderierenden kümmern
    /load – wie viel jede moderierende Person trägt (auch für die Supervision)
    /reload – die Ressourcendateien nach dem Bearbeiten neu einlesen

need-start = Wir kennen uns noch nicht. Schick /start, dann erkläre ich dir, was ich mache.

settings-menu =
    <b>Deine Einstellungen</b>
    Sprache: { $language }
    Zeitzone: { $timezone }
    Uhrzeitformat: { $example }
    { settings-checkins }

    Was möchtest du ändern?

btn-language = Sprache
btn-clock = 🕒 Uhrzeitformat
btn-timezone = Zeitzone
settings-choose-language = In welcher Sprache soll ich mit dir schreiben?
settings-language-set = Alles klar, ab jetzt spreche ich Deutsch mit dir.
settings-choose-timezone =
    In welcher Zeitzone bist du? Im Moment habe ich <b>{ $timezone }</b>.
    Tippe unten auf eine, oder schreib ihren Namen (zum Beispiel Europe/Berlin oder Zürich).


unknown-command = Diesen Befehl kenne ich nicht. Schick /help, um zu sehen, was ich kann.
text-fallback =
    Danke, dass du mir schreibst. 💛 Ich bin nur ein einfacher Bot und kann nicht auf alles antworten, was du sagst.
    Wenn es heute schwer ist: Du bist nicht allein. /crisis zeigt dir Menschen, die du jetzt anrufen oder anschreiben kannst, und deine Moderator:innen sind für dich da. Mit /checkin behältst du im Blick, wie es dir geht, und /help zeigt dir alles, was ich kann.
non-text-fallback = Ich kann nur Textnachrichten lesen. Schick /help, um zu sehen, was ich kann.
only-private = Lass uns privat reden, damit deine Angaben unter uns bleiben. Tippe unten auf den Button.
btn-open-private = Privaten Chat öffnen
not-a-person = Bitte schick das von deinem eigenen Konto, nicht im Namen einer Gruppe oder eines Kanals.
button-expired = Dieser Button ist abgelaufen. Bitte fang noch einmal von vorn an.
something-went-wrong = Entschuldige, bei mir ist etwas schiefgelaufen. Bitte versuch es gleich noch einmal.

admin-only = Sorry, das ist nur für die Menschen, die diesen Bot betreiben.
groups-none = Ich bin noch in keiner Gruppe. Füge mich zu einer Gruppe hinzu, dann erscheint sie hier.
groups-list-header = <b>Gruppen, in denen ich bin</b>
groups-list-item =
    • <b>{ $title }</b> – { $members ->
        [one] 1 Mitglied
       *[other] { $members } Mitglieder
    }
      Einladungslink: { $link }

bot-added-to-group =
    Hallo zusammen! 👋 Ich bin der Helfer-Bot dieser Gruppe.
    Für Termine der Treffen, Erinnerungen und Hilfe-Hotlines tippt unten auf den Button und dann auf „Starten“. Was ihr mir privat erzählt, bleibt privat.
btn-join-group = Mit dem Bot beitreten

cmd-start = Mich einrichten oder einer Gruppe beitreten
cmd-help = Was ich kann
cmd-settings = Sprache und Zeitzone
cmd-privacy = Was ich über dich speichere
cmd-mydata = Deine Daten herunterladen
cmd-forget = Deine Daten löschen
cmd-stop = Nachrichten stoppen, die ich von mir aus schicke
cmd-groups = Gruppen und Einladungslinks (Admins)
cmd-crisis = Krisen-Hotlines, sofort
cmd-flags = Offene und neue Meldungen (Moderation)
cmd-flag = Eine Meldung und ihr Verlauf (Moderation)
cmd-oncall = Wer Bereitschaft hat (Moderation)

settings-choose-clock = Wie soll ich Uhrzeiten schreiben?
btn-clock-auto = Wie es bei mir üblich ist ({ $example })
settings-clock-set = Erledigt: Ich schreibe Uhrzeiten jetzt so: { $example }.

question-dropped-meeting = Ich habe beiseitegelegt, was du gerade an einem Treffen ändern wolltest. Schick denselben Befehl noch einmal, um neu anzufangen.
question-dropped-resource = Ich habe beiseitegelegt, was du gerade an einem Angebot ändern wolltest. Schick denselben Befehl noch einmal, um neu anzufangen.
question-dropped-announcement = Ich habe die Ankündigung, an der du gerade geschrieben hast, beiseitegelegt. Schick /announce, um neu anzufangen.
question-dropped-setup = Ich habe die Gruppeneinrichtung, die du angefangen hattest, beiseitegelegt. Schick /setup, um neu anzufangen.
