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
