# Facilitators add, change, cancel, move and end meetings (/addmeeting, /editmeeting, ...).

mte-add-which-group = Which group is this meeting for?
mte-ask-name = What is the meeting called? (for example: Tuesday Evening Circle)
mte-ask-freq = How often does it meet?
mte-ask-nth = Which week of the month?
mte-ask-day = On which day?
mte-ask-date = On which date? (for example { $example } or { $example_iso })
mte-ask-time = What time does it start? (for example 19:00 or 7pm)
mte-ask-duration = How long does it last? Tap one, or type it (for example 1h30).
mte-ask-zone = Which time zone is that time in? Tap the button, or type a zone or a big city (for example Europe/London or Madrid).
mte-ask-place = Where does it meet? Send the place and its address (for example: St Mary's Hall, 12 High St, Leeds). If it only meets online, tap the button.
mte-ask-link = What link do people use to join online? Send the whole address, starting with https:// — or tap the button if there is none.
mte-ask-notes = Anything members should know? (for example: ring the bell at the side door) Send it, or tap the button to leave no notes.
mte-ask-field = What would you like to change in <b>{ $name }</b>?
mte-ask-on = Which date of <b>{ $name }</b>?
mte-ask-newtime = When should it be instead? Type the new date and time, for example { $example } 18:00 or tomorrow 19:30 ({ $zone } time).
mte-ask-reason = Would you like to say why? Members will read it. Type a few words, or tap the button.
mte-ask-last = When is the last meeting of <b>{ $name }</b>? Tap one, or type a date (for example { $example }).

mte-use-buttons = Please choose with the buttons above, or send /cancel to stop.
mte-bad-name = Please send a name between 2 and 80 characters.
mte-bad-day = I couldn't read «{ $text }» as a day. Tap a day, or type one, such as Monday or Thursday.
mte-bad-date = I couldn't read «{ $text }» as a date. Please write it like { $example } or { $example_iso }.
mte-date-past = «{ $text }» has already passed (today is { $today }). Please choose today or a later date, like { $example }. For next year, type the year too: { $example_next_year }.
mte-bad-time = I couldn't read «{ $text }» as a time. Please write it like 19:00 or 7pm.
mte-bad-duration = I couldn't read «{ $text }» as a length of time. Tap a button, or write it like 90 or 1h30 (5 minutes to 12 hours).
mte-bad-zone = I don't know the time zone «{ $text }». Type a zone such as Europe/London or America/Mexico_City, or a big city such as Madrid or New York.
mte-zone-did-you-mean = I'm not sure which time zone «{ $text }» is. Did you mean one of these? Tap it, or type another city.
mte-bad-place = Please send the place in 2 to 200 characters, or tap the button if it only meets online.
mte-bad-link = «{ $text }» isn't a link members can open. Please send the whole address, starting with https://, for example https://zoom.us/j/123456789
mte-bad-notes = Please keep the notes under 300 characters.
mte-bad-reason = Please keep the reason under 200 characters.
mte-bad-datetime = I couldn't read «{ $text }» as a date and time. Please write it like { $example } 18:00 or tomorrow 19:30.
mte-datetime-past = «{ $text }» has already passed (today is { $today }). Please give a date and time still to come, like { $example } 18:00. For next year, type the year too.
mte-need-place-or-link = Members need to know where to go or how to join: please give a place, an online link, or both.
mte-once-past = That date and time have already passed. On which date should it be?

mte-preview = This is how members will see it:
mte-saved = Saved: <b>{ $name }</b>. Members see it in /next.
    To call off or move one date, use /cancelmeeting or /movemeeting; to change it, /editmeeting.
mte-stopped = Okay, I stopped. Nothing was changed.
mte-nothing-to-stop = There is nothing to stop right now.
mte-not-yours = You can only change meetings of the groups you facilitate. Nothing was changed.
mte-no-groups = No group has the bot yet. Add the bot to your group first; then you can add its meetings here.

btn-mte-stop = ✖️ Stop, change nothing
btn-mte-weekly = Weekly
btn-mte-biweekly = Every 2 weeks
btn-mte-monthly = Monthly (e.g. first Monday)
btn-mte-once = Once
btn-mte-nth-1 = 1st
btn-mte-nth-2 = 2nd
btn-mte-nth-3 = 3rd
btn-mte-nth-4 = 4th
btn-mte-nth-last = Last
btn-mte-minutes = { $n } min
btn-mte-keep-zone = Keep { $zone }
btn-mte-online-only = Online only
btn-mte-no-link = No online link
btn-mte-no-notes = No notes
btn-mte-no-reason = No reason
btn-mte-field-name = Name
btn-mte-field-schedule = Day & how often
btn-mte-field-time = Time
btn-mte-field-duration = How long
btn-mte-field-zone = Time zone
btn-mte-field-place = Place
btn-mte-field-link = Online link
btn-mte-field-notes = Notes
btn-mte-change-name = ✏️ Change name
btn-mte-change-schedule = ✏️ Change day
btn-mte-change-time = ✏️ Change time
btn-mte-change-duration = ✏️ Change length
btn-mte-change-zone = ✏️ Change time zone
btn-mte-change-place = ✏️ Change place
btn-mte-change-link = ✏️ Change link
btn-mte-change-notes = ✏️ Change notes
btn-mte-last-next = After the next one ({ $date })
btn-mte-last-today = Today is the last day ({ $date })

mte-nth-word-1 = first
mte-nth-word-2 = second
mte-nth-word-3 = third
mte-nth-word-4 = fourth
mte-nth-word-last = last
mte-rule-weekly = 🔁 Every { $day }
mte-rule-every = 🔁 Every { $n } weeks on { $day }
mte-rule-monthly = 🔁 The { $nth } { $day } of every month
mte-rule-once = 🔁 Just this once

mte-edit-choose = Which meeting would you like to change?
mte-cancel-choose = Which meeting would you like to call off one date of?
mte-move-choose = Which meeting would you like to move one date of?
mte-end-choose = Which meeting series is coming to an end?
mte-none = Your groups have no meetings yet. Add one with /addmeeting.
mte-no-dates = <b>{ $name }</b> has no dates coming up.
mte-updated = Saved: <b>{ $name }</b>. This is how members see it now:
mte-confirm = Please check. This is what I will announce:
btn-mte-confirm-cancel = ✅ Yes, cancel that date
btn-mte-confirm-move = ✅ Yes, move it
btn-mte-confirm-end = ✅ Yes, end the series
btn-mte-confirm-edit = ✅ Yes, save and tell them
mte-updated-quiet = Saved: <b>{ $name }</b>. Nobody was sent a message about it; this is how members see it now:
mte-news-on = on
mte-news-off = off
btn-mte-group-news = 📣 Meeting news in the group chat: { $state }
btn-mte-group-news-named = 📣 Meeting news in { $group }: { $state }
mte-group-news-saved = { $on ->
    [yes] Done: news of meeting changes will be posted in { $group } too.
   *[no] Done: news of meeting changes will no longer be posted in { $group }. Only the people who follow a meeting are told.
}
mte-told = { $chat ->
    [yes] { $n ->
        [one] 1 subscriber and the group chat will be told.
       *[other] { $n } subscribers and the group chat will be told.
    }
   *[no] { $n ->
        [0] Nobody follows it here yet, so there is no one to tell.
        [one] 1 subscriber will be told.
       *[other] { $n } subscribers will be told.
    }
}
mte-cancel-done = Cancelled: <b>{ $name }</b> on { $date }.
mte-move-done = Moved: <b>{ $name }</b> is now on { $when }.
mte-end-done = Done: <b>{ $name }</b> ends after { $date }.
mte-change-failed = That couldn't be done: that date may have begun already, the new time may have passed, or the meeting changed in the meantime. Nothing was changed; please start again.

mte-post-off = off
btn-mte-post-off = Off
mte-post-before = { $span } before
btn-mte-group-post = ⏰ Group chat reminder: { $when }
btn-mte-group-post-named = ⏰ { $group } chat reminder: { $when }
mte-post-choose = How long before each meeting should I post a reminder in { $group }?
mte-post-saved = Done: the group chat reminder for { $group } is now { $when }.
