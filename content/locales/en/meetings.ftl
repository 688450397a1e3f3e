# Meetings: how a meeting is shown, reminders, news of changes, and what members ask.

meeting-day-0 = Sun
meeting-day-1 = Mon
meeting-day-2 = Tue
meeting-day-3 = Wed
meeting-day-4 = Thu
meeting-day-5 = Fri
meeting-day-6 = Sat
meeting-month-1 = Jan
meeting-month-2 = Feb
meeting-month-3 = Mar
meeting-month-4 = Apr
meeting-month-5 = May
meeting-month-6 = Jun
meeting-month-7 = Jul
meeting-month-8 = Aug
meeting-month-9 = Sep
meeting-month-10 = Oct
meeting-month-11 = Nov
meeting-month-12 = Dec
meeting-date = { $day } { $number } { $month }
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
meeting-online = 💻 Join online: { $url }
meeting-online-notes = { $notes }
meeting-phone = ☎️ By phone: { $phone }
meeting-notes = ℹ️ { $notes }

reminder-heading = ⏰ <b>Reminder</b>
reminder-late = (This reminder comes late: I was offline when it was due. The meeting has not started yet.)
rsvp-yes = 🙋 I'll be there
rsvp-no = Can't make it
rsvp-counts = 🙋 { $yes } coming · { $no } can't make it

meeting-news-cancelled = ❌ <b>{ $name }</b> on { $when } is cancelled.
meeting-news-moved = ↪️ <b>{ $name }</b> on { $was } has moved to <b>{ $when }</b>.
meeting-news-ended = <b>{ $name }</b> is coming to an end: the last meeting is on { $last }. Thank you for being part of it.

cmd-next = When and where the next meeting is
cmd-meetings = This week's meetings and calendar files
cmd-reminders = Meeting reminders and quiet hours
cmd-addmeeting = Add a meeting (facilitators)
cmd-editmeeting = Change a meeting (facilitators)
cmd-cancelmeeting = Cancel one meeting (facilitators)
cmd-movemeeting = Move one meeting (facilitators)
cmd-endmeeting = End a meeting series (facilitators)
