# Privacy: /privacy, /mydata, /forget, /stop.

privacy-text =
    <b>Your privacy</b>

    <b>What I keep:</b> your Telegram user number (not your phone number), first name and user name, the language and time zone you chose, the groups you joined through me, and the time you agreed to this.
    <b>Why:</b> to answer you in your language, show times in your time zone, and know which group's meetings and facilitators are yours.
    <b>Your messages:</b> I read the messages you send me, and those in groups I can see, for words and ways of saying things that can mean someone is in danger (a word list and a small model that runs inside the bot; your messages go nowhere else for this). If I see them, I send you help lines and your group's facilitators are told (your name, where, and a short excerpt with the worrying words) so a trained peer can reach out. I keep that excerpt and your name with the alert for { $days } days, then only an anonymous count stays. I don't keep your other messages.
    <b>Reports and worries:</b> if you report a message (/report) or tell me you're worried about someone (/worried), I keep that it was you, whom it was about and your words for { $days } days, for the group's facilitators; they see your words but not your name, and the person is never told.
    <b>Days you used me:</b> the date (never what you wrote) of each day you write to me or tap a button, kept { $activity_days } days, so facilitators can see anonymous totals such as how many members were active this month. Never who: any number that comes from fewer than 5 people is hidden.
    <b>If you turn them on:</b> meeting reminders (which meetings, how long before, your quiet hours, and whether you said you'd come) and daily check-ins (your time and days, each day's mood, and any note you add). Notes are deleted after { $note_days } days; moods stay until you erase them. Facilitators never see your check-ins: if you ask one to reach out (or agreed they may after a few hard days), they are only told you'd like a chat.
    <b>New in a group:</b> for your first hours in a group, when you joined it (so a facilitator looks at your links first), deleted after that. If the people who run me block an account as spam, its user number stays on their block list even after /forget, so the block holds.
    <b>Feedback and the wellbeing check:</b> after a meeting you said you'd come to, I may ask how it was; your answer is kept without your name. The wellbeing check has its own yes or no: /wellbeing shows it, and there you can stop it and delete your answers.
    <b>How long:</b> until you erase it with /forget, or until your group stops using me.
    <b>Who sees it:</b> only the people who run this bot for your community. Facilitators only ever see totals, never your own answers, unless you are in danger.

    /mydata sends you a file with everything. /forget erases it all.

mydata-caption = Here is everything I keep about you.
mydata-none = I don't keep anything about you. 🌿

forget-confirm =
    This erases everything I keep about you: your settings, your groups and anything else you turned on. It can't be undone.
    Do you want me to forget you?
forget-confirm-staff =
    <b>You're part of the team here.</b>{ $group_count ->
        [0] {""}
       *[other] {" "}Erasing your data also removes you as a facilitator of: { $groups }.
    }{ $admin ->
        [yes] {" "}Your admin role goes too (unless it is set in the bot's settings).
       *[no] {""}
    }{ $held ->
        [0] {""}
        [one] {" "}The alert you took goes back to the others on it, and they'll be told.
       *[other] {" "}The { $held } alerts you took go back to the others on them, and they'll be told.
    }
btn-forget-yes = Yes, forget me
btn-no = No, keep it
forget-done =
    Done. I've erased everything I kept about you.
    Take care of yourself. If you ever want to come back, send /start.
forget-cancelled = Okay, nothing was erased.
forget-nothing = I don't keep anything about you, so there's nothing to erase.

stop-done =
    Okay. I won't send you anything on my own any more (no reminders, no check-ins).
    You can still ask me things at any time, and your settings stay until you use /forget.
    If something you write worries me, your group's facilitators still hear of it, so someone can reach out.
    Changed your mind? Turn reminders on again with /reminders, daily check-ins with /checkin.
