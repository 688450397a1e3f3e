# The join gate (/gate, /invite), raid mode, and /status's rights check.
# Arguments in { $braces } are filled in by the bot; keep them. HTML tags allowed: <b>, <i>, <a>.

cmd-gate = Join requests, the gate's question, read-only minutes
cmd-invite = A personal invite link for one person

gate-question-default = What brings you to this group? A few words are enough.
gate-welcome =
    Hello 👋 You asked to join <b>{ $group }</b>. I'm the group's helper bot.

    Before you come in, one question from the facilitators (nobody reads your answer, it just tells me you're a person):

    <i>{ $question }</i>

    Just type your answer here. You have { $minutes } minutes.
gate-answer-again = I didn't catch an answer there. Please type a few words in reply to the question.
gate-agreement =
    Thank you. Here is what the members of <b>{ $group }</b> agree to:

    { $text }

    Tap “I agree” if that's okay with you.
btn-gate-agree = ✅ I agree
gate-expired = That request has ended. To try again, use the group's invite link once more.
gate-approve-failed = I couldn't let you in just now: your request may have been handled by someone else or has ended. You can try the group's invite link again.
gate-approved = 🎉 Welcome to <b>{ $group }</b>! You're in. /rules shows the group's agreement, and /help what I can do.
gate-approved-readonly = 🎉 Welcome to <b>{ $group }</b>! You're in. For the first { $minutes } minutes you can read but not write yet: take a look around. /rules shows the group's agreement.
gate-declined-consent = That's okay. I haven't let you into <b>{ $group }</b>, because the group needs me to keep a small record of its members. If you change your mind, use the group's invite link again.
gate-timed-out = Your request to join <b>{ $group }</b> has ended because I didn't hear back in time. No problem: whenever you're ready, use the group's invite link again.

gate-card =
    🚪 <b>{ $group }: the join gate</b>

    Join requests: { $on ->
        [yes] on (new people answer a question, read the agreement and consent first)
       *[no] off
    }
    The question: <i>{ $question }</i>
    Read-only after joining: { $minutes ->
        [0] off
       *[other] { $minutes } min
    }
    Raid mode: { $raid ->
        [yes] on
       *[no] off
    }
    The bot's invite link: { $link }
btn-gate-on = 🚪 Turn join requests on
btn-gate-off = Turn join requests off
btn-gate-word = ✏️ Word the question
btn-gate-default-wording = ↩️ Use the usual question
btn-gate-readonly = { $minutes ->
    [0] No read-only
   *[other] { $minutes } min
}
btn-gate-invite = 🎟 Personal invite link
gate-no-groups = Only facilitators of a group and the bot's admins can change its gate or make invite links.
gate-pick = Which group's gate?
gate-invite-pick = A personal invite link for which group?
gate-invite-name = From { $name }
gate-invite-made =
    🎟 A personal link for one person to join <b>{ $group }</b>. It works once, and they come straight in, without the gate's question:

    { $link }
gate-link-failed = I couldn't make an invite link for <b>{ $group }</b>. Please make me an admin of the group with the right to invite users (“Invite users via link”), then try again.
gate-not-allowed = Only the group's facilitators can change this.
gate-word-ask = Type the question new people answer before joining <b>{ $group }</b>, in your own words (at most { $max } characters). Any sincere answer lets them through: it's a human check, not a test.
gate-word-saved = ✅ Saved. New people asking to join { $group } get your question.
gate-question-command = That looks like a command. Please type the question itself.
gate-question-short = That's very short for a question. Please type the whole question.
gate-question-long = That's too long ({ $length } characters, at most { $max }). Please shorten it.
gate-link-name = Join gate
gate-open-link-name = Open link
gate-raid-link-name = Raid mode
gate-on =
    🚪 Join requests are on for <b>{ $group }</b>. Share this link: people who use it first answer the question, read the agreement and consent, and I let them in.

    { $link }
gate-off =
    Join requests are off for <b>{ $group }</b>. The gate's link no longer works; this one lets people straight in:

    { $link }

gate-raid-on =
    🚨 <b>Raid mode in { $group }</b>: a lot of people joined in a short time. I switched the group's invite link to join requests, so newcomers now go through the gate. Share this link for now:

    { $link }

    Links made by other admins (the owner's own link too) still let people straight in: I can only change mine. If joins keep coming, an admin can revoke them in the group's settings → Invite links.

    I'll switch back after a quiet while, or tap the button when it's over.
gate-raid-on-no-link = 🚨 <b>Raid mode in { $group }</b>: a lot of people joined in a short time, but I couldn't switch the invite link to join requests (I need the right to invite users). Please check the group and its link.
gate-raid-off =
    ✅ Raid mode in <b>{ $group }</b> is over. The group's link:

    { $link }
btn-gate-end-raid = End raid mode
gate-raid-already-over = Raid mode was already over.

status-gate-on = 🚪 Join requests (or raid mode) are on.
gate-right-invite = ⚠️ I can't make invite links: in the group's settings, make me an admin with “Invite users via link”.
gate-right-pin = ⚠️ I can't pin the group's agreement: give me the admin right “Pin messages”.
gate-right-restrict = ⚠️ I can't make new members read-only: give me the admin right “Ban users” (it covers restricting).
gate-right-delete = ⚠️ I can't hide messages for review: give me the admin right “Delete messages”.

audit-joingate-requests = turned join requests on or off
audit-joingate-question = worded the gate's question
audit-joingate-readonly = set read-only minutes after joining
audit-joingate-invite = made a personal invite link
audit-joingate-raid-on = switched on raid mode
audit-joingate-raid-off = ended raid mode
