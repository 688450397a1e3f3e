# Onboarding: /start, language, consent, time zone, joining a group.
# Arguments in { $braces } are filled in by the bot; keep them. HTML tags allowed: <b>, <i>, <a>.

start-choose-language =
    Hi { $name }! 👋
    I'm the helper bot for your peer support group.

    Which language would you like me to use?

start-agreed = ✅ You agreed. You can change your mind any time with /forget.

start-explain =
    Here is what I do, in plain words:

    • I tell you when and where your group meets, and how to join online.
    • If you want, I can check in with you once a day about how you feel.
    • I show you where to find help, including crisis lines.

    <b>What I keep about you:</b> your first name, your Telegram user name, your language, your time zone, which groups you joined, and the dates you used me (never what you wrote; for anonymous group totals). Nothing else unless you turn a feature on.

    <b>Safety:</b> I read the messages you send me, and those in groups I can see, for words and ways of saying things that can mean someone is in danger (a word list and a small model that runs inside the bot; your messages go nowhere else for this). If I see them, I share help lines with you and quietly let your group's facilitators (trained peers) know, so a person can reach out. I keep a short excerpt of that message for { $days } days so they know what happened; I keep nothing of your other messages.

    You can see everything I keep with /mydata and erase it all with /forget, at any time.

    Is that okay with you?

btn-agree = Yes, that's okay
btn-decline = No, thanks

start-declined =
    That's completely fine. I haven't kept anything about you.
    If you change your mind, just send /start again. /help still works.

start-ask-timezone =
    Thank you. One last thing: which time zone are you in? I use it for meeting times and reminders.
    Right now I have <b>{ $timezone }</b>.

    Tap one below, or type its name (for example America/Mexico_City or Lisbon).

btn-keep-timezone = Keep { $timezone }

start-done =
    You're all set, { $name }. 🌱
    Send /help to see what I can do. I'm glad you're here.

start-welcome-back =
    Welcome back, { $name }! 🌱
    Send /help to see what I can do, or /settings to change your language or time zone.

group-joined = You've joined <b>{ $group }</b>. Welcome! 🤝
group-already-joined = You're already part of <b>{ $group }</b>.
invite-invalid = That invite link doesn't work any more. Please ask your facilitator for a fresh one.

timezone-set = Got it: your time zone is now <b>{ $timezone }</b>.
timezone-unknown =
    I don't know the time zone "{ $text }".
    Please type a name like Europe/Madrid, America/Bogota or just a big city near you (Madrid, Bogota).
timezone-did-you-mean = I'm not sure which time zone "{ $text }" is. Did you mean one of these? Tap it, or type another city near you.

# Used instead of a name that is empty once invisible characters are removed.
name-fallback = friend
