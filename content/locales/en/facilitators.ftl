# Texts for /facilitators: admins add and remove group facilitators.

cmd-facilitators = Add or remove group facilitators (admins)

fac-usage =
    <b>Adding or removing a facilitator</b>
    • In the group: reply to one of their messages with /facilitators add (or /facilitators remove).
    • Here: forward me one of their messages, then choose the group.
    • Here: send /facilitators add and their numeric Telegram id, for example /facilitators add 123456789 (or /facilitators remove 123456789).
    Send /facilitators alone to see every group's facilitators.
fac-group-usage = To add someone, reply to one of their messages here with /facilitators add. To remove them, reply with /facilitators remove.
fac-reply-not-person = That message wasn't sent by a person I can add (it came from a bot, a channel or an anonymous admin).
fac-group-unknown = I don't know that group. Send /facilitators to see the groups I'm in, with their ids.
fac-no-groups = I'm not in any group yet. Add me to a group first, then choose its facilitators.
fac-username = I can't add someone by @username alone: Telegram doesn't tell bots who a username belongs to, and usernames can change hands, so I could give the role to the wrong person. Instead, reply to one of their messages in the group with /facilitators add, forward me one of their messages, or send /facilitators add and their numeric id.
fac-hidden = Their privacy settings hide who sent that forwarded message, so I can't tell who they are. Instead, reply to one of their messages in the group with /facilitators add, or send /facilitators add and their numeric id.
fac-forward-not-person = That message was forwarded from a chat or a channel, not from a person.
fac-pick-group = What should change for { $name }? Choose a group.
btn-fac-add = ➕ Make facilitator of { $title }
btn-fac-remove-from = ➖ Remove from { $title }
fac-person-id = the person with id { $id }

fac-added = ✅ { $name } is now a facilitator of { $title }.
fac-already = { $name } was already a facilitator of { $title }: nothing changed.
fac-removed = { $name } is no longer a facilitator of { $title }.
fac-not-one = { $name } wasn't a facilitator of { $title }: nothing changed.
fac-orphaned = ⚠️ { $title } has no facilitator now: crisis alerts will go to admins.
fac-must-open-bot = { $name } hasn't opened me yet, so I can't reach them. Please ask them to open { $link } and press Start: until then they won't receive crisis alerts.

fac-welcome =
    You're now a facilitator of { $title }. Thank you for looking after the group. 💚

    When someone there may be in crisis, I'll send you an alert so you can reach out. You can also take on-call shifts, manage meetings and add resources. Send /help to see the commands for facilitators.
fac-goodbye = You're no longer a facilitator of { $title }. Thank you for everything you've done for the group. 💚

fac-list-header = <b>Facilitators of each group</b>
fac-list-group = <b>{ $title }</b> (id <code>{ $id }</code>)
fac-list-none = ⚠️ No facilitator yet: crisis alerts go to admins.
fac-list-person = • { $name }
fac-list-footer = To add someone, reply to one of their messages in the group with /facilitators add, or forward me one of their messages. Tap a name below to remove it.
btn-fac-remove = Remove { $name } from { $title }
fac-confirm-remove = Remove { $name } as a facilitator of { $title }?
btn-fac-confirm = Yes, remove
btn-fac-keep = Keep
fac-kept = Nothing changed.
