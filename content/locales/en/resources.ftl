# /resources: browsing and searching the directory; facilitators adding and editing resources.

resources-choose = What kind of help are you looking for? Tap a topic, or send /resources and a few words (for example /resources housing).
resources-empty-query = I couldn't find any words to search for in that. Tap a topic instead:
resources-none = I found nothing for «{ $words }». You could try other words.
resources-general = I can look for something specific for you: send /resources and a topic, for example /resources housing.
resources-pick-topic = Or tap a topic below to see what I have for your country.
resources-found = <b>What I found for «{ $words }»</b>
resources-in-category = <b>{ $category }</b>
resources-none-in-category = I have nothing under { $category } for your country yet. Send /crisis if you need someone to talk to now.
resource-open = 🟢 open now
resource-closed = ⚪ closed now
resource-hours = 🕒 { $hours }
# Opening hours that are the same every day of the week.
resource-every-day = Daily

resources-add-which-group = Which group is this resource for?
resources-ask-name = What is the service called? (for example: Riverside Housing Advice)
resources-ask-description = In one or two sentences: what does it offer, and to whom?
resources-ask-category = Which topic fits it best?
resources-ask-phone = Its phone number, if it has one (digits, spaces and + only).
resources-ask-website = Its website, if it has one (for example example.org).
resources-bad-name = Please send a name between 2 and 80 characters.
resources-bad-description = Please send a description between 5 and 400 characters.
resources-bad-phone = That doesn't look like a phone number. Use digits, spaces and + only, or tap Skip.
resources-bad-website = That doesn't look like a website address (for example example.org). Try again, or tap Skip.
resources-preview = This is how members will see it:
resources-saved = Saved: { $name }. Members can find it now.
resources-cancelled = Okay, nothing was saved.
resources-mine = Your groups' resources. Tap one to edit or retire it:
resources-mine-none = Your groups have no resources added in the chat yet. Add one with /addresource.
resources-not-yours = You can only change resources of your own groups. Resources from the bot's files are changed by editing the files.
resources-updated = Updated: { $name }.
resources-retired = Retired: { $name }. It no longer shows up.
resources-reloaded = Resource files read again: { $added } added, { $changed } changed, { $removed } removed.
resources-reload-failed = The resource files have a problem, so nothing changed: { $problem }
btn-skip = Skip
btn-save = Save
btn-cancel = Cancel
btn-edit-name = Change the name
btn-edit-description = Change the description
btn-edit-phone = Change the phone
btn-edit-website = Change the website
btn-retire = Retire it
cmd-resources = Find help near you or online
cmd-addresource = Add a resource (facilitators)
cmd-myresources = Edit your groups' resources (facilitators)
cmd-reload = Read the resource files again (admins)
