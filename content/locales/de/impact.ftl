# Der Programmbericht (/impact, `peerbot impact`): Zahlen aller Gruppen für Admins und
# Geldgeber; jede Zahl über weniger als 5 Personen wird ausgeblendet.

cmd-impact = Programmbericht über alle Gruppen (PDF und CSV)
impact-pick =
    📊 <b>Programmbericht</b>

    Welchen Zeitraum soll er abdecken? Du bekommst ein PDF zum Lesen und eine CSV-Datei für Tabellen. Jede Zahl über weniger als 5 Personen wird ausgeblendet.
btn-impact-month = Letzter Monat
btn-impact-quarter = Letztes Quartal
btn-impact-year = Letztes Jahr
btn-impact-month-compare = Letzter Monat, mit dem davor
btn-impact-quarter-compare = Letztes Quartal, mit dem davor
btn-impact-year-compare = Letztes Jahr, mit dem davor
impact-working = Ich stelle den Bericht zusammen ({ $period }). Er kommt gleich.
impact-caption-pdf = <b>Programmbericht</b>, { $period }. Niemand wird genannt, und Zahlen über weniger als 5 Personen sind ausgeblendet.
impact-caption-csv = Dieselben Zahlen als CSV, für Tabellen.
impact-no-groups = Es gibt noch keine Gruppen, also gibt es nichts zu berichten.

impact-title = Programmbericht
impact-period = { $start } bis { $end }
impact-compared = verglichen mit { $start } bis { $end }
impact-all-groups = Alle Gruppen
impact-fewer = weniger als 5
impact-protected = ausgeblendet (siehe Hinweis)
impact-none = noch nichts
impact-minutes = { $minutes } Min.
impact-points = { $points } Pkt.
impact-score = { $score } von 5
impact-legend-current = Dieser Zeitraum
impact-legend-earlier = Zeitraum davor
impact-was = vorher { $value }
impact-section-people = Menschen
impact-section-meetings = Treffen
impact-section-care = Wohlbefinden und Sicherheit
impact-page = Seite { $page } von { $pages }
impact-made = Erstellt am { $date }. In diesem Bericht wird niemand genannt.
impact-key-figures = Auf einen Blick: alle Gruppen

impact-metric-participation = Aktive Mitglieder
impact-metric-new-members = Neue Mitglieder
impact-metric-retention-4w-percent = Nach 4 Wochen noch dabei
impact-metric-retention-12w-percent = Nach 12 Wochen noch dabei
impact-metric-attendance-yes = Antworten „Ich komme“
impact-metric-attendance-per-meeting = „Ich komme“ pro Treffen
impact-metric-felt-safe-mean = Fühlten sich sicher (1 bis 5)
impact-metric-felt-heard-mean = Fühlten sich gehört (1 bis 5)
impact-metric-wellbeing-change-8w = Veränderung der Belastung nach 8 Wochen (PHQ-4, unter 0 ist besser)
impact-metric-wellbeing-change-12w = Veränderung der Belastung nach 12 Wochen (PHQ-4, unter 0 ist besser)
impact-metric-crisis-flags = Krisenmeldungen
impact-metric-time-to-human-median-minutes = Zeit bis ein Mensch reagierte (Median)
impact-metric-alerts-per-facilitator-median = Meldungen pro Moderator:in (Median)
impact-metric-alerts-per-facilitator-max = Meldungen pro Moderator:in (höchstens)

