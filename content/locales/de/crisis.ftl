# Krisenhilfe für Mitglieder und Krisenmeldungen für Moderator:innen.

crisis-reply-self =
    { $name }, danke, dass du mir das erzählst. Ich bin wirklich froh, dass du dich gemeldet hast. Du musst da nicht allein durch.
    { $told ->
        [group] Ich habe jemandem aus dem Moderationsteam deiner Gruppe Bescheid gegeben, damit sich ein Mensch bei dir melden kann.
        [admins] Ich habe den Menschen Bescheid gegeben, die diesen Bot betreiben, damit sich ein Mensch bei dir melden kann.
       *[no] Ich konnte noch niemanden aus dem Moderationsteam erreichen. Ich versuche es weiter. Bitte wende dich in der Zwischenzeit an eine der Hotlines unten: Sie sind für genau solche Momente da.
    }
    Wenn du gerade in Gefahr bist, ruf den örtlichen Notruf an.

crisis-reply-other =
    { $name }, es klingt, als ob ein Mensch, der dir wichtig ist, gerade etwas sehr Schweres durchmacht. Danke, dass du auf diesen Menschen achtest.
    Bleib bei der Person, wenn du kannst. Hör zu, ohne zu urteilen, und frag direkt, ob sie an Suizid denkt: Die Frage bringt sie nicht erst auf die Idee. Hilf ihr, eine der Hotlines unten zu erreichen. Wenn sie in akuter Gefahr ist, ruf den Notruf an.
    { $told ->
        [group] Ich habe außerdem jemandem aus dem Moderationsteam Bescheid gegeben.
        [admins] Ich habe außerdem den Menschen Bescheid gegeben, die diesen Bot betreiben.
       *[no] {""}
    }

crisis-still-here = Ich bin immer noch für dich da, { $name }. { $told ->
        [group] Jemand aus dem Moderationsteam weiß Bescheid und meldet sich bei dir.
        [admins] Die Menschen, die diesen Bot betreiben, wissen Bescheid und melden sich bei dir.
       *[no] Ich habe noch niemanden erreicht und versuche es weiter. Die Hotlines, die ich dir geschickt habe, sind jetzt gerade erreichbar.
    } Schick /crisis, um sie noch einmal zu sehen.

crisis-nobody-yet =
    { $name }, ich will ehrlich zu dir sein: Ich konnte noch niemanden aus dem Moderationsteam erreichen. Ich versuche es gerade weiter, und ich bleibe dran.
    Bitte warte nicht auf uns: Die Menschen unten sind genau jetzt erreichbar. Wenn du in Gefahr bist, ruf den örtlichen Notruf an.

# In einer Gruppe, wenn niemand aus Moderation oder Admins erreichbar ist: nichts über irgendwen.
staff-wanted-group = 🔔 Eine Nachricht wartet auf das Moderationsteam dieser Gruppe. Wenn du hier moderierst, öffne bitte einen privaten Chat mit mir und schick /start.

crisis-group-nudge = { $name }, ich bin da, wenn du privat reden möchtest. Tippe unten auf den Button.
btn-talk-privately = Privat reden

btn-other-country = 🌍 Anderes Land
crisis-choose-country = In welchem Land bist du? Ich zeige dir die Krisen-Hotlines dort (und merke es mir, wenn du mich eingerichtet hast).
crisis-lines-header = <b>Menschen, mit denen du jetzt reden kannst</b>
crisis-lines-country = Krisen-Hotlines – { $country }:
lines-call = anrufen
lines-text = Nachricht schreiben
lines-emergency = Notrufnummer
lines-website = Website

crisis-start-help =
    Ich bin für dich da. Du bist nicht allein, und es ist wichtig, dass du dich meldest.
    Wenn du so weit bist, schick /start, dann erzähle ich dir, was ich sonst noch kann.

# Meldungen an Moderator:innen und Admins.
alert-title = { $icon } <b>Krisenmeldung #{ $id }</b> · { $tier }
alert-reminder = ⏰ Noch niemand hat das übernommen (Erinnerung { $round }).
alert-who = <b>Wer:</b>
alert-where-private = <b>Wo:</b> privater Chat mit dem Bot
alert-where-group = <b>Wo:</b> Gruppe „{ $title }“
alert-what = <b>Was:</b> { $category } · { $count ->
        [one] 1 Nachricht
       *[other] { $count } Nachrichten
    } · die erste um { $time }
