# Tägliche Check-ins: die Frage, Stimmungswörter, Zusammenfassungen und was die Moderation erfährt.

checkin-prompt = 🌤 <b>Wie geht es dir heute?</b>
    Tippe auf das, was am besten passt. Es gibt keine falschen Antworten.
checkin-prompt-late = (Das kommt etwas spät: Ich war eine Weile offline.)
mood-5 = 😄 5 · Sehr gut
mood-4 = 🙂 4 · Gut
mood-3 = 😐 3 · Geht so
mood-2 = 😕 2 · Nicht so gut
mood-1 = 😞 1 · Sehr schlecht
checkin-skip-today = Heute auslassen
checkin-weekly-summary = <b>Deine Woche</b>
    { $answered ->
        [one] Du hast einmal eingecheckt
       *[other] Du hast { $answered } Mal eingecheckt
    }, deine Stimmung lag im Schnitt bei { $average } von 5. { $streak ->
        [0] { "" }
        [one] Deine Serie: 1 Tag.
       *[other] Deine Serie: { $streak } Tage in Folge.
    }
    Schick /mood, um dein Diagramm zu sehen. Geh diese Woche behutsam mit dir um. 🌱
checkin-request-asked = 🤝 <b>{ $name }</b> möchte, dass sich nach dem Check-in jemand aus dem Moderationsteam meldet. <a href="tg://user?id={ $id }">Chat öffnen</a>. (Das ist keine Krisenmeldung.)
checkin-request-low_mood = 🤝 <b>{ $name }</b> hatte ein paar schwere Tage und ist einverstanden, dass sich jemand aus dem Moderationsteam meldet. <a href="tg://user?id={ $id }">Chat öffnen</a>. (Das ist keine Krisenmeldung.)

# „Ich melde mich“: der eine Button an einer Bitte, und die Antworten darauf.
btn-contact-take = 🙋 Ich melde mich
btn-contact-taken = ✅ { $name } meldet sich
btn-contact-taken-you = ✅ Du meldest dich
contact-reminder = ⏰ <b>Erinnerung:</b> Noch hat niemand zugesagt, sich zu melden.
contact-withdrawn = 🤝 Diese Bitte um Kontakt wurde zurückgezogen. Hier ist nichts mehr zu tun — danke.
contact-claimed = Danke! Die anderen sehen, dass du dich meldest.
contact-yours = Du hast zugesagt, dich zu melden. Danke!
contact-already = { $name } hat schon zugesagt, sich zu melden.
contact-not-allowed = Diese Bitte ging an andere Moderator:innen, deshalb kümmern sie sich darum. Danke, dass du helfen wolltest.
contact-gone = Diese Bitte wurde zurückgezogen. Es ist nichts mehr zu tun.
contact-someone = Jemand
audit-contact-claim = hat zugesagt, sich bei einem Mitglied zu melden, das darum gebeten hat

# /checkin: Check-ins einschalten, der Plan, Änderungen (im Chat).
checkin-intro = 🌤 <b>Tägliche Check-ins</b>
    Einmal am Tag, zu einer Uhrzeit deiner Wahl, frage ich dich, wie es dir geht. Ein Tipp genügt.
    Du entscheidest: Du kannst jederzeit pausieren oder aufhören, und nur du siehst deine Antworten.

    Welche Uhrzeit passt dir? (Deine Zeitzone: { $zone })
btn-checkin-time-other = Andere Uhrzeit…
checkin-time-ask = Welche Uhrzeit möchtest du? Schreib sie zum Beispiel so: <b>21:30</b> oder <b>8:00</b>.
checkin-time-bad = Entschuldige, das konnte ich nicht als Uhrzeit lesen. Versuch es zum Beispiel mit <b>21:30</b>, <b>08:00</b> oder <b>20.15</b>.
checkin-days-ask = Check-in um { $time } – an welchen Tagen?
btn-checkin-every-day = Jeden Tag
btn-checkin-weekdays = Mo–Fr
btn-checkin-weekends = Wochenende
btn-checkin-choose-days = Tage auswählen…
checkin-days-choose = Tippe auf die Tage, die du möchtest, und dann auf <b>Fertig</b>.
btn-checkin-days-done = Fertig
checkin-days-none = Bitte wähl mindestens einen Tag aus.
checkin-consent-ask = Eine letzte Frage: Wenn du mehrere schwere Tage hintereinander hast, darf ich dann jemandem aus dem Moderationsteam sagen, dass du dir vielleicht ein Gespräch wünschst? (Deine Antworten würden sie nie sehen.)
btn-checkin-consent-yes = Ja, das ist okay
btn-checkin-consent-no = Nein, danke
checkin-on = ✅ Check-ins sind an: { $days } um { $time } ({ $zone }). Der nächste: { $next }.
    { $share ->
        [on] Wenn du mehrere schwere Tage hintereinander hast, sage ich jemandem aus dem Moderationsteam, dass du dir vielleicht ein Gespräch wünschst.
       *[other] Von deinen Check-ins erzähle ich niemandem etwas.
    }
    Schick /pause für eine Pause oder /checkin, um etwas zu ändern.
