# Texts for /announce: facilitators and admins send a message to every member of a group.

cmd-announce = Send an announcement to a group's members

ann-private-only = Announcements are prepared in our private chat, so the group doesn't see drafts. Open a private chat with me and send /announce.
ann-no-groups = I'm not in any group yet, so there is no one to announce to.
ann-pick-group = Which group is this announcement for?
ann-not-allowed = You can only send announcements to groups you facilitate.
ann-ask-text =
    What should the members of <b>{ $title }</b> get?
    Send me the message as plain text (up to { $max } characters). Send /cancel to stop.
ann-empty = That message is empty. Please send me the text of the announcement.
ann-too-long = That message has { $length } characters; an announcement can have at most { $max }. Please shorten it and send it again.
ann-text-only = Announcements are text only for now. Please send the message as plain text.
ann-preview-intro = Here is exactly what members will get:
ann-preview-audience =
    It will go to { $count ->
        [one] 1 member
       *[other] { $n } members
    } of <b>{ $title }</b>.
ann-nobody = Nobody in <b>{ $title }</b> can get announcements yet: no members have joined through me, or they asked me not to write. Nothing was sent.
ann-dropped = Okay, the announcement was not sent.
btn-ann-send = ✅ Send
btn-ann-change = ✏️ Change text
btn-ann-cancel = ✖️ Cancel
btn-ann-stop-sending = ✋ Cancel sending

ann-message =
    📣 <b>Announcement for { $title }</b>

    { $text }

ann-progress =
    📣 Sending the announcement to <b>{ $title }</b>
    { $done } of { $total } sent
ann-eta-unknown = Working out how long it will take…
ann-eta-seconds = About { $count } seconds left
ann-eta-minutes =
    About { $count ->
        [one] 1 minute
       *[other] { $count } minutes
    } left
ann-eta-hours =
    About { $count ->
        [one] 1 hour
       *[other] { $count } hours
    } left

ann-report-done = ✅ The announcement has been sent.
ann-report-cancelled = ✋ The announcement was cancelled.
ann-report-group = Group: <b>{ $title }</b>
ann-report-delivered = Delivered: { $n }
ann-report-blocked = Blocked the bot: { $n }
ann-report-failed = Could not be delivered (other reasons): { $n }
ann-report-not-sent = Not sent: { $n }
ann-cancel-refused = Only the person who wrote this announcement, a facilitator of its group or an admin can cancel it.
ann-cancel-too-late = This announcement has already finished sending.
