# Crisis support for members, and crisis alerts for facilitators.

crisis-reply-self =
    { $name }, thank you for telling me. I'm really glad you reached out, and you don't have to go through this alone.
    { $told ->
        [group] I've let a facilitator from your group know, so a person can get in touch with you.
        [admins] I've let the people who run this bot know, so a person can get in touch with you.
       *[no] I couldn't reach a facilitator just yet, and I'll keep trying. Meanwhile, please reach out to one of the lines below: they are there for moments like this.
    }
    If you are in danger right now, call your local emergency number.

crisis-reply-other =
    { $name }, it sounds like someone you care about may be going through something really hard. Thank you for looking out for them.
    Stay with them if you can, listen without judging, and ask directly whether they are thinking about suicide: asking does not put the idea in their head. Help them contact one of the lines below, and if they are in immediate danger, call the emergency number.
    { $told ->
        [group] I've also let a facilitator know.
        [admins] I've also let the people who run this bot know.
       *[no] {""}
    }

crisis-still-here = I'm still here with you, { $name }. { $told ->
        [group] A facilitator knows and will get in touch.
        [admins] The people who run this bot know and will get in touch.
       *[no] I haven't reached anyone yet and I'm still trying; the lines I sent you are open right now.
    } Send /crisis to see them again.

crisis-nobody-yet =
    { $name }, I want to be honest with you: I haven't been able to reach a facilitator yet. I'm still trying, and I'll keep trying.
    Please don't wait for us: the people below are there right now. If you are in danger, call your local emergency number.

# Posted in a group when no facilitator or admin can be reached: nothing about anyone.
staff-wanted-group = 🔔 A message is waiting for this group's facilitators. If you're a facilitator here, please open a private chat with me and send /start.

crisis-group-nudge = { $name }, I'm here if you'd like to talk in private. Tap the button below.
btn-talk-privately = Talk in private

btn-other-country = 🌍 Another country
crisis-choose-country = Which country are you in? I'll show its crisis lines (and remember it if you're set up with me).
crisis-lines-header = <b>People you can talk to now</b>
crisis-lines-country = Crisis lines for { $country }:
lines-call = call
lines-text = text
lines-emergency = Emergency number
lines-website = Website

crisis-start-help =
    I'm here for you. You are not alone, and reaching out matters.
    When you feel ready, send /start and I'll tell you what else I can do.

# Alerts sent to facilitators and admins.
alert-title = { $icon } <b>Crisis alert #{ $id }</b> · { $tier }
alert-reminder = ⏰ Nobody has taken this yet (reminder { $round }).
alert-who = <b>Who:</b>
alert-where-private = <b>Where:</b> private chat with the bot
alert-where-group = <b>Where:</b> group «{ $title }»
alert-what = <b>What:</b> { $category } · { $count ->
        [one] 1 message
       *[other] { $count } messages
    } · first at { $time }
alert-state-open = Waiting for someone to take it. Tap «I'm on it» if you can.
alert-state-acknowledged = ✅ Taken by { $name } at { $time }.
alert-state-resolved = ☑️ Resolved by { $name } at { $time }.
alert-state-false = ⚪ Marked as a false alarm by { $name } at { $time }.
alert-state-erased = 🗑 Closed: the member erased their data with /forget, after they had been given the crisis lines.
alert-note = <b>Handoff note:</b> { $note }

# A new message (Telegram does not notify of edits) above the alert when something changed.
alert-notice-repeat = { $icon } <b>Alert #{ $id }: { $member } wrote again</b>
alert-notice-tier-raised = More urgent now: { $tier } (was { $old }). Their new message:
alert-notice-tier-same = Still { $tier }. Their new message:
alert-notice-reopened = { $icon } <b>Alert #{ $id } was reopened by { $name }</b>: it needs someone again.
alert-notice-handed-back = { $icon } <b>Alert #{ $id } needs someone again</b>: the person who took it has left (they erased their data).
alert-notice-erased = <b>Alert #{ $id } is closed</b>: the member erased their data with /forget, after they had been given the crisis lines. I can't tell you more about them.

# Closing asks first, in place.
alert-confirm-res = <b>Mark alert #{ $id } as resolved?</b> It closes for everyone.
alert-confirm-fa = <b>Mark alert #{ $id } as a false alarm?</b> It closes for everyone and the reminders stop.
alert-someone = someone

tier-concern = concern
tier-high = high
tier-imminent = imminent danger

category-ideation = thoughts of suicide
category-plan_or_means = a plan or the means
category-self_harm = self-harm
category-overdose = overdose
category-farewell = saying goodbye
category-harm_to_others = harm to others
category-danger_abuse = danger or abuse
category-third_party = worried about someone else

btn-ack = I'm on it
btn-resolve = Resolved
btn-false-alarm = False alarm
btn-taken-by = ✅ Taken by { $name }
btn-confirm-res = ✅ Yes, resolved
btn-confirm-fa = Yes, a false alarm
btn-confirm-cancel = ↩ No, go back
btn-reopen = ↩ Reopen

flag-taken = You've taken alert #{ $id }. Thank you.
flag-already-taken = { $name } has already taken alert #{ $id }.
flag-closed = Alert #{ $id } is already closed.
flag-not-allowed = Only this group's facilitators and the admins can act on this alert.
flag-unknown = I can't find that alert.
flag-resolved = Alert #{ $id } is resolved.
flag-false-alarm = Alert #{ $id } is marked as a false alarm.
flag-not-closed = Alert #{ $id } is still open.
flag-reopen-too-late = Alert #{ $id } was closed more than 24 hours ago and can't be reopened here. If you're worried, please reach out to the person directly.
flag-reopened = Alert #{ $id } is open again. Everyone on it has been told.
flag-who = { $name } took alert #{ $id } at { $time }.
flag-note-ask =
    Alert #{ $id } is resolved. Is there anything the next facilitator should know?
    Send it now as a handoff note (within 30 minutes), or send /skip.
flag-note-saved = Thanks, I've added your note to alert #{ $id }.
flag-note-skipped = Okay, no note.
flag-note-none = There is no note waiting from you.
