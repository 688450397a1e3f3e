# Daily check-ins: the prompt, mood words, summaries, and what facilitators are told.

checkin-prompt = 🌤 <b>How are you feeling today?</b>
    Tap the one that fits best. There are no wrong answers.
checkin-prompt-late = (This comes a little late: I was offline for a while.)
mood-5 = 😄 5 · Very good
mood-4 = 🙂 4 · Good
mood-3 = 😐 3 · Okay
mood-2 = 😕 2 · Low
mood-1 = 😞 1 · Very low
checkin-skip-today = Skip today
checkin-weekly-summary = <b>Your week</b>
    { $answered ->
        [one] You checked in once
       *[other] You checked in { $answered } times
    }, with an average mood of { $average } out of 5. { $streak ->
        [0] { "" }
        [one] You're on a 1-day streak.
       *[other] You're on a { $streak }-day streak.
    }
    Send /mood to see your chart. Be gentle with yourself this week. 🌱
checkin-request-asked = 🤝 <b>{ $name }</b> would like a facilitator to reach out after their check-in. <a href="tg://user?id={ $id }">Open a chat</a>. (This is not a crisis alert.)
checkin-request-low_mood = 🤝 <b>{ $name }</b> has had a few hard days and agreed that a facilitator may reach out. <a href="tg://user?id={ $id }">Open a chat</a>. (This is not a crisis alert.)

# "I'll reach out": the one button on a request, and what its press answers.
btn-contact-take = 🙋 I'll reach out
btn-contact-taken = ✅ { $name } is reaching out
btn-contact-taken-you = ✅ You're reaching out
contact-reminder = ⏰ <b>Reminder:</b> nobody has said they'll reach out yet.
contact-withdrawn = 🤝 This request to reach out was withdrawn. There's nothing more to do here — thank you.
contact-claimed = Thank you! The others can see that you're reaching out.
contact-yours = You said you'd reach out. Thank you!
contact-already = { $name } already said they'd reach out.
contact-not-allowed = This request went to other facilitators, so it's theirs to answer. Thank you for offering.
contact-gone = This request was withdrawn. There's nothing more to do.
contact-someone = Someone
audit-contact-claim = said they'd reach out to a member who asked

# /checkin: turning check-ins on, the plan, changing it (the chat side).
checkin-intro = 🌤 <b>Daily check-ins</b>
    Once a day, at a time you choose, I'll ask how you're feeling. One tap is enough.
    It's your choice: you can pause or stop any time, and only you see your answers.

    What time suits you? (Your time zone: { $zone })
