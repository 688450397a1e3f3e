# Facilitator care: supervisors, the load view, debriefs after hard moments.

cmd-load = How much each facilitator is carrying (admins, supervisors)
cmd-supervisors = Add or remove supervisors (admins)

care-person-id = the person with id { $id }
care-sup-header = <b>Supervisors</b>
care-sup-person = • { $name }
care-sup-none = Nobody yet.
care-sup-footer =
    Supervisors see how much each facilitator is carrying (/load) and hear when a facilitator would like to talk through a hard moment. They never see members' messages or names, and they get no crisis alerts.
    To add one: forward me one of their messages, send /supervisors add and their numeric id, or reply to one of their messages in a group with /supervisors add.
btn-care-sup-make = Make them a supervisor
btn-care-sup-remove = Remove { $name }
care-sup-usage = To add a supervisor, send /supervisors add and their numeric id; to remove one, /supervisors remove and their id. /supervisors alone shows the list.
care-sup-group-usage = Reply to one of the person's messages with /supervisors add or /supervisors remove.
care-sup-not-person = That message wasn't sent by a person, so I can't make it a supervisor.
care-sup-username = I can't add someone by @username alone: Telegram doesn't tell bots who a username belongs to, so I could give the role to the wrong person. Instead, forward me one of their messages, send /supervisors add and their numeric id, or reply to one of their messages in a group with /supervisors add.
care-sup-added = ✅ { $name } is now a supervisor.
care-sup-already = { $name } is already a supervisor.
care-sup-removed = { $name } is no longer a supervisor.
care-sup-not-one = { $name } isn't a supervisor.
care-sup-must-open-bot = { $name } hasn't opened me yet, so I can't reach them. Please ask them to open { $link } and press Start: until then they won't hear when someone would like to talk.
care-sup-welcome =
    🤝 You're now a supervisor for the facilitators here.
    When a facilitator would like to talk through a hard moment, I'll let you know. /load shows how much each of them is carrying. You won't see members' messages or names.
care-sup-goodbye = You're no longer a supervisor here. Thank you for looking after the facilitators.
audit-supervisor-add = named a supervisor
audit-supervisor-remove = removed a supervisor

care-load-refused = Sorry, that's only for the people who run this bot and its supervisors.
care-load-empty = No facilitators yet, and no alerts in the last 30 days.
care-load-header = <b>How much each facilitator is carrying</b>
    Last 7 days · last 30 days
care-load-name = <b>{ $name }</b>
care-load-name-id = <b>the person with id { $id }</b>
care-load-received = Alerts received: { $week } · { $month }
care-load-taken = Taken: { $week } · { $month }
care-load-resolved = Resolved: { $week } · { $month }
care-load-night = At night (22:00–07:00): { $week } · { $month }
care-load-on-call = Hours on call: { $week } · { $month }
care-load-footer = Hours on call count the shifts people took or handed over and the turns of each group's rotation as it stands now.

care-offer =
    💛 Thank you for being there in a hard moment.
    Would it help to talk it through? I can ask a supervisor or another facilitator to get in touch with you. Nothing about the member is passed on.
btn-care-supervisor = Talk it through with a supervisor
btn-care-peer = Talk with another facilitator
btn-care-later = Not now
care-later = That's fine. If you'd like to talk later, just ask an admin. Take good care of yourself.
care-asked-sent-sup = I've asked the supervisors to get in touch with you. Nothing about the member was shared.
care-asked-sent-peer = I've asked the other facilitators of your group to get in touch with you. Nothing about the member was shared.
care-asked-already-sup = I've already asked the supervisors; someone should be in touch soon.
care-asked-already-peer = I've already asked the other facilitators; someone should be in touch soon.
care-asked-nobody-sup = There's no supervisor I can reach yet. An admin can name one with /supervisors. You could also talk with another facilitator.
care-asked-nobody-peer = There's no other facilitator in your group I can reach right now. You could talk it through with a supervisor instead.
care-gone = This has closed. If you'd like to talk, just ask an admin.

care-request =
    🤝 <b>{ $name }</b> would like to talk through a hard moment.
    Could you get in touch with them privately when you can?
btn-care-write = Write to { $name }
care-contact = Here is { $name }: <a href="tg://user?id={ $id }">{ $name }</a>. Tap the name to open a chat with them.

care-checkin =
    🌱 How are you after yesterday's hard moment?
    You don't have to answer. Whatever you tap stays between us and isn't kept.
btn-care-feel-ok = I'm okay
btn-care-feel-shaken = A bit shaken
btn-care-feel-low = Not great
care-feel-ok = I'm glad to hear it. Thank you for what you did yesterday. 💛
care-feel-shaken = That's completely understandable after what you went through. Be gentle with yourself today, and rest if you can. 💛
care-feel-low = I'm sorry it's weighing on you. You don't have to carry it alone: a supervisor can talk it through with you.
