# Texts used across features: help, settings, errors, groups, command menu.

help-member =
    <b>What I can do for you</b>

    /start – set me up, or join a group with an invite link
    /next – when and where the next meeting is, and how to join
    /meetings – this week's meetings, and calendar files
    /reminders – meeting reminders and quiet hours
    /rules – what your group agrees to (its agreement)
    /checkin – a daily mood check-in at your time (only you see it); /pause, /resume
    /mood – your mood chart and a short summary
    /crisis – crisis lines you can call or text right now
    /worried – I'm worried about someone: tell their group's facilitators (in a group, reply /report to a message)
    /resources – find help near you or online: browse topics or search
    /settings – change your language or time zone
    /privacy – what I keep about you, why, and for how long
    /mydata – get a file with everything I keep about you
    /forget – erase everything I keep about you
    /stop – stop all messages I send on my own
    /help – this list

    If you are in danger or thinking about ending your life, please contact a crisis line or your local emergency number now. You deserve support.

help-admin-extra =

    <b>For admins</b>
    /groups – the groups I'm in, with their invite links
    /setup – set a group up again: name, time zone, language, meeting reminder
    /status – what I can see in each group, and what to change
    /facilitators – add or remove a group's facilitators (reply to their message, forward one, or give their number)
    /audit – who did what recently (facilitators and admins)
    /supervisors – add or remove supervisors, who look after the facilitators
    /load – how much each facilitator is carrying (also for supervisors)
    /reload – read the resource files again after editing them

need-start = We haven't met yet. Send /start and I'll explain what I do.

settings-menu =
    <b>Your settings</b>
    Language: { $language }
    Time zone: { $timezone }
    Time format: { $example }
    { settings-checkins }

    What would you like to change?

btn-language = Language
btn-clock = 🕒 Time format
btn-timezone = Time zone
settings-choose-language = Which language would you like me to use?
settings-language-set = Okay, I'll speak English from now on.
settings-choose-timezone =
    Which time zone are you in? Right now I have <b>{ $timezone }</b>.
    Tap one below, or type its name (for example Europe/Madrid or Bogota).


unknown-command = I don't know that command. Send /help to see what I can do.
text-fallback =
    Thank you for writing to me. 💛 I'm a simple bot, so I can't reply to everything you say.
    If things feel hard today, you're not alone: /crisis shows people you can call or text right now, and your facilitators are there for you. /checkin helps you keep track of how you feel, and /help shows everything I can do.
non-text-fallback = I can only read text messages. Send /help to see what I can do.
only-private = Let's talk in private so your details stay between us. Tap the button below.
btn-open-private = Open a private chat
not-a-person = Please send this from your own account, not on behalf of a group or channel.
button-expired = This button has expired. Please start again.
something-went-wrong = Sorry, something went wrong on my side. Please try again in a moment.

admin-only = Sorry, that's only for the people who run this bot.
groups-none = I'm not in any group yet. Add me to a group and I'll show up here.
groups-list-header = <b>Groups I'm in</b>
groups-list-item =
    • <b>{ $title }</b> – { $members ->
        [one] 1 member
       *[other] { $members } members
    }
      Invite link: { $link }

bot-added-to-group =
    Hello everyone! 👋 I'm the helper bot for this group.
    To get meeting times, reminders and help lines, tap the button below and press Start. What you tell me privately stays private.
btn-join-group = Join with the bot

cmd-start = Set me up or join a group
cmd-help = What I can do
cmd-settings = Language and time zone
cmd-privacy = What I keep about you
cmd-mydata = Download your data
cmd-forget = Erase your data
cmd-stop = Stop messages I send on my own
cmd-groups = Groups and invite links (admins)
cmd-crisis = Crisis lines, now
cmd-flags = Open and recent alerts (facilitators)
cmd-flag = One alert and its timeline (facilitators)
cmd-oncall = Who is on call (facilitators)

settings-choose-clock = How should I write times?
btn-clock-auto = As usual where I live ({ $example })
settings-clock-set = Done: I'll write times like this: { $example }.

# Said when a new question replaces an unfinished one (only the four kinds with a draft).
question-dropped-meeting = I've put aside what you were doing with a meeting. Send the same command again to start over.
question-dropped-resource = I've put aside what you were doing with a resource. Send the same command again to start over.
question-dropped-announcement = I've put aside the announcement you were writing. Send /announce to start it again.
question-dropped-setup = I've put aside the group setup you had started. Send /setup to start it again.
