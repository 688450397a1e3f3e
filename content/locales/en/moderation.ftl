# Moderation: facilitators' /warn, /mute, /ban, /hold (as a reply in the group), held messages
# and appeals. Plain and kind: the member is told what happened, why, for how long and how to
# appeal; nobody is shamed in the group.

mod-someone = a member
mod-a-group = your group
mod-length = { $unit ->
    [weeks] { $count ->
        [one] 1 week
       *[other] { $count } weeks
    }
    [days] { $count ->
        [one] 1 day
       *[other] { $count } days
    }
    [hours] { $count ->
        [one] 1 hour
       *[other] { $count } hours
    }
   *[minutes] { $count ->
        [one] 1 minute
       *[other] { $count } minutes
    }
}
mod-kind = { $kind ->
    [warn] a warning
    [mute] a pause on writing
    [ban] a removal from the group
   *[hold] a message held for review
}

# What the member is told, privately.
mod-told-warn =
    💬 A facilitator of <b>{ $group }</b> has sent you a reminder about the group's agreement.

    Why: { $reason }

    This is about something that was written, not about who you are. Nothing else changes: you can keep taking part. If you think it wasn't fair, tap “Appeal” and tell us in a few words.
mod-told-mute =
    🔇 A facilitator of <b>{ $group }</b> has paused your messages in the group for { $length } (until { $until }).

    Why: { $reason }

    You can still read the group, and I'm here for you in private. When the time is up you can write again, and I'll let you know. If you think it wasn't fair, tap “Appeal” and tell us in a few words.
mod-told-ban =
    🚪 A facilitator of <b>{ $group }</b> has removed you from the group.

    Why: { $reason }

    I'm still here for you in private, and /crisis always shows where to find help right now. If you think it wasn't fair, tap “Appeal” and tell us in a few words.
mod-told-ban-until =
    🚪 A facilitator of <b>{ $group }</b> has removed you from the group for { $length } (until { $until }).

    Why: { $reason }

    After that you can join again with the group's invite link. I'm still here for you in private, and /crisis always shows where to find help right now. If you think it wasn't fair, tap “Appeal” and tell us in a few words.
mod-told-hold =
    🕊 A message you wrote in <b>{ $group }</b> is held for review: it's hidden from the group until a facilitator has looked at it.

    Why: { $reason }

    It may be posted back as it was. Nothing else changes: you can keep writing. If you think it wasn't fair, tap “Appeal” and tell us in a few words.
mod-told-hold-crisis =
    💛 I've hidden a message you wrote in <b>{ $group }</b> from the group for now, so that the people looking after the group see it first. You're not in trouble: it sounded like you may be going through something really hard.
mod-told-unmute = 🔈 You can write in <b>{ $group }</b> again. Welcome back.
mod-told-unban = 🚪 You're welcome back in <b>{ $group }</b>: you can join again with its invite link.
mod-told-released = ✅ Your held message in <b>{ $group }</b> was reviewed and posted back in the group.
mod-told-released-empty = ✅ Your held message in <b>{ $group }</b> was reviewed, and it's fine. I can only post words back, so please share it again yourself if you'd like to.
mod-told-kept-hidden = 💛 Someone who looks after <b>{ $group }</b> has seen the message you wrote there. It stays out of the group for now, and you're not in trouble. If things feel heavy right now, /crisis shows where to find help straight away, day or night.
mod-told-discarded = A facilitator of <b>{ $group }</b> reviewed your held message and decided to keep it out of the group. If you think that wasn't fair, tap “Appeal” under my earlier message.
mod-told-held-expired = Your message held in <b>{ $group }</b> wasn't reviewed in time, so it stays out of the group and my copy is erased. It isn't held against you: you're welcome to keep writing.
mod-told-appeal-upheld = The admins read your appeal about <b>{ $group }</b> and decided to keep the decision as it is. Thank you for telling us how you saw it.
mod-told-appeal-lifted = The admins read your appeal about <b>{ $group }</b> and lifted the decision. Thank you for telling us.
btn-mod-appeal = 🙋 Appeal

