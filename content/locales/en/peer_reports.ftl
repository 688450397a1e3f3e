# Peers raising concern: /report in a group, /worried in private, and the report card facilitators get.

cmd-worried = I'm worried about someone
category-peer_report = a member's report
category-hostile_reply = a hostile reply to a member with an open flag
report-card-count = { $count ->
        [one] 🙋 Reported by a member (who stays anonymous).
       *[other] 🙋 Reported by { $count } members (who stay anonymous).
    }
report-card-reason = 💬 In their words: { $reason }
report-card-target = 🎯 Aimed at { $name }, who has an open flag.
report-usage =
    To report a message in a group, reply to it with /report. You can add a few words: <code>/report this is hurtful</code>.
    I remove your /report at once, and nobody in the group sees that it was you: only the group's facilitators hear of it.
    If you're worried about someone, send me /worried.
report-thanks = Thank you for telling us about that message in { $group }. { $told ->
        [group] The group's facilitators have it now.
        [admins] The people who run this bot have it now.
       *[no] I couldn't reach a facilitator yet; I'll keep trying.
    } Nobody in the group sees that it was you.
report-already = You've already reported that message in { $group }: the facilitators have it. Thank you.
report-too-many = You've sent several reports in the last hour, so I'm pausing new ones for a little while: the facilitators have the ones you sent. If someone is in danger right now, please call one of these lines or the emergency number.
report-not-deleted = I couldn't remove your /report from { $group }: the bot isn't allowed to delete messages there. You may want to delete it yourself; the facilitators were still told.
report-urgent = What you shared sounds urgent. If someone is in danger right now, call the emergency number or one of these lines:
worried-no-groups = I can pass a worry on to a group's facilitators, but you're not in a group yet. If someone may be in danger, these lines can help right now:
worried-hint = Worried about someone in your group? Send /worried: only its facilitators hear of it, never who told them.
worried-pick = Which group is the person you're worried about in?
worried-ask =
    I'm listening. Tell me about your worry for someone in <b>{ $group }</b>: forward me one of their messages, or write a few words about what worries you.
    Only the group's facilitators will see it, and they never tell the person who raised it.
worried-sent = Thank you for looking out for them. { $told ->
        [group] I've passed your worry to the facilitators of { $group }: one of them will look into it and may reach out to them gently.
        [admins] I've passed your worry to the people who run this bot: they will look into it.
       *[no] I couldn't reach a facilitator of { $group } yet; I'll keep trying.
    } They won't tell the person it came from you. Take care of yourself too.
# Why a hostile reply is held (the writer is told it too: it never names the flag).
hold-reason-hostile = a reply that could hurt someone in the group
