# Crisis support for members, and crisis alerts for facilitators.

crisis-reply-self =
    { $name }, thank you for telling me. I'm really glad you reached out, and you don't have to go through this alone.
    { $told ->
        [yes] I've let a facilitator from your group know, so a person can get in touch with you.
       *[no] Please reach out to one of the lines below; they are there for moments like this.
    }
    If you are in danger right now, call your local emergency number.

crisis-reply-other =
    { $name }, it sounds like someone you care about may be going through something really hard. Thank you for looking out for them.
    Stay with them if you can, listen without judging, and ask directly whether they are thinking about suicide: asking does not put the idea in their head. Help them contact one of the lines below, and if they are in immediate danger, call the emergency number.
    { $told ->
        [yes] I've also let a facilitator know.
       *[no] {""}
    }

crisis-still-here = I'm still here with you, { $name }. { $told ->
        [yes] A facilitator knows and will get in touch.
       *[no] The lines I sent you are open right now.
    } Send /crisis to see them again.

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
alert-note = <b>Handoff note:</b> { $note }
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

flag-taken = You've taken alert #{ $id }. Thank you.
flag-already-taken = { $name } has already taken alert #{ $id }.
flag-closed = Alert #{ $id } is already closed.
flag-not-allowed = Only this group's facilitators and the admins can act on this alert.
flag-unknown = I can't find that alert.
flag-resolved = Alert #{ $id } is resolved.
flag-false-alarm = Alert #{ $id } is marked as a false alarm.
flag-note-ask =
    Alert #{ $id } is resolved. Is there anything the next facilitator should know?
    Send it now as a handoff note (within 30 minutes), or send /skip.
flag-note-saved = Thanks, I've added your note to alert #{ $id }.
flag-note-skipped = Okay, no note.
flag-note-none = There is no note waiting from you.
