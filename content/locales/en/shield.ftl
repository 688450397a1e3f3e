# The spam shield: newcomers' links held for review, the flood limit, the block list.

cmd-shield = Spam shield: new members' links wait for review
cmd-block = Block someone in all our groups
cmd-unblock = Lift a block
shield-someone = someone (id { $id })
shield-reason-link = a new member's link
shield-reason-forward = a new member's forwarded message
shield-reason-media = a new member's photo, video or file
shield-reason-banned-in = banned in { $group }
shield-held =
    Hi { $name }, welcome to { $group }. Your message is waiting for a moment: while someone is new to the group (the first { $hours } hours), their links, forwarded messages, photos, videos and files go to a facilitator first. It's how we keep spam out, and it isn't about you.

    A facilitator will look at it soon. You don't need to do anything, and you can keep writing as usual.
shield-held-crisis = Hi { $name }. Because you're new to { $group }, your message went to the facilitators first instead of the whole group. They have it, and they will see it soon. You're not alone in this.
shield-muted = Hi { $name }, lots of messages arrived from you in { $group } within a few seconds, so the group is paused for you for { $minutes } minutes. It happens, and it isn't a punishment. After that you can write as usual. If something is wrong, you can tell me here.
shield-flood-staff = 🛡 { $name } sent more than { $count } messages within { $seconds } seconds in { $group }. I muted them for { $minutes } minutes; it lifts by itself.
shield-flood-staff-unmuted = 🛡 { $name } sent more than { $count } messages within { $seconds } seconds in { $group }. I could not mute them: I need the right to restrict members there.
shield-removed-list = 🛡 { $name } (id { $id }) joined { $group }. They are on our block list, so I removed them.
shield-removed-cas = 🛡 { $name } (id { $id }) joined { $group }. They are on the public spammer list (CAS), so I removed them.
shield-not-removed-list = 🛡 { $name } (id { $id }) joined { $group }. They are on our block list, but I could not remove them: I need the right to ban members there.
shield-not-removed-cas = 🛡 { $name } (id { $id }) joined { $group }. They are on the public spammer list (CAS), but I could not remove them: I need the right to ban members there.
shield-block-usage = To block someone in all our groups: /block followed by their user id and a few words why, for example: /block 123456789 spam links
shield-unblock-usage = To lift a block: /unblock followed by their user id, for example: /unblock 123456789
shield-block-refused = Only the people who run this bot can block someone in all groups (and not themselves).
shield-blocked = 🛡 { $id } is blocked in all our groups. Removed from { $done } { $done ->
        [one] group
       *[other] groups
    }; not possible in { $failed } (I need the right to ban members there). If they join a group later, I remove them and tell its facilitators.
shield-blocked-already = 🛡 { $id } was already blocked. Removed from { $done } { $done ->
        [one] group
       *[other] groups
    }; not possible in { $failed }.
shield-not-blocked = { $id } is not on our block list.
shield-unblocked = ✅ { $id } is no longer blocked. Their ban is lifted in { $done } { $done ->
        [one] group
       *[other] groups
    }; not possible in { $failed }. They can join again with an invite link.
shield-admins-only = Only the people who run this bot can ban someone in all groups.
shield-not-allowed = Only the group's facilitators can change this.
shield-no-groups = You don't facilitate a group yet.
shield-card =
    🛡 <b>{ $group }: spam shield</b>

    For the first { $hours } hours after someone joins, their links, forwarded messages, photos, videos and files wait for a facilitator's review. They are told why, kindly. Anyone who sends more than a few messages a second is paused for a few minutes.
shield-card-off =
    🛡 <b>{ $group }: spam shield</b>

    New members' links and pictures appear straight away (the newcomer wait is off). Anyone who sends more than a few messages a second is still paused for a few minutes.
btn-shield-window = { $hours ->
        [0] Off
       *[other] { $hours } h
    }
btn-shield-ban-everywhere = 🛡 Also ban in all our groups
audit-shield-block = blocked someone in all groups
audit-shield-unblock = lifted a block
audit-shield-window = changed how long new members' links wait for review
# To the bot's admins when someone is banned from one group (a button bans them everywhere).
shield-offer-ban-everywhere = 🛡 { $name } was banned from <b>{ $group }</b>. Ban them in all our groups too? They are then removed wherever they are, and kept out of every group the bot is in.