checkin-days-every = jeden Tag
checkin-days-weekdays = Montag bis Freitag
checkin-days-weekends = am Wochenende
checkin-next-none = keiner geplant
checkin-status = 🌤 <b>Deine täglichen Check-ins</b>
    { $days } um { $time } ({ $zone }). Der nächste: { $next }.
checkin-status-paused = ⏸ Pausiert bis einschließlich { $date }
checkin-status-options = Wochenrückblick am Sonntag: { $summary ->
        [on] an
       *[other] aus
    }
    An schweren Tagen der Moderation Bescheid geben: { $share ->
        [on] ja
       *[other] nein
    }
btn-checkin-change-time = 🕘 Uhrzeit ändern
btn-checkin-change-days = 📅 Tage ändern
btn-checkin-pause = ⏸ Pausieren
btn-checkin-summary-on = ✅ Wochenrückblick: an
btn-checkin-summary-off = Wochenrückblick: aus
btn-checkin-share-on = ✅ An schweren Tagen Moderation informieren: an
btn-checkin-share-off = An schweren Tagen Moderation informieren: aus
btn-checkin-off = Check-ins ausschalten
checkin-saved = Gespeichert.
checkin-off-done = Check-ins sind aus. Deine bisherigen Check-ins bleiben hier, nur für dich (/mood). Schick /checkin, wann immer du sie wieder möchtest.
checkin-time-choose = Um wie viel Uhr möchtest du deinen Check-in? (Deine Zeitzone: { $zone })
checkin-days-change = An welchen Tagen möchtest du einen Check-in?

# /pause und /resume
checkin-pause-ask = Wie lange möchtest du Pause von den Check-ins machen? Du kannst es auch schreiben, zum Beispiel /pause 3 (drei Tage) oder /pause bis { $example }.
btn-checkin-pause-1 = 1 Tag
btn-checkin-pause-3 = 3 Tage
btn-checkin-pause-7 = 1 Woche
btn-checkin-resume = Jetzt weitermachen
checkin-paused = ⏸ Check-ins pausiert bis einschließlich { $end }. Ab { $resume } geht es weiter. Pass auf dich auf; schick /resume, wenn du früher zurückkommen möchtest.
checkin-pause-bad = Das konnte ich nicht lesen. Versuch es mit <b>/pause 3</b> (drei Tage), <b>/pause 7</b> (eine Woche) oder <b>/pause bis { $example }</b>, höchstens ein Jahr.
checkin-pause-past = Der { $date } ist schon vorbei (heute ist { $today }). Versuch es mit <b>/pause bis { $example }</b> oder <b>/pause 3</b> (drei Tage).
checkin-not-on = Check-ins sind aus, es gibt also nichts zu pausieren. Schick /checkin, wenn du sie einschalten möchtest.
checkin-resumed = ▶️ Willkommen zurück: Die Check-ins laufen wieder. Der nächste: { $next }.
checkin-not-paused = Die Check-ins sind nicht pausiert. Der nächste: { $next }.

