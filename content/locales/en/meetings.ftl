# Meetings: how a meeting is shown, reminders, news of changes, and what members ask.

meeting-when = { $date }, { $time } ({ $zone })
meeting-span-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
meeting-span-hours = { $n } h
meeting-span-minutes = { $n } min

meeting-name = { $name }
meeting-starts-in = 🗓 { $when } · starts in { $span }
meeting-in-progress = 🟢 { $when } · in progress (started { $minutes } min ago)
meeting-when-cancelled = ❌ { $when } · cancelled
meeting-group-time = (That is { $time } where the group meets, { $zone }.)
meeting-moved-from = ↪️ Moved from { $was }.
meeting-change-reason = Reason: { $reason }
meeting-place = 📍 { $place }
meeting-area = 🌍 Online, based in { $area }
meeting-online = 💻 Join online: { $url }
meeting-online-notes = { $notes }
meeting-phone = ☎️ By phone: { $phone }
meeting-notes = ℹ️ { $notes }
meeting-recovery-group = 🤝 Hosted by { $group }

reminder-heading = ⏰ <b>Reminder</b>
reminder-late = (This reminder comes late: I was offline when it was due. The meeting has not started yet.)
rsvp-yes = 🙋 I'll be there
rsvp-no = Can't make it
rsvp-counts = 🙋 { $yes } coming · { $no } can't make it

meeting-news-cancelled = ❌ <b>{ $name }</b> on { $when } is cancelled.
meeting-news-moved = ↪️ <b>{ $name }</b> on { $was } has moved to <b>{ $when }</b>.
meeting-news-ended = <b>{ $name }</b> is coming to an end: the last meeting is on { $last }. Thank you for being part of it.
meeting-news-new = 🆕 A new meeting in { $group }:
meeting-news-retimed = 🕖 <b>{ $name }</b> has a new day or time.
meeting-news-next = 🗓 Next: { $when } · { $length }
meeting-news-was = (It was going to be { $was }.)
meeting-news-new-place = 📍 <b>{ $name }</b> now meets at { $place }.
meeting-news-online-only = 📍 <b>{ $name }</b> now meets online only.
meeting-news-new-link = 💻 <b>{ $name }</b> has a new link to join: { $url }
meeting-news-no-link = 💻 <b>{ $name }</b> no longer has an online link.
meeting-news-calendar = 📅 Saved it in your calendar? Open this file to update it.
meeting-news-calendar-new = 📅 Open this file to add it to your calendar.

cmd-next = When and where the next meeting is
cmd-meetings = This week's meetings and calendar files
cmd-reminders = Meeting reminders and quiet hours
cmd-addmeeting = Add a meeting (facilitators)
cmd-editmeeting = Change a meeting (facilitators)
cmd-cancelmeeting = Cancel one meeting (facilitators)
cmd-movemeeting = Move one meeting (facilitators)
cmd-endmeeting = End a meeting series (facilitators)

# What members see: /next, /meetings, /reminders, quiet hours and "I'll be there".
next-none = I don't know of any meetings coming up yet. When a facilitator adds one, you'll find it here with /next.
next-no-group = You haven't joined a group yet. Meeting places and links are for each group's members: ask your facilitator for the group's invite link, and once you've joined, /next shows your meetings here.
btn-add-calendar = 📅 Add to calendar
btn-remind-me = 🔔 Remind me
next-also-on = 🗓 Also on { $dates }
next-rsvp-yes = 🙋 You said you'd come.
next-rsvp-no = You said you can't make it.
calendar-caption = Open this file to add <b>{ $name }</b> to your calendar.
week-header = <b>Meetings in the next 7 days</b>
week-none = There are no meetings in the next 7 days. /next shows the next one.
btn-meetings-private = 🔔 Reminders and calendar, in private
btn-whole-schedule = 📅 Whole schedule: { $group }
btn-reminders = 🔔 Reminders
button-no-longer-works = That button no longer works.
reminders-header = <b>Your meeting reminders</b>
reminders-none = You have no reminders yet. Tap a meeting or a group below to choose some.
reminders-item-meeting = • { $name }: { $offsets }
reminders-item-group = • Every meeting of { $group }: { $offsets }
reminders-quiet = 🌙 Quiet hours: { $start }–{ $end }
reminders-quiet-none = 🌙 Quiet hours: none
quiet-explain = Reminders never arrive during quiet hours: one that falls due then comes when they end, or not at all if the meeting has started by then.
btn-quiet = 🌙 Quiet hours
btn-meeting-reminders = 🔔 { $name }
btn-group-reminders = 🔔 Every meeting of { $group }
remind-choose-meeting = 🔔 When should I remind you of <b>{ $name }</b>? Tap to choose, tap again to remove.
remind-choose-group = 🔔 When should I remind you of every meeting of <b>{ $group }</b>? Tap to choose, tap again to remove.
offset-days = { $n ->
    [one] 1 day before
   *[other] { $n } days before
}
offset-hours = { $n ->
    [one] 1 hour before
   *[other] { $n } hours before
}
offset-span = { $span } before
btn-done = Done
remind-saved = ✅ Saved. I'll remind you { $offsets }.
remind-saved-none = { $scope ->
    [group] Okay, no reminders for this group's meetings.
   *[meeting] Okay, no reminders for this one.
}
quiet-choose = 🌙 When should I keep quiet? No reminder arrives in these hours (your time, { $zone }).
btn-quiet-none = None
btn-quiet-other = Other…
quiet-ask = Type your quiet hours as a start and an end time, for example 22:30-07:00.
quiet-set = 🌙 Quiet hours set: { $start }–{ $end } (your time, { $zone }).
quiet-cleared = Quiet hours are off: reminders may arrive at any time.
quiet-bad = I couldn't read that. Please type a start and an end time, for example 22:30-07:00 (or tap None).
rsvp-thanks-yes = Thanks, see you there!
rsvp-thanks-no = Thanks for letting us know.
rsvp-need-start = Please open a private chat with me and send /start first, then tap again.
rsvp-cancelled = That meeting was cancelled, so there's nothing to answer.
rsvp-past = That meeting is over now.