impact-methods-title = So liest du diesen Bericht
impact-methods-intro = Dieser Bericht zählt, was Mitglieder mit dem Bot getan haben, nie, was sie gesagt haben. Niemand wird genannt, und die Zahlen stammen aus den eigenen Aufzeichnungen des Bots für die Tage des Zeitraums (UTC).
impact-about-participation = Aktive Mitglieder: Mitglieder, die den Bot im Zeitraum mindestens einmal genutzt haben (eine Nachricht oder eine Schaltfläche).
impact-about-new-members = Neue Mitglieder: Mitglieder, die im Zeitraum über den Bot einer Gruppe beigetreten sind.
impact-about-retention-4w-percent = Nach 4 Wochen noch dabei: von den Mitgliedern, die im Zeitraum mindestens 4 Wochen vor dessen Ende beigetreten sind, der Anteil, der den Bot 4 Wochen oder später nach dem Beitritt wieder genutzt hat.
impact-about-retention-12w-percent = Nach 12 Wochen noch dabei: dasselbe, 12 Wochen nach dem Beitritt.
impact-about-attendance-yes = Antworten „Ich komme“: wie oft Mitglieder im Zeitraum gesagt haben, dass sie zu einem Treffen der Gruppe kommen.
impact-about-attendance-per-meeting = „Ich komme“ pro Treffen: diese Antworten geteilt durch die Treffen, die mindestens eine hatten.
impact-about-felt-safe-mean = Fühlten sich sicher: die durchschnittliche Antwort, von 1 (gar nicht) bis 5 (völlig), auf „Wie sicher hast du dich gefühlt?“ nach einem Treffen. Die Antworten tragen keinen Namen, deshalb zählen nur Treffen mit 5 oder mehr Antworten in einer Woche.
impact-about-felt-heard-mean = Fühlten sich gehört: dasselbe für „Wie gehört hast du dich gefühlt?“.
impact-about-wellbeing-change-8w = Veränderung des Wohlbefindens: für Mitglieder, die sich für den Wohlbefindens-Check entschieden haben (PHQ-4, 0 bis 12, niedriger ist besser), die durchschnittliche Veränderung von ihren ersten Antworten zu denen nach 8 Wochen, gegeben im Zeitraum. Eine negative Zahl bedeutet weniger Belastung.
impact-about-wellbeing-change-12w = Dasselbe nach 12 Wochen.
impact-about-crisis-flags = Krisenmeldungen: Momente, in denen der Bot bemerkt hat, dass jemand in Gefahr sein könnte, und die Moderation der Gruppe benachrichtigt hat.
impact-about-time-to-human-median-minutes = Zeit bis ein Mensch reagierte: der mittlere Wert der Minuten von einer Meldung, bis die erste Person aus Moderation oder Administration sie übernommen hat.
impact-about-alerts-per-facilitator-median = Meldungen pro Moderator:in: wie viele Meldungen jede Person der Moderation der Gruppe bekommen hat, als mittlerer Wert und als Höchstwert, den jemand bekommen hat. Niemand aus der Moderation wird genannt.
impact-methods-hidden = Warum manche Zahlen „weniger als 5“ sagen: Eine Zahl über 1 bis 4 Personen wird nie gezeigt, denn bei so wenigen Menschen könnte eine Zahl auf jemanden hindeuten. Eine Zahl über niemanden wird als 0 oder „noch nichts“ gezeigt.
impact-methods-protected =
    { $count ->
        [0] In diesem Bericht musste keine Zahl über 5 oder mehr Personen ausgeblendet werden.
        [one] Eine Zahl über 5 oder mehr Personen zeigt „ausgeblendet (siehe Hinweis)“: Sie wird ebenfalls ausgeblendet, damit sich eine Zahl über weniger als 5 Personen nicht ausrechnen lässt, indem man die gezeigten Gruppen von „Alle Gruppen“ abzieht.
       *[other] { $count } Zahlen über 5 oder mehr Personen zeigen „ausgeblendet (siehe Hinweis)“: Sie werden ebenfalls ausgeblendet, damit sich eine Zahl über weniger als 5 Personen nicht ausrechnen lässt, indem man die gezeigten Gruppen von „Alle Gruppen“ abzieht.
    }
impact-methods-rounded = Anzahlen (aktive und neue Mitglieder, „Ich komme“-Antworten, Krisenmeldungen) werden auf das nächste Vielfache von 5 gerundet, damit man zwei Berichte, etwa ein Jahr und seine Quartale, nie voneinander abziehen kann, um eine ausgeblendete kleine Zahl herauszufinden. Prozente, Bewertungen und Zeiten werden aus den genauen Zahlen berechnet.
impact-methods-pooled = „Alle Gruppen“ zählt jedes Mitglied jeder Gruppe genau einmal, also zählt eine neue oder kleine Gruppe dort mit, auch wenn ihre eigenen Zahlen ausgeblendet sind.
impact-methods-compare = Eine Veränderung gegenüber dem Zeitraum davor wird nur gezeigt, wenn die Zahlen beider Zeiträume gezeigt werden.
