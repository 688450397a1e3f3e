# /resources: im Verzeichnis stöbern und suchen; Moderator:innen fügen Angebote hinzu und bearbeiten sie.

resources-choose = Welche Art von Hilfe suchst du? Tippe auf ein Thema oder schick /resources mit ein paar Wörtern (zum Beispiel /resources Wohnen).
resources-empty-query = Darin konnte ich keine Wörter zum Suchen finden. Tippe stattdessen auf ein Thema:
resources-none = Für „{ $words }“ habe ich nichts gefunden. Du kannst es mit anderen Wörtern versuchen.
resources-general = Ich kann gezielt für dich suchen: Schick /resources mit einem Thema, zum Beispiel /resources Wohnen.
resources-pick-topic = Oder tippe unten auf ein Thema, um zu sehen, was ich für dein Land habe.
resources-found = <b>Das habe ich für „{ $words }“ gefunden</b>
resources-in-category = <b>{ $category }</b>
resources-none-in-category = Unter { $category } habe ich für dein Land noch nichts. Schick /crisis, wenn du jetzt gleich mit jemandem reden möchtest.
resource-open = 🟢 jetzt geöffnet
resource-closed = ⚪ jetzt geschlossen
resource-hours = 🕒 { $hours }
# Opening hours that are the same every day of the week.
resource-every-day = Täglich

resources-add-which-group = Für welche Gruppe ist dieses Angebot?
resources-ask-name = Wie heißt das Angebot? (zum Beispiel: Wohnberatung Stadtmitte)
resources-ask-description = In ein, zwei Sätzen: Was bietet es an, und für wen?
resources-ask-category = Welches Thema passt am besten?
resources-ask-phone = Die Telefonnummer, falls es eine gibt (nur Ziffern, Leerzeichen und +).
resources-ask-website = Die Website, falls es eine gibt (zum Beispiel example.org).
resources-bad-name = Bitte schick einen Namen mit 2 bis 80 Zeichen.
resources-bad-description = Bitte schick eine Beschreibung mit 5 bis 400 Zeichen.
resources-bad-phone = Das sieht nicht nach einer Telefonnummer aus. Verwende nur Ziffern, Leerzeichen und +, oder tippe auf Überspringen.
resources-bad-website = Das sieht nicht nach einer Webadresse aus (zum Beispiel example.org). Versuch es noch einmal oder tippe auf Überspringen.
resources-preview = So sehen es die Mitglieder:
resources-saved = Gespeichert: { $name }. Mitglieder können es jetzt finden.
resources-cancelled = Okay, es wurde nichts gespeichert.
resources-mine = Die Angebote deiner Gruppen. Tippe auf eines, um es zu bearbeiten oder zurückzuziehen:
resources-mine-none = Für deine Gruppen wurden im Chat noch keine Angebote hinzugefügt. Füge eines mit /addresource hinzu.
resources-not-yours = Du kannst nur Angebote deiner eigenen Gruppen ändern. Angebote aus den Dateien des Bots werden geändert, indem man die Dateien bearbeitet.
resources-updated = Aktualisiert: { $name }.
resources-retired = Zurückgezogen: { $name }. Es wird nicht mehr angezeigt.
resources-reloaded = Ressourcendateien neu eingelesen: { $added } hinzugefügt, { $changed } geändert, { $removed } entfernt.
resources-reload-failed = Die Ressourcendateien haben ein Problem, deshalb wurde nichts geändert: { $problem }
btn-skip = Überspringen
btn-save = Speichern
btn-cancel = Abbrechen
btn-edit-name = Name ändern
btn-edit-description = Beschreibung ändern
btn-edit-phone = Telefonnummer ändern
btn-edit-website = Website ändern
btn-retire = Zurückziehen
cmd-resources = Hilfe in deiner Nähe oder online finden
cmd-addresource = Ein Angebot hinzufügen (Moderation)
cmd-myresources = Angebote deiner Gruppen bearbeiten (Moderation)
cmd-reload = Ressourcendateien neu einlesen (Admins)
