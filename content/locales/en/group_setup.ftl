# Guided group setup (in private) and the setup link in the group greeting.

cmd-setup = Set up a group: name, time zone, language, reminder

setup-intro =
    Thanks for adding me to <b>{ $title }</b>! 🌱
    Let's set it up together: four short questions (the group's name, its time zone, the language of my posts in the group chat, and a reminder before each meeting). It takes about a minute.
btn-setup-start = Set up now
btn-setup-later = Later
btn-setup-stop = Stop setup

setup-ask-name =
    <b>1 of 4 · Name</b>
    What should I call the group? Tap the button to keep <b>{ $title }</b>, or type a new name (2 to 64 characters), for example: Tuesday Evening Circle.
btn-setup-keep-name = Keep «{ $title }»
setup-name-too-long = That name is too long: please keep it to { $max } characters at most.
setup-name-too-short = That name is too short: please use at least 2 letters or numbers, for example: Tuesday Circle.
setup-name-command = A group name can't start with «/», because that is how commands start. Please type just the name, for example: Tuesday Circle.

setup-ask-timezone =
    <b>2 of 4 · Time zone</b>
    Meeting times and reminders follow the group's time zone. It's <b>{ $timezone }</b> now. Tap one, or type a big city or a zone name, for example: Madrid, Bogota or America/Mexico_City.
btn-setup-type-zone = Type a city or zone
setup-type-timezone = Type the name of a big city near the group, or a zone name, for example: London, Buenos Aires or Europe/Madrid.
setup-timezone-unknown = I don't know the time zone «{ $text }». Please type a big city near the group (Madrid, Bogota, London) or a zone name like Europe/Madrid.
setup-timezone-did-you-mean = I'm not sure which time zone «{ $text }» is. Did you mean one of these? Tap it, or type another city near the group.

setup-ask-language =
    <b>3 of 4 · Language</b>
    In which language should I write my posts in the group chat? Each member still chooses their own language for our private chat.

setup-ask-reminder =
    <b>4 of 4 · Meeting reminder</b>
    Should I post a reminder in the group chat before each meeting? Members can also choose their own private reminders.
setup-post-off = Off

setup-done =
    ✅ <b>{ $title }</b> is set up.
    🕒 Time zone: { $timezone }
    🗣 Language of my posts: { $language }
    ⏰ Reminder in the group chat: { $reminder }
setup-invite = Members join with this link (it's also on my welcome message in the group): { $link }
setup-next-header = <b>What's left to do</b>
setup-next-readd = • I can't post in the group any more. Add me to it again, then send /setup.
setup-next-privacy = • I can't see members' messages yet, so I can't notice when someone may be in danger. Make me an admin of the group (no special rights needed), or in @BotFather send /setprivacy, choose this bot, choose Disable, then remove me from the group and add me again.
setup-next-facilitators = • Add the group's facilitators with /facilitators. Until then, crisis alerts go to the admins.
setup-next-ask-admin = • Ask an admin of the bot to add the group's facilitators (/facilitators). Until then, crisis alerts go to the admins.
setup-next-meeting = • Add the group's first meeting with /addmeeting (facilitators and admins can).
setup-next-none = Nothing else to do: the group is ready. (Admins of the bot can send /status any time to check.)

setup-not-allowed = Only an admin of the bot, or an administrator of the group on Telegram, can set up this group. Nothing was changed.
setup-expired = That button is from an earlier setup. Send /setup to start again.
setup-later = No problem. Send /setup whenever you're ready.
setup-stopped = Setup stopped; nothing was changed. Send /setup to start again.
setup-choose-button = Please choose one of the buttons below.
setup-use-buttons = Please tap one of the buttons above (or «Stop setup»).
setup-no-groups = There's no group you can set up. Add me to your group first (you need to be an administrator of it), then send /setup again.
setup-pick-group = Which group would you like to set up?
setup-link-invalid = That setup link doesn't work any more. Send /setup to see the groups you can set up.

bot-added-setup-link = { $name }, to finish setting up the group, please open me in private with the button below and press Start.
btn-setup-in-private = Set up the group (admins)
setup-gate-hint = 🚪 To have newcomers answer a question, read the group's agreement (/rules) and consent before they come in, send /gate. /invite makes a link for one person.
btn-setup-gate = 🚪 Set up the join gate
