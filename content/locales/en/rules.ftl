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
