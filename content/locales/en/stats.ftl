# Texts for /stats: anonymous statistics of a group for facilitators, admins and funders.

cmd-stats = Anonymous statistics of your group

stats-bad =
    I didn't understand that. Send /stats for the last 30 days, or pick one of these periods:
    /stats 7, /stats 30, /stats 90 or /stats 365 (days).
stats-no-groups = You don't facilitate any group yet, so there are no statistics to show.
stats-pick-group = Which group would you like statistics for (last { $days } days)?
btn-stats-group = 📊 { $title }
stats-not-yours = You can only see the statistics of the groups you facilitate.

stats-title = <b>📊 Statistics for { $title }</b>
stats-period = Last { $days } days: { $start } to { $end } (UTC dates)
stats-active = 👥 Active members: { $value }
stats-new = 🆕 New members: { $value }
stats-retention = 🔁 Still active 4 weeks after joining: { $four } · 12 weeks after: { $twelve }
stats-checkins = ✅ Check-ins turned on: { $on } · answered at least once: { $answered }
stats-moods = 🙂 Moods of answered check-ins: { $moods }
stats-mood-share = { $mood } { $share }
stats-rsvps = 📅 Meeting answers: "I'll be there" { $yes } · "Can't make it" { $no }
stats-flags = 🚩 Crisis flags: { $flags } · typical time until someone said "I'm on it": { $wait }
stats-fewer = hidden (fewer than 5 people)*
stats-none = none yet
stats-no-flags = no flags
stats-no-answers = no answers yet
stats-minutes = { $minutes } min
stats-hours = { $hours } h
stats-percent = { $value }%
stats-footnote = * To protect everyone's privacy, any figure that comes from fewer than 5 people is shown as "hidden (fewer than 5 people)" instead of the number (for moods, each mood on its own), so no one can be recognised. Nothing here names anyone.
    "Still active" is about the members who joined in the year before the last 4 (or 12) weeks of the period: the share who still used the bot 4 (or 12) weeks or more after joining.

stats-chart-title = { $title }
stats-chart-subtitle = Last { $days } days ({ $start } to { $end })
stats-chart-counts = People and answers
stats-chart-moods = Moods of answered check-ins
stats-chart-hidden = hidden (fewer than 5 people)
stats-chart-no-answers = No check-ins answered yet
stats-chart-retention = Still active 4 weeks after joining: { $four } · 12 weeks after: { $twelve }
stats-chart-wait = Typical time until someone said "I'm on it": { $wait }
stats-bar-active = Active members
stats-bar-new = New members
stats-bar-checkins-on = Check-ins on
stats-bar-answered = Members who answered
stats-bar-yes = "I'll be there"
stats-bar-no = "Can't make it"
stats-bar-flags = Crisis flags
stats-feedback = 💬 How meetings felt (1-5, from members' answers): safe { $safe } · heard { $heard }
