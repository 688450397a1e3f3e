# Geführte Einrichtung einer Gruppe (privat) und der Einrichtungslink in der Begrüßung.

cmd-setup = Gruppe einrichten: Name, Zeitzone, Sprache, Erinnerung

setup-intro =
    Danke, dass du mich zu <b>{ $title }</b> hinzugefügt hast! 🌱
    Lass uns die Gruppe zusammen einrichten: vier kurze Fragen (Name der Gruppe, ihre Zeitzone, die Sprache meiner Beiträge im Gruppenchat und eine Erinnerung vor jedem Treffen). Das dauert etwa eine Minute.
btn-setup-start = Jetzt einrichten
btn-setup-later = Später
btn-setup-stop = Einrichtung abbrechen

setup-ask-name =
    <b>1 von 4 · Name</b>
    Wie soll ich die Gruppe nennen? Tippe auf den Button, um <b>{ $title }</b> zu behalten, oder schreib einen neuen Namen (2 bis 64 Zeichen), zum Beispiel: Dienstagabend-Runde.
btn-setup-keep-name = „{ $title }“ behalten
setup-name-too-long = Dieser Name ist zu lang: Bitte nimm höchstens { $max } Zeichen.
setup-name-too-short = Dieser Name ist zu kurz: Bitte nimm mindestens 2 Buchstaben oder Ziffern, zum Beispiel: Dienstagsrunde.
setup-name-command = Ein Gruppenname kann nicht mit „/“ anfangen, weil so Befehle anfangen. Schreib bitte nur den Namen, zum Beispiel: Dienstagsrunde.

setup-ask-timezone =
    <b>2 von 4 · Zeitzone</b>
    Uhrzeiten der Treffen und Erinnerungen richten sich nach der Zeitzone der Gruppe. Im Moment ist das <b>{ $timezone }</b>. Tippe auf eine, oder schreib eine große Stadt oder einen Zonennamen, zum Beispiel: Berlin, Zürich oder Europe/Vienna.
btn-setup-type-zone = Stadt oder Zone eingeben
setup-type-timezone = Schreib den Namen einer großen Stadt in der Nähe der Gruppe oder einen Zonennamen, zum Beispiel: Berlin, Zürich oder Europe/Vienna.
setup-timezone-unknown = Die Zeitzone „{ $text }“ kenne ich nicht. Schreib bitte eine große Stadt in der Nähe der Gruppe (Berlin, Zürich, London) oder einen Zonennamen wie Europe/Berlin.
setup-timezone-did-you-mean = Ich bin nicht sicher, welche Zeitzone „{ $text }“ ist. Meintest du eine von diesen? Tippe sie an oder schreib eine andere Stadt in der Nähe der Gruppe.

setup-ask-language =
    <b>3 von 4 · Sprache</b>
    In welcher Sprache soll ich im Gruppenchat schreiben? Für unseren privaten Chat wählt jedes Mitglied weiterhin seine eigene Sprache.

setup-ask-reminder =
    <b>4 von 4 · Erinnerung an Treffen</b>
    Soll ich vor jedem Treffen eine Erinnerung im Gruppenchat posten? Die Mitglieder können sich außerdem eigene private Erinnerungen einstellen.
setup-post-off = Aus

setup-done =
    ✅ <b>{ $title }</b> ist eingerichtet.
    🕒 Zeitzone: { $timezone }
    🗣 Sprache meiner Beiträge: { $language }
    ⏰ Erinnerung im Gruppenchat: { $reminder }
setup-invite = Mitglieder kommen über diesen Link dazu (er steht auch in meiner Begrüßung in der Gruppe): { $link }
setup-next-header = <b>Was noch zu tun ist</b>
setup-next-readd = • Ich kann in der Gruppe nicht mehr schreiben. Füg mich wieder hinzu und schick dann /setup.
setup-next-privacy = • Ich sehe die Nachrichten der Mitglieder noch nicht, also merke ich nicht, wenn jemand in Gefahr sein könnte. Mach mich zum Admin der Gruppe (ohne besondere Rechte), oder schick in @BotFather /setprivacy, wähl diesen Bot, wähl Disable, entferne mich dann aus der Gruppe und füg mich wieder hinzu.
setup-next-facilitators = • Füg mit /facilitators die Moderator:innen der Gruppe hinzu. Bis dahin gehen Krisenmeldungen an die Admins.
setup-next-ask-admin = • Bitte einen Admin des Bots, die Moderator:innen der Gruppe hinzuzufügen (/facilitators). Bis dahin gehen Krisenmeldungen an die Admins.
setup-next-meeting = • Leg mit /addmeeting das erste Treffen der Gruppe an (das können Moderator:innen und Admins).
setup-next-none = Sonst ist nichts mehr zu tun: Die Gruppe ist startklar. (Admins des Bots können jederzeit /status schicken, um nachzusehen.)

setup-not-allowed = Nur ein Admin des Bots oder ein Admin der Gruppe in Telegram kann diese Gruppe einrichten. Nichts wurde geändert.
setup-expired = Dieser Button gehört zu einer früheren Einrichtung. Schick /setup, um neu anzufangen.
setup-later = Kein Problem. Schick /setup, wann immer du so weit bist.
setup-stopped = Einrichtung abgebrochen; nichts wurde geändert. Schick /setup, um neu anzufangen.
setup-choose-button = Wähl bitte einen der Buttons unten.
setup-use-buttons = Tippe bitte auf einen der Buttons oben (oder auf „Einrichtung abbrechen“).
setup-no-groups = Es gibt keine Gruppe, die du einrichten kannst. Füg mich zuerst zu deiner Gruppe hinzu (dafür musst du dort Admin sein) und schick dann noch einmal /setup.
setup-pick-group = Welche Gruppe möchtest du einrichten?
setup-link-invalid = Dieser Einrichtungslink funktioniert nicht mehr. Schick /setup, um die Gruppen zu sehen, die du einrichten kannst.

bot-added-setup-link = { $name }, um die Gruppe fertig einzurichten, öffne mich bitte privat über den Button unten und tippe auf Starten.
btn-setup-in-private = Gruppe einrichten (Admins)
setup-gate-hint = 🚪 Damit Neue vor dem Beitritt eine Frage beantworten, die Vereinbarung der Gruppe lesen (/rules) und zustimmen, schick /gate. /invite erstellt einen Link für eine Person.
btn-setup-gate = 🚪 Die Eingangstür einrichten