alert-state-open = Wartet darauf, dass jemand übernimmt. Tippe auf „Ich übernehme“, wenn du kannst.
alert-state-acknowledged = ✅ Übernommen von { $name } um { $time }.
alert-state-resolved = ☑️ Abgeschlossen von { $name } um { $time }.
alert-state-false = ⚪ Von { $name } um { $time } als Fehlalarm markiert.
alert-state-erased = 🗑 Geschlossen: Das Mitglied hat seine Daten mit /forget gelöscht, nachdem es die Krisen-Hotlines bekommen hatte.
alert-note = <b>Übergabenotiz:</b> { $note }

# Eine neue Nachricht über der Meldung, wenn sich etwas geändert hat (Telegram meldet keine Bearbeitungen).
alert-notice-repeat = { $icon } <b>Meldung #{ $id }: { $member } hat wieder geschrieben</b>
alert-notice-tier-raised = Jetzt dringender: { $tier } (vorher: { $old }). Die neue Nachricht:
alert-notice-tier-same = Weiterhin: { $tier }. Die neue Nachricht:
alert-notice-reopened = { $icon } <b>Meldung #{ $id } wurde von { $name } wieder geöffnet</b>: Es braucht wieder jemanden.
alert-notice-handed-back = { $icon } <b>Meldung #{ $id } braucht wieder jemanden</b>: Die Person, die sie übernommen hatte, ist weg (sie hat ihre Daten gelöscht).
alert-notice-erased = <b>Meldung #{ $id } ist geschlossen</b>: Das Mitglied hat seine Daten mit /forget gelöscht, nachdem es die Krisen-Hotlines bekommen hatte. Mehr kann ich dir über diese Person nicht sagen.

# Vor dem Schließen wird nachgefragt, in derselben Nachricht.
alert-confirm-res = <b>Meldung #{ $id } als abgeschlossen markieren?</b> Sie wird für alle geschlossen.
alert-confirm-fa = <b>Meldung #{ $id } als Fehlalarm markieren?</b> Sie wird für alle geschlossen, und die Erinnerungen hören auf.
alert-someone = jemand

tier-concern = Sorge
tier-high = hoch
tier-imminent = akute Gefahr

category-ideation = Suizidgedanken
category-plan_or_means = ein Plan oder die Mittel
category-self_harm = Selbstverletzung
category-overdose = Überdosis
category-farewell = Abschied nehmen
category-harm_to_others = anderen schaden
category-danger_abuse = Gefahr oder Misshandlung
category-third_party = Sorge um jemand anderen

btn-ack = Ich übernehme
btn-resolve = Abgeschlossen
btn-false-alarm = Fehlalarm
btn-taken-by = ✅ Übernommen von { $name }
btn-confirm-res = ✅ Ja, abgeschlossen
btn-confirm-fa = Ja, Fehlalarm
btn-confirm-cancel = ↩ Nein, zurück
btn-reopen = ↩ Wieder öffnen

flag-taken = Du hast Meldung #{ $id } übernommen. Danke.
flag-already-taken = { $name } hat Meldung #{ $id } schon übernommen.
flag-closed = Meldung #{ $id } ist bereits geschlossen.
flag-not-allowed = Nur die Moderator:innen dieser Gruppe und die Admins können diese Meldung bearbeiten.
flag-unknown = Diese Meldung finde ich nicht.
flag-resolved = Meldung #{ $id } ist abgeschlossen.
flag-false-alarm = Meldung #{ $id } ist als Fehlalarm markiert.
flag-not-closed = Meldung #{ $id } ist noch offen.
flag-reopen-too-late = Meldung #{ $id } wurde vor mehr als 24 Stunden geschlossen und kann hier nicht wieder geöffnet werden. Wenn du dir Sorgen machst, melde dich bitte direkt bei der Person.
flag-reopened = Meldung #{ $id } ist wieder offen. Alle, die sie bekommen haben, wissen Bescheid.
flag-who = { $name } hat Meldung #{ $id } um { $time } übernommen.
flag-note-ask =
    Meldung #{ $id } ist abgeschlossen. Gibt es etwas, das die nächste Person aus dem Moderationsteam wissen sollte?
    Schick es jetzt als Übergabenotiz (innerhalb von 30 Minuten) oder schick /skip.
flag-note-saved = Danke, ich habe deine Notiz zu Meldung #{ $id } hinzugefügt.
flag-note-skipped = Okay, keine Notiz.
flag-note-none = Von dir steht keine Notiz aus.
