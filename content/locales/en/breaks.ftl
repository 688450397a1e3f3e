# /break: a facilitator steps back for a while (issue 24). The soft cap's note, re-pages.
cmd-break = Take a break from alerts and on call (facilitators)
breaks-ask = 🌿 <b>Need a break?</b> That's part of doing this well. While you're away you get no crisis alerts and no on-call turns, and any alert you've taken goes back to the others.
    How long for?
btn-breaks-days = { $days ->
    [one] 1 day
   *[other] { $days } days
}
btn-breaks-until = Until a date…
btn-breaks-back = I'm back
breaks-ask-date = Until which day? Type the last day of your break, for example “20 March” or “20/3”.
breaks-date-not-understood = I couldn't read that as a date. Try something like “20 March” or “20/3”.
breaks-bad-date = That date doesn't work for a break: it needs to be after today and within 90 days. Try another one.
breaks-not-facilitator = Only facilitators can take a break here, and you don't facilitate a group at the moment.
breaks-nobody-left = I can't start your break yet: { $groups } would have nobody to alert in a crisis. Please ask an admin to add another facilitator (they use { $command } add), then try again.
breaks-nobody-left-admin = I can't start your break yet: { $groups } would have nobody to alert in a crisis, since you're the last admin I can reach. Add another facilitator ({ $command } add) or ask another admin to stay on, then try again.
breaks-started = 🌿 You're on a break until <b>{ $until }</b>. No crisis alerts or on-call turns until then. { $handed ->
    [0] {""}
    [one] The alert you'd taken went back to the others.
   *[other] The { $handed } alerts you'd taken went back to the others.
}
    Your co-facilitators and the admins know. Send /break if you want to come back sooner. Take good care.
breaks-current = 🌿 You're on a break until <b>{ $until }</b>. Come back whenever you're ready.
breaks-back = Welcome back! You'll get alerts and on-call turns again.
breaks-not-on-break = You're not on a break right now.
breaks-ended-self = 🌿 Your break has ended. Welcome back: you'll get crisis alerts and on-call turns again. Go gently.
breaks-started-staff = 🌿 <b>{ $name } is taking a break</b> until { $until }. In { $group }, { $cover } while they're away.
breaks-ended-staff = 🌿 <b>{ $name } is back</b> from their break and gets the alerts of { $group } again.
breaks-cover-oncall = { $name } is on call and hears first
breaks-cover-all = all facilitators get the alerts
breaks-cover-admins = the admins get the alerts
breaks-cap-note = 💛 { $name } has taken { $count ->
    [one] 1 urgent crisis alert
   *[other] { $count } urgent crisis alerts
} in the last 7 days. That's a lot to carry. Maybe check in with them? New alerts will go to others first for now.
breaks-cap-note-alone = 💛 { $name } has taken { $count ->
    [one] 1 urgent crisis alert
   *[other] { $count } urgent crisis alerts
} in the last 7 days. That's a lot to carry. Maybe check in with them? They're the only facilitator of their group, so alerts still reach them first: another facilitator would share the load.
alert-notice-on-break = { $icon } <b>Alert #{ $id } needs someone again</b>: { $name } took it and is now on a break.
alert-notice-repaged = { $icon } <b>Alert #{ $id } is still open</b>: you took it a while ago. How is { $member }? Close it when it's done, or ask another facilitator to take over.
alert-notice-repaged-others = { $icon } <b>Alert #{ $id } is still open</b>: { $name } took it a while ago and it isn't closed yet. Could you check in with { $name }, or help?
audit-break-start = started a break (until)
audit-break-end = ended a break
event-repaged = { $when } taken but not closed yet: reminder { $step }, sent to { $count } { $count ->
    [one] person
   *[other] people
}
event-on-break = { $when } { $name } went on a break: open again for the others
