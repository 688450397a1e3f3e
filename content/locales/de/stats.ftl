# Texte für /stats: anonyme Statistiken einer Gruppe für Moderator:innen, Admins und Geldgeber.

cmd-stats = Anonyme Statistiken deiner Gruppe

stats-bad =
    Das habe ich nicht verstanden. Schick /stats für die letzten 30 Tage oder wähl einen dieser Zeiträume:
    /stats 7, /stats 30, /stats 90 oder /stats 365 (Tage).
stats-no-groups = Du moderierst noch keine Gruppe, deshalb gibt es keine Statistiken zu zeigen.
stats-pick-group = Für welche Gruppe möchtest du Statistiken sehen (letzte { $days } Tage)?
btn-stats-group = 📊 { $title }
stats-not-yours = Du kannst nur die Statistiken der Gruppen sehen, die du moderierst.

stats-title = <b>📊 Statistiken für { $title }</b>
stats-period = Letzte { $days } Tage: { $start } bis { $end } (Daten in UTC)
stats-active = 👥 Aktive Mitglieder: { $value }
stats-new = 🆕 Neue Mitglieder: { $value }
stats-retention = 🔁 4 Wochen nach dem Beitritt noch aktiv: { $four } · nach 12 Wochen: { $twelve }
stats-checkins = ✅ Check-ins eingeschaltet: { $on } · mindestens einmal beantwortet: { $answered }
stats-moods = 🙂 Stimmungen der beantworteten Check-ins: { $moods }
stats-mood-share = { $mood } { $share }
stats-rsvps = 📅 Antworten zu Treffen: „Ich bin dabei“ { $yes } · „Ich kann nicht“ { $no }
stats-flags = 🚩 Krisenmeldungen: { $flags } · übliche Zeit, bis jemand „Ich übernehme“ getippt hat: { $wait }
stats-fewer = ausgeblendet (weniger als 5 Personen)*
stats-none = noch keine
stats-no-flags = keine Meldungen
stats-no-answers = noch keine Antworten
stats-minutes = { $minutes } Min.
stats-hours = { $hours } Std.
stats-percent = { $value } %
stats-footnote = * Um die Privatsphäre aller zu schützen, wird jede Zahl, die von weniger als 5 Personen stammt, statt als Zahl als „ausgeblendet (weniger als 5 Personen)“ angezeigt (bei Stimmungen jede Stimmung für sich), damit niemand erkannt werden kann. Hier wird niemand namentlich genannt.
    „Noch aktiv“ bezieht sich auf die Mitglieder, die im Jahr vor den letzten 4 (bzw. 12) Wochen des Zeitraums beigetreten sind: der Anteil, der den Bot 4 (bzw. 12) Wochen oder länger nach dem Beitritt noch genutzt hat.

stats-chart-title = { $title }
stats-chart-subtitle = Letzte { $days } Tage ({ $start } bis { $end })
stats-chart-counts = Menschen und Antworten
stats-chart-moods = Stimmungen der beantworteten Check-ins
stats-chart-hidden = ausgeblendet (weniger als 5 Personen)
stats-chart-no-answers = Noch keine Check-ins beantwortet
stats-chart-retention = 4 Wochen nach dem Beitritt noch aktiv: { $four } · nach 12 Wochen: { $twelve }
stats-chart-wait = Übliche Zeit, bis jemand „Ich übernehme“ getippt hat: { $wait }
stats-bar-active = Aktive Mitglieder
stats-bar-new = Neue Mitglieder
stats-bar-checkins-on = Check-ins an
stats-bar-answered = Mitglieder mit Antworten
stats-bar-yes = „Ich bin dabei“
stats-bar-no = „Ich kann nicht“
stats-bar-flags = Krisenmeldungen
stats-feedback = 💬 Wie sich die Treffen anfühlten (1–5, laut Antworten): sicher { $safe } · gehört { $heard }
