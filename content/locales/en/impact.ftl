# The programme report (/impact, `peerbot impact`): figures across groups for admins and
# funders, every figure about fewer than 5 people hidden.

cmd-impact = Programme report across all groups (PDF and CSV)
impact-pick =
    📊 <b>Programme report</b>

    Which period should it cover? You'll get a PDF to read and a CSV for spreadsheets. Any figure about fewer than 5 people is hidden.
btn-impact-month = Last month
btn-impact-quarter = Last quarter
btn-impact-year = Last year
btn-impact-month-compare = Last month, with the one before
btn-impact-quarter-compare = Last quarter, with the one before
btn-impact-year-compare = Last year, with the one before
impact-working = Putting the report together for { $period }. It comes in a moment.
impact-caption-pdf = <b>Programme report</b>, { $period }. No one is named, and figures about fewer than 5 people are hidden.
impact-caption-csv = The same figures as CSV, for spreadsheets.
impact-no-groups = There are no groups yet, so there is nothing to report.

impact-title = Programme report
impact-period = { $start } to { $end }
impact-compared = compared with { $start } to { $end }
impact-all-groups = All groups
impact-fewer = fewer than 5
impact-protected = hidden (see the note)
impact-none = none yet
impact-minutes = { $minutes } min
impact-points = { $points } pts
impact-score = { $score } of 5
impact-legend-current = This period
impact-legend-earlier = Period before
impact-was = was { $value }
impact-section-people = People
impact-section-meetings = Meetings
impact-section-care = Wellbeing and safety
impact-page = Page { $page } of { $pages }
impact-made = Made on { $date }. No one is named in this report.
impact-key-figures = At a glance: all groups

impact-metric-participation = Active members
impact-metric-new-members = New members
impact-metric-retention-4w-percent = Still coming after 4 weeks
impact-metric-retention-12w-percent = Still coming after 12 weeks
impact-metric-attendance-yes = "I'll be there" answers
impact-metric-attendance-per-meeting = "I'll be there" per meeting
impact-metric-felt-safe-mean = Felt safe (1 to 5)
impact-metric-felt-heard-mean = Felt heard (1 to 5)
impact-metric-wellbeing-change-8w = Change in distress at 8 weeks (PHQ-4, below 0 is better)
impact-metric-wellbeing-change-12w = Change in distress at 12 weeks (PHQ-4, below 0 is better)
impact-metric-crisis-flags = Crisis alerts
impact-metric-time-to-human-median-minutes = Time until a person responded (median)
impact-metric-alerts-per-facilitator-median = Alerts per facilitator (median)
impact-metric-alerts-per-facilitator-max = Alerts per facilitator (most)

impact-methods-title = How to read this report
impact-methods-intro = This report counts what members did with the bot, never what they said. Nobody is named, and the figures come from the bot's own records for the period's days (UTC).
impact-about-participation = Active members: members who used the bot at least once in the period (a message or a button).
impact-about-new-members = New members: members who joined a group through the bot in the period.
impact-about-retention-4w-percent = Still coming after 4 weeks: of the members who joined in the period at least 4 weeks before its end, the share who used the bot again 4 weeks or more after joining.
impact-about-retention-12w-percent = Still coming after 12 weeks: the same, 12 weeks after joining.
impact-about-attendance-yes = "I'll be there" answers: how often members said they would come to a meeting of the group in the period.
impact-about-attendance-per-meeting = "I'll be there" per meeting: those answers divided by the meetings that had at least one.
impact-about-felt-safe-mean = Felt safe: the average answer, from 1 (not at all) to 5 (completely), to "How safe did you feel?" after a meeting. Answers carry no names, so only meetings with 5 or more answers in a week are counted.
impact-about-felt-heard-mean = Felt heard: the same for "How heard did you feel?".
impact-about-wellbeing-change-8w = Wellbeing change: for members who chose to take the wellbeing check (PHQ-4, 0 to 12, lower is better), the average change from their first answers to their answers after 8 weeks, given in the period. A negative number means less distress.
impact-about-wellbeing-change-12w = The same after 12 weeks.
impact-about-crisis-flags = Crisis alerts: moments the bot saw someone might be in danger and alerted the group's facilitators.
impact-about-time-to-human-median-minutes = Time until a person responded: the middle value of the minutes from an alert to the first facilitator or admin taking it.
impact-about-alerts-per-facilitator-median = Alerts per facilitator: how many alerts each of the group's facilitators received, as the middle value and the most anyone received. No facilitator is named.
impact-methods-hidden = Why some figures say "fewer than 5": a figure built on 1 to 4 people is never shown, because with so few people a number could point to someone. A figure built on nobody is shown as 0 or "none yet".
impact-methods-protected =
    { $count ->
        [0] No figure about 5 or more people had to be hidden in this report.
        [one] One figure about 5 or more people says "hidden (see the note)": it is hidden as well, so that a figure about fewer than 5 cannot be worked out by taking the shown groups away from "All groups".
       *[other] { $count } figures about 5 or more people say "hidden (see the note)": they are hidden as well, so that a figure about fewer than 5 cannot be worked out by taking the shown groups away from "All groups".
    }
impact-methods-rounded = Counts (active and new members, "I'll be there" answers, crisis alerts) are rounded to the nearest 5, so that two reports, such as a year and its quarters, can never be subtracted to reveal a small number that was hidden. Percentages, scores and times are worked out from the exact figures.
impact-methods-pooled = "All groups" counts every member of every group once, so a new or small group still counts there even when its own figures are hidden.
impact-methods-compare = A change from the period before is shown only when the figures of both periods are shown.
