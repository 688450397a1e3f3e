# Texts for facilitators and admins: help, flag review, on call.

help-facilitator-extra =

    <b>For facilitators</b>
    /flags – open and recent crisis alerts
    /flag N – one alert with its timeline
    /oncall – who is on call; take or hand over a shift
    /skip – skip the handoff note after resolving an alert
    /addmeeting – add a meeting, one question at a time
    /editmeeting – change a meeting, or the group chat's reminder
    /cancelmeeting – cancel one meeting (members are told)
    /movemeeting – move one meeting to another time (members are told)
    /endmeeting – end a meeting series
    /addresource – add a resource for your group
    /myresources – edit or retire your groups' resources
    /announce – send a message to every member of your group
    /stats – your group's figures, anonymous (/stats 90 for 90 days)
    /warn, /mute 1h, /ban, /hold + a reason – as a reply to a member's message in the group (/unmute, /unban undo)

staff-only = This is for facilitators and admins.

flags-none = No open alerts and none in the last 7 days. 🌿
flags-header = <b>Open and recent alerts</b>
flags-item = #{ $id } · { $tier } · { $state } · { $when } · { $where }
flags-footer = Send /flag and a number (for example /flag { "" }12) to see one with its timeline.
flags-private = private chat
flag-state-open = ⏳ waiting
flag-state-unreached = ⚠️ nobody reached
flag-state-exhausted = ⚠️ nobody has taken it
flag-state-acknowledged = ✅ taken
flag-state-resolved = ☑️ resolved
flag-state-false_alarm = ⚪ false alarm
flag-state-erased = 🗑 erased by the member
flag-usage = Send /flag with the alert's number, for example /flag 12.
flag-timeline = <b>Timeline</b>

event-raised = { $when } raised ({ $tier })
event-notified = { $when } alert sent to { $count } { $count ->
        [one] person
       *[other] people
    }
event-escalated = { $when } not taken yet: step { $step }, sent to { $count } { $count ->
        [one] person
       *[other] people
    }
event-delivered = { $when } delivered to { $name }
event-failed = { $when } could not reach { $name }
event-unreached = { $when } ⚠️ nobody could be reached
event-exhausted = { $when } last reminder sent: nobody has taken it yet
event-repeat = { $when } another worrying message
event-tier-raised = { $when } more urgent message: alerted again
event-acknowledged = { $when } taken by { $name }
event-resolved = { $when } resolved by { $name }
event-false_alarm = { $when } marked as a false alarm by { $name }
event-note = { $when } handoff note from { $name }
event-repeated = { $when } still not taken: sent again to { $count } { $count ->
        [one] person
       *[other] people
    }
event-member-told = { $when } the member was told nobody has taken it yet, with the lines again
event-group-asked = { $when } nobody could be reached: the group was asked for a facilitator to open the bot
event-reached-again = { $when } { $name } could be reached again: alert sent
event-reopened = { $when } reopened by { $name }
event-member-erased = { $when } the member erased their data (/forget): closed
event-group-joined = { $when } the member joined another group: its facilitators were told
event-handed-back = { $when } the person who took it left: open again

digest-header = 📋 <b>{ $count ->
        [one] 1 crisis alert is
       *[other] { $count } crisis alerts are
    } not closed yet</b>
digest-item = #{ $id } · { $tier } · { $state } · { $hours } h · { $where }
digest-footer = Send /flag and a number to see one and act on it.
staff-left-group = ⚠️ «{ $title }» has no facilitator now: the last one erased their data. Crisis alerts from there come to the admins until you add one with /facilitators.

oncall-group = { $title }
oncall-nobody = Nobody is on call: alerts go to all the group's facilitators at once.
oncall-now = On call now: { $name }, until { $until }.
oncall-no-rotation = No rotation set.
oncall-rotation-daily = Rotation: daily, handover at { $time } ({ $zone }).
oncall-rotation-weekly = Rotation: weekly, handover at { $time } ({ $zone }).
oncall-no-facilitators = ⚠️ This group has no facilitators yet: alerts go to the admins.
oncall-no-groups = I'm not in any group yet.
btn-oncall-take = Take the shift
btn-oncall-give = Hand over to { $name }
btn-rotation-daily = Rotate daily
btn-rotation-weekly = Rotate weekly
btn-rotation-who = Who takes turns
oncall-who = Who takes turns in { $title }? Tap a name to include or leave it out. In order: { $names }.
btn-rotation-off = No rotation
oncall-taken = You're on call for { $title } until { $until }. Thank you.
oncall-handed = { $name } is now on call for { $title } until { $until }.
oncall-handed-to-you = { $name } handed you the on-call shift for { $title } until { $until }.
oncall-taken-from-you = { $name } took the on-call shift for { $title } until { $until }. You're off call now; thank you.
oncall-ask-handover = At what time should the shift change hands in { $title }?
oncall-rotation-set-daily = { $title } now rotates daily at { $time } ({ $zone }), starting with the first person who takes turns. Tap «Who takes turns» to choose them.
oncall-rotation-set-weekly = { $title } now rotates weekly at { $time } ({ $zone }), starting today with the first person who takes turns. Tap «Who takes turns» to choose them.
oncall-rotation-off = { $title } no longer has a rotation: alerts go to all its facilitators at once.
oncall-not-allowed = You can't change that.
oncall-on-break = You're on a break, so I've left you out of on call. Rest well. When you're back, send /break and tap «I'm back», then you can take a shift.

status-header = <b>What I can see and do in each group</b>
status-group = <b>{ $title }</b>
status-settings = 🕒 Time zone: { $timezone } · 🗣 Language of my posts: { $language }
status-unreachable = ⚠️ I can't post in this group any more: I was removed, or I'm not allowed to send messages. To fix it, add me to the group again (or let me send messages there), then send /status to check.
status-can-post = ✅ I can post here.
status-admin = ✅ I'm an admin here, so I can see members' messages and notice when someone may be in danger. I need no special admin rights: deleting, pinning or banning are not needed, so you can switch those off.
status-privacy-off = ✅ I'm not an admin, but my privacy mode is off, so I can see members' messages and notice when someone may be in danger.
status-privacy-on = ⚠️ I only see commands and replies to me here, so I can't notice when someone may be in danger. To fix it, do one of these: make me an admin of the group (no special rights needed), or in @BotFather send /setprivacy, choose this bot, choose Disable, then remove me from the group and add me again.
status-setup-done = ✅ Setup is done.
status-setup-missing = ⚠️ Setup isn't finished: send /setup to choose the group's name, time zone, language and meeting reminder.
status-no-facilitators = ⚠️ No facilitators yet: crisis alerts go to the admins meanwhile. Add one with /facilitators.
status-facilitators = ✅ { $count ->
        [one] 1 facilitator.
       *[other] { $count } facilitators.
    }
status-no-meetings = ⚠️ No meetings yet: add one with /addmeeting.
status-meetings = ✅ { $count ->
        [one] 1 meeting.
       *[other] { $count } meetings.
    }
cmd-status = What I can see in each group (admins)