# Auf einen Check-in antworten
checkin-thanks = Danke für deinen Check-in: { $mood }
btn-checkin-note = ✏️ Notiz hinzufügen
btn-checkin-help = 🤝 Jemand aus der Moderation soll sich melden
checkin-closed = Dieser Check-in ist vorbei — bis zum nächsten Mal
checkin-skipped = Okay, heute kein Check-in. Bis zum nächsten Mal.
checkin-skipped-text = Heute ausgelassen. Bis zum nächsten Mal. 🌱
checkin-note-ask = Schreib ein paar Worte — nur du siehst sie.
checkin-note-saved = Deine Notiz ist gespeichert.
checkin-note-offer = Soll ich das als heutige Notiz behalten? Nur du siehst sie.
btn-checkin-keep-note = ✏️ Als heutige Notiz behalten
btn-checkin-drop-note = Nein, danke
checkin-note-not-kept = Okay, ich habe es nicht behalten.
checkin-help-sent = Ich habe den Moderator:innen deiner Gruppe Bescheid gegeben. Jemand von ihnen meldet sich, sobald es geht. Wenn du jetzt sofort jemanden brauchst: /crisis
checkin-help-sent-admins = Deine Gruppe hat gerade kein Moderationsteam, deshalb habe ich den Menschen Bescheid gegeben, die diesen Bot betreiben. Jemand von ihnen meldet sich, sobald es geht. Wenn du jetzt sofort jemanden brauchst: /crisis
checkin-help-already = Du hast schon gefragt, und ich habe es nicht vergessen.
checkin-help-nobody = Ich konnte gerade noch niemanden erreichen, aber ich versuche es weiter, bis jemand Zeit hat. Wenn du jetzt sofort jemanden brauchst: /crisis
checkin-low-run = 💛 Die letzten Tage klingen, als wären sie schwer gewesen. Danke, dass du mir das sagst; das ist nicht selbstverständlich.
    Wenn es dir zu viel wird, findest du unter /crisis Menschen, mit denen du jetzt gleich reden kannst, und unter /resources Unterstützung in deiner Nähe.
    { $told ->
        [yes] Wie abgesprochen habe ich den Moderator:innen deiner Gruppe gesagt, dass du dir vielleicht ein Gespräch wünschst.
        [later] Wie abgesprochen sage ich jemandem aus dem Moderationsteam, dass du dir vielleicht ein Gespräch wünschst. Ich konnte gerade noch niemanden erreichen, versuche es aber weiter.
       *[other] Wenn du möchtest, kann sich jemand aus dem Moderationsteam bei dir melden.
    }
btn-checkin-talk = 🤝 Mit der Moderation reden

# /mood: Diagramme und ihre Zusammenfassung
mood-caption = 📈 <b>Deine letzten { $days } Tage</b>
    { $answered ->
        [one] 1 Check-in
       *[other] { $answered } Check-ins
    } · Stimmung im Schnitt { $average } von 5
    { $streak ->
        [0] { "" }
        [one] Deine Serie: 1 Tag.
       *[other] Deine Serie: { $streak } Tage in Folge.
    }
mood-caption-year = 🟩 <b>Dein Jahr in Pixeln</b>
    { $answered ->
        [one] 1 Check-in
       *[other] { $answered } Check-ins
    } · Stimmung im Schnitt { $average } von 5
    { $streak ->
        [0] { "" }
        [one] Deine Serie: 1 Tag.
       *[other] Deine Serie: { $streak } Tage in Folge.
    }
mood-caption-best = Beste Tage: { $dates }
mood-caption-hardest = Schwerste Tage: { $dates }
mood-none = In den letzten { $days } Tagen gibt es noch keine Check-ins. Sobald du einen beantwortest, erscheint hier dein Diagramm. 🌱
mood-bad = Ich kann /mood (die letzten 30 Tage), /mood 90 oder /mood year (das ganze Jahr) zeigen.
mood-chart-title = Meine Stimmung: die letzten { $days } Tage
mood-chart-title-year = Mein Jahr in Pixeln
mood-chart-no-data = Noch keine Check-ins
mood-chart-no-answer = Keine Antwort
mood-word-1 = Sehr schlecht
mood-word-2 = Nicht so gut
mood-word-3 = Geht so
mood-word-4 = Gut
mood-word-5 = Sehr gut

# Für /settings und das Befehlsmenü
settings-checkins = 🌤 Tägliche Check-ins und ob die Moderation an schweren Tagen Bescheid bekommt: /checkin
btn-settings-checkins = 🌤 Check-ins
cmd-checkin = Tägliche Check-ins: an, aus, Uhrzeit und Tage
cmd-mood = Dein Stimmungsdiagramm
cmd-pause = Check-ins eine Zeit lang pausieren
cmd-resume = Check-ins wieder starten
