# The audit trail for admins: who did what, and when.

cmd-audit = Recent facilitator and admin actions

audit-header = <b>Recent actions</b> (newest first; times in { $zone })
audit-empty = Nothing recorded yet.
audit-line = { $when } · <b>{ $who }</b> { $what }
audit-subject = : { $subject }
audit-subject-alert = : alert no. { $subject }
audit-subject-announcement = : announcement no. { $subject }
audit-subject-request = : request no. { $subject }
audit-subject-minutes = : { $subject } minutes before
audit-subject-reload = : { $added } added, { $changed } changed, { $removed } removed
audit-in-group = { " " }· { $group }
audit-someone = someone (no. { $id })
audit-nobody = the command line, or someone who erased their data
audit-unknown-action = did “{ $action }”
btn-audit-older = ⬅️ Older

audit-role-add = added a facilitator
audit-role-remove = removed a facilitator
audit-meeting-add = added a meeting
audit-meeting-edit = changed a meeting
audit-meeting-cancel = cancelled one meeting
audit-meeting-move = moved one meeting
audit-meeting-end = ended a meeting series
audit-meeting-group-post = changed the group chat's meeting reminder (minutes)
audit-meeting-group-news = turned the group chat's meeting news on or off
audit-resource-add = added a resource
audit-resource-edit = changed a resource
audit-resource-retire = retired a resource
audit-flag-acknowledged = took a crisis alert (“I'm on it”)
audit-flag-resolved = resolved a crisis alert
audit-flag-false-alarm = marked a crisis alert as a false alarm
audit-flag-open = reopened a crisis alert
audit-flag-note = wrote a handoff note on a crisis alert
audit-flag-reopened = reopened a closed crisis alert
audit-flag-erased = (the member erased their data while their crisis alert was open)
audit-flag-member-erased = (the member erased their data while their crisis alert was open)
audit-flag-handed-back = (a crisis alert went back to everyone: the person who took it left)
audit-oncall-rotation = changed the on-call rotation
audit-oncall-participants = changed who takes on-call turns
audit-oncall-take = took the on-call shift
audit-oncall-handover = handed the on-call shift to
audit-announce-send = sent an announcement
audit-announce-cancel = cancelled an announcement
audit-group-setup = set up a group
audit-content-reload = reloaded the resource files