# The appeal, written by the member.
mod-appeal-ask = In a few words: why do you think this wasn't fair? The admins of <b>{ $group }</b> will read it, and I'll tell you what they decide.
mod-appeal-sent = Thank you. The admins of <b>{ $group }</b> have your appeal; I'll tell you what they decide.
mod-appeal-already = You've already appealed this one; the admins have it.
mod-appeal-gone = That decision isn't on record any more, so there's nothing left to appeal.
mod-appeal-too-short = Please write a few words about why you think it wasn't fair.
mod-appeal-too-long = That's a bit long for an appeal: please keep it under 1,000 characters.
mod-appeal-nobody = I'm sorry: right now there's nobody who can review decisions in <b>{ $group }</b>, so I couldn't pass your appeal on. Nothing is lost: you can press Appeal again later. If it weighs on you, you can also write to the group's owner directly.

# For facilitators, in the group or in private.
mod-only-facilitators = Only this group's facilitators can use /{ $command }.
mod-reply-needed = Please use /{ $command } as a reply to the member's message, with a reason: for example /mute 1h keeps posting links.
mod-hold-too-old = Telegram only lets me hide a message for 48 hours after it was sent, and this one is older, so I've left it where it is. You can still use /warn, or a group admin can delete it by hand.
mod-hold-reason-default = a facilitator wanted to look at it first
mod-unreply-needed = Please use /{ $command } as a reply to one of the member's messages.
mod-not-a-person = That message isn't from a person I can act on.
mod-not-yourself = You can't use that on yourself.
mod-not-staff = Facilitators and admins can't be moderated with the bot. Please talk with them directly, or with an admin.
mod-not-chat-admin = That's one of the group's Telegram administrators: Telegram doesn't let me restrict them.
mod-bot-not-admin = I can't do that yet: I need to be an administrator of this group. A group owner can add me under the group's settings → Administrators.
mod-missing-right = I can't do that yet: as an administrator of this group I need the right “{ $right }”. A group owner can turn it on under the group's settings → Administrators → me.
mod-right-restrict = Ban users
mod-right-delete = Delete messages
mod-mute-supergroup-only = Telegram allows pausing someone's messages only in supergroups. A group becomes one when an owner makes it public or turns on its chat history for new members; /ban and /hold work here already.
mod-bad-duration = I couldn't read “{ $word }” as a length of time. Write it like 10m, 1h, 1d or 7d (from 1 minute to 365 days).
mod-mute-needs-duration = Please say how long first: /mute 1h and the reason (10m, 1h, 1d, 7d…).
mod-reason-too-long = Please keep the reason shorter (at most 300 characters): the member reads it.
mod-reason-empty = Please type the reason in a few words.
mod-reason-ask = Every action needs a reason, and { $name } will read it. In a few words: why { $kind ->
    [warn] the warning
    [mute] the pause on writing
    [ban] the removal
   *[hold] holding the message
}? If you change your mind, just leave it: I'll let it go in 30 minutes.
mod-reason-in-group = Please add a reason after the command, for example /{ $command } keeps posting links. (Or open a private chat with me first, and I'll ask you there.)
mod-failed = Telegram didn't let me do that just now. Please check my admin rights in the group and try again.
mod-resume-failed = I was stopped in the middle of { $kind ->
    [mute] pausing { $name }'s messages
   *[ban] removing { $name }
} in <b>{ $group }</b>, and when I tried again Telegram didn't let me. Nothing was done. Please check my admin rights in the group and try again.
mod-done = ✅ Done in <b>{ $group }</b>: { $kind ->
    [warn] { $name } got a warning
    [mute] { $name } can't write for { $length }
    [ban] { $name } is removed from the group
   *[hold] { $name }'s message is held for review
}. Reason: { $reason }. { $told ->
    [yes] They were told privately, with how to appeal.
   *[no] They haven't opened a private chat with me, so I couldn't tell them.
}
mod-done-unmute = ✅ { $name } can write in <b>{ $group }</b> again; they were told.
mod-done-unban = ✅ { $name } may join <b>{ $group }</b> again; they were told.

# Held messages: the review card facilitators get in private.
mod-held-card =
    🕊 <b>Held for review</b> in { $group }
    From: { $name }
    Why: { $reason }

    <blockquote>{ $text }</blockquote>

    “Release” posts it back in the group, from { $name }; “Discard” erases my copy. { $name } is told either way.
mod-held-card-crisis =
    ⚠️ <b>Held for review: this may be a cry for help</b> ({ $group })
    From: { $name }
    Why: { $reason }

    <blockquote>{ $text }</blockquote>

    A crisis alert goes to the group's team separately: please answer that too. “Keep it hidden” only hides this message; it never closes the alert.
mod-held-card-done = 🕊 The message from { $name } held in { $group } has been reviewed: { $outcome ->
    [expired] nobody reviewed it in time, so it stays out of the group and my copy is erased.
    [release_empty] it was fine; it had no words to post back, and the author may share it again.
    [release] it is back in the group.
    [keep_hidden] it stays hidden (the crisis alert goes on separately).
   *[discard] it was discarded, and my copy is erased.
}
mod-held-card-erased = 🕊 A message held for review in { $group } was removed: its author asked me to erase their data, so my copy is erased too. Nothing more to do.
mod-held-no-text = (no text to show: a photo, a sticker or a file, or a message held from a report card: see the report)
btn-mod-release = ✅ Release
btn-mod-discard = 🗑 Discard
btn-mod-keep-hidden = 🙈 Keep it hidden
mod-released = ✅ Posted back in { $group }.
mod-released-empty = ✅ Reviewed as fine. It had no words I could post back in { $group }, so I've told them they're welcome to share it again.
mod-discarded = 🗑 Discarded: my copy is erased.
mod-not-hidden = ⚠️ I couldn't hide the message from { $name } in <b>{ $group }</b>: Telegram refused (I may lack the “Delete messages” right, or it is over 48 hours old or already gone). If it wasn't deleted, it is still in the group. Nothing was recorded and { $name } was told nothing.
mod-already-reviewed = Someone has already reviewed that message.
mod-not-allowed = Only the group's facilitators can do that.
mod-released-post =
    💬 <b>From { $name }</b> (held for review, now back):
    { $text }

# Appeals: the card admins get.
mod-appeal-card =
    🙋 <b>An appeal</b> from { $name } ({ $group })
    About: { $kind ->
        [warn] a warning
        [mute] a pause on writing
        [ban] a removal from the group
       *[hold] a held message
    }
    The reason given: { $reason }

    Their words:
    <blockquote>{ $text }</blockquote>
btn-mod-uphold = Keep it
btn-mod-lift = Lift it
mod-appeal-upheld = Kept as it was. { $name } is told.
mod-appeal-lifted = Lifted. { $name } is told.
mod-appeal-decided = This appeal has already been decided.
mod-admins-only = Only the bot's admins decide appeals.

# A report card's buttons.
btn-mod-warn = ⚠️ Warn
btn-mod-mute-hour = 🔇 Mute 1h
btn-mod-hold = 🕊 Hold

# The audit trail.
audit-moderation-warn = warned a member
audit-moderation-mute = paused a member's messages
audit-moderation-ban = removed a member from a group
audit-moderation-hold = held a message for review
audit-moderation-unmute = let a member write again
audit-moderation-unban = let a member join again
audit-moderation-expired = (a timed pause or removal ended)
audit-moderation-release = released a held message
audit-moderation-discard = discarded a held message
audit-moderation-keep-hidden = kept a held message hidden (possible crisis)
audit-moderation-appeal-upheld = kept a decision after an appeal
audit-moderation-appeal-lifted = lifted a decision after an appeal