btn-checkin-time-other = Other time…
checkin-time-ask = What time would you like? Type it like <b>21:30</b> or <b>8am</b>.
checkin-time-bad = Sorry, I couldn't read that as a time. Try something like <b>21:30</b>, <b>08:00</b> or <b>9pm</b>.
checkin-days-ask = Check in at { $time } on which days?
btn-checkin-every-day = Every day
btn-checkin-weekdays = Weekdays
btn-checkin-weekends = Weekends
btn-checkin-choose-days = Choose days…
checkin-days-choose = Tap the days you'd like, then <b>Done</b>.
btn-checkin-days-done = Done
checkin-days-none = Please choose at least one day.
checkin-consent-ask = One last question. If you have a run of hard days, may I let a facilitator know you might like a chat? (They'd never see your answers.)
btn-checkin-consent-yes = Yes, that's okay
btn-checkin-consent-no = No, thanks
checkin-on = ✅ Check-ins on: { $days } at { $time } ({ $zone }). Next one: { $next }.
    { $share ->
        [on] If you have a run of hard days, I'll let a facilitator know you might like a chat.
       *[other] I won't tell anyone about your check-ins.
    }
    Send /pause to take a break, or /checkin to change anything.
checkin-days-every = every day
checkin-days-weekdays = weekdays
checkin-days-weekends = weekends
checkin-next-none = none planned
checkin-status = 🌤 <b>Your daily check-ins</b>
    { $days } at { $time } ({ $zone }). Next one: { $next }.
checkin-status-paused = ⏸ Paused through { $date }.
checkin-status-options = Weekly summary on Sundays: { $summary ->
        [on] on
       *[other] off
    }
    Tell a facilitator on hard days: { $share ->
        [on] yes
       *[other] no
    }
btn-checkin-change-time = 🕘 Change time
btn-checkin-change-days = 📅 Change days
btn-checkin-pause = ⏸ Pause
btn-checkin-summary-on = ✅ Weekly summary: on
btn-checkin-summary-off = Weekly summary: off
btn-checkin-share-on = ✅ Tell a facilitator on hard days: on
btn-checkin-share-off = Tell a facilitator on hard days: off
btn-checkin-off = Turn off check-ins
checkin-saved = Saved.
checkin-off-done = Check-ins are off. Your past check-ins stay here, just for you (/mood). Send /checkin whenever you'd like them back.
checkin-time-choose = What time would you like your check-in? (Your time zone: { $zone })
checkin-days-change = On which days would you like a check-in?

# /pause and /resume
checkin-pause-ask = Take a break from check-ins for how long? You can also type, for example, /pause 3 days or /pause until { $example }.
btn-checkin-pause-1 = 1 day
btn-checkin-pause-3 = 3 days
btn-checkin-pause-7 = 1 week
btn-checkin-resume = Resume now
checkin-paused = ⏸ Check-ins paused through { $end }. They start again on { $resume }. Take care of yourself; send /resume to come back sooner.
checkin-pause-bad = I couldn't read that. Try <b>/pause 3</b>, <b>/pause 3 days</b>, <b>/pause a week</b> or <b>/pause until { $example }</b> (up to a year).
checkin-pause-past = { $date } has already passed (today is { $today }). Try <b>/pause until { $example }</b>, or <b>/pause 3 days</b>.
checkin-not-on = Check-ins are off, so there's nothing to pause. Send /checkin if you'd like to turn them on.
checkin-resumed = ▶️ Welcome back: check-ins are on again. Next one: { $next }.
checkin-not-paused = Check-ins aren't paused. Next one: { $next }.

# Answering a check-in
checkin-thanks = Thanks for checking in: { $mood }
btn-checkin-note = ✏️ Add a note
btn-checkin-help = 🤝 I'd like a facilitator to reach out
checkin-closed = This check-in has closed — see you next time
checkin-skipped = Okay, no check-in today. See you next time.
checkin-skipped-text = Skipped today. See you next time. 🌱
checkin-note-ask = Write a few words — only you will see this.
checkin-note-saved = Saved your note.
checkin-note-offer = Keep this as today's note? Only you will see it.
btn-checkin-keep-note = ✏️ Keep as today's note
btn-checkin-drop-note = No, thanks
checkin-note-not-kept = Okay, I haven't kept it.
checkin-help-sent = I've let your group's facilitators know. One of them will reach out when they can. If you need someone right now: /crisis
checkin-help-sent-admins = Your group has no facilitator just now, so I've let the people who run this bot know. One of them will reach out when they can. If you need someone right now: /crisis
checkin-help-already = You've asked already, and I haven't forgotten.
checkin-help-nobody = I couldn't reach anyone just yet, but I'll keep trying until someone can. If you need someone right now: /crisis
checkin-low-run = 💛 The last few days sound like they've been hard. Thank you for telling me; that takes something.
    If it feels like too much, /crisis has people you can talk to right now, and /resources has support near you.
    { $told ->
        [yes] As you agreed, I've let your group's facilitators know you might like a chat.
        [later] As you agreed, I'll let a facilitator know you might like a chat. I couldn't reach one just yet, but I'll keep trying.
       *[other] If you'd like, a facilitator can reach out to you.
    }
btn-checkin-talk = 🤝 Talk to a facilitator

# /mood: charts and their summary
mood-caption = 📈 <b>Your last { $days } days</b>
    { $answered ->
        [one] 1 check-in
       *[other] { $answered } check-ins
    } · average mood { $average } out of 5
    { $streak ->
        [0] { "" }
        [one] You're on a 1-day streak.
       *[other] You're on a { $streak }-day streak.
    }
mood-caption-year = 🟩 <b>Your year in pixels</b>
    { $answered ->
        [one] 1 check-in
       *[other] { $answered } check-ins
    } · average mood { $average } out of 5
    { $streak ->
        [0] { "" }
        [one] You're on a 1-day streak.
       *[other] You're on a { $streak }-day streak.
    }
mood-caption-best = Best days: { $dates }
mood-caption-hardest = Hardest days: { $dates }
mood-none = No check-ins in the last { $days } days yet. When you answer one, your chart will appear here. 🌱
mood-bad = I can show /mood (the last 30 days), /mood 90 or /mood year.
mood-chart-title = My mood: the last { $days } days
mood-chart-title-year = My year in pixels
mood-chart-no-data = No check-ins yet
mood-chart-no-answer = No answer
mood-word-1 = Very low
mood-word-2 = Low
mood-word-3 = Okay
mood-word-4 = Good
mood-word-5 = Very good

# For /settings and the command menu
settings-checkins = 🌤 Daily check-ins, and whether a facilitator is told on hard days: /checkin
btn-settings-checkins = 🌤 Check-ins
cmd-checkin = Daily check-ins: on, off, time and days
cmd-mood = Your mood chart
cmd-pause = Pause check-ins for a while
cmd-resume = Start check-ins again
