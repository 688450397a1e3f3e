# /rules: a group's agreement, shown to its members and written by its facilitators.

cmd-rules = What our group agrees to
rules-shown =
    📜 <b>{ $group }: our agreement</b>

    { $text }
rules-none = 📜 { $group } has no agreement written down yet.
rules-none-staff = 📜 { $group } has no agreement written down yet. Tap “Write it” to add one: members see it with /rules.
rules-none-group = This group has no agreement written down yet. Its facilitators can write one: /rules in a private chat with me.
rules-no-groups = You're not in a group yet. When you join one with its invite link, /rules shows what its members agree to.
rules-pick = Which group's agreement would you like to see?
rules-ask = Type the agreement for <b>{ $group }</b> in one message: what members agree to (what is said here stays here, one voice at a time, respect...). It replaces the current one. At most { $max } characters.
rules-saved = ✅ Saved. Members of { $group } see it with /rules.
rules-cleared = 🗑 The agreement of { $group } is removed.
rules-not-yours = That agreement is for the group's members.
rules-not-allowed = Only the group's facilitators can change its agreement.
rules-too-short = That's very short for an agreement: please type the whole text (at least { $min } characters).
rules-too-long = That's longer than one message can show ({ $length } characters, at most { $max }). Please shorten it.
rules-not-a-command = That looks like a command, not an agreement. Please type the agreement's text.
btn-rules-write = ✏️ Write it
btn-rules-change = ✏️ Change it
btn-rules-clear = 🗑 Remove
audit-rules-set = changed the group's agreement
audit-rules-clear = removed the group's agreement
btn-rules-languages = 🌐 In another language
rules-pick-language = In which language would you like to write the agreement of { $group }?
rules-ask-language = Type the agreement of <b>{ $group }</b> in { $language }, in one message. Members who use the bot in that language see this text.
rules-write-first = Please write the agreement in the group's own language first.
rules-pinned = 📌 I posted it in the group and pinned it.
rules-not-pinned = I couldn't pin it in the group: to have it pinned, give me the admin right “Pin messages”.
rules-accept-changed =
    📜 The agreement of <b>{ $group }</b> has changed. Please read it:

    { $text }

    Tap “I agree” if that's okay with you.
rules-accepted = ✅ Thank you. You accepted the agreement of { $group }.
rules-accept-outdated = That version of the agreement of { $group } has changed again. /rules shows the current one.
audit-rules-translate = wrote the group's agreement in another language
rules-accept-new =
    📜 <b>{ $group }</b> has a written agreement now. Please read it:

    { $text }

    Tap “I agree” if that's okay with you.
