# Réunions : affichage d'une réunion, rappels, annonces de changements et demandes des membres.

meeting-when = { $date }, { $time } ({ $zone })
meeting-span-days = { $n ->
    [one] { $n } jour
   *[other] { $n } jours
}
meeting-span-hours = { $n } h
meeting-span-minutes = { $n } min

meeting-name = { $name }
meeting-starts-in = 🗓 { $when } · commence dans { $span }
meeting-in-progress = 🟢 { $when } · en cours (a commencé il y a { $minutes } min)
meeting-when-cancelled = ❌ { $when } · annulée
meeting-group-time = (Soit { $time } là où le groupe se réunit, { $zone }.)
meeting-moved-from = ↪️ Déplacée : elle était prévue le { $was }.
meeting-change-reason = Raison : { $reason }
meeting-place = 📍 { $place }
meeting-area = 🌍 En ligne, depuis { $area }
meeting-online = 💻 Rejoindre en ligne : { $url }
meeting-online-notes = { $notes }
meeting-phone = ☎️ Par téléphone : { $phone }
meeting-notes = ℹ️ { $notes }
meeting-recovery-group = 🤝 Organisée par { $group }

reminder-heading = ⏰ <b>Rappel</b>
reminder-late = (Ce rappel arrive en retard : j'étais hors ligne au moment prévu. La réunion n'a pas encore commencé.)
rsvp-yes = 🙋 J'y serai
rsvp-no = Je ne peux pas venir
rsvp-counts = 🙋 { $yes ->
        [one] { $yes } vient
       *[other] { $yes } viennent
    } · { $no ->
        [one] { $no } ne peut pas venir
       *[other] { $no } ne peuvent pas venir
    }

meeting-news-cancelled = ❌ La réunion <b>{ $name }</b> du { $when } est annulée.
meeting-news-moved = ↪️ La réunion <b>{ $name }</b> du { $was } est déplacée au <b>{ $when }</b>.
meeting-news-ended = <b>{ $name }</b> touche à sa fin : la dernière réunion aura lieu le { $last }. Merci d'en avoir fait partie.
meeting-news-new = 🆕 Une nouvelle réunion dans { $group } :
meeting-news-retimed = 🕖 La réunion <b>{ $name }</b> change de jour ou d'heure.
meeting-news-next = 🗓 Prochaine : { $when } · { $length }
meeting-news-was = (Elle devait avoir lieu le { $was }.)
meeting-news-new-place = 📍 La réunion <b>{ $name }</b> a désormais lieu à { $place }.
meeting-news-online-only = 📍 La réunion <b>{ $name }</b> a désormais lieu uniquement en ligne.
meeting-news-new-link = 💻 La réunion <b>{ $name }</b> a un nouveau lien pour la rejoindre : { $url }
meeting-news-no-link = 💻 La réunion <b>{ $name }</b> n'a plus de lien en ligne.
meeting-news-calendar = 📅 Tu l'as dans ton agenda ? Ouvre ce fichier pour la mettre à jour.
meeting-news-calendar-new = 📅 Ouvre ce fichier pour l'ajouter à ton agenda.

cmd-next = Quand et où a lieu la prochaine réunion
cmd-meetings = Les réunions de la semaine et les fichiers d'agenda
cmd-reminders = Rappels de réunion et heures de silence
cmd-addmeeting = Ajouter une réunion (facilitation)
cmd-editmeeting = Modifier une réunion (facilitation)
cmd-cancelmeeting = Annuler une réunion (facilitation)
cmd-movemeeting = Déplacer une réunion (facilitation)
cmd-endmeeting = Arrêter une série de réunions (facilitation)

# Ce que voient les membres : /next, /meetings, /reminders, heures de silence et « J'y serai ».
next-none = Je ne connais encore aucune réunion à venir. Quand quelqu'un de l'équipe de facilitation en ajoutera une, tu la trouveras ici avec /next.
next-no-group = Tu n'as encore rejoint aucun groupe. Les lieux et les liens des réunions sont réservés aux membres de chaque groupe : demande le lien d'invitation à l'équipe de facilitation de ton groupe, et une fois que tu l'auras rejoint, /next t'affichera tes réunions ici.
btn-add-calendar = 📅 Ajouter à l'agenda
btn-remind-me = 🔔 Me le rappeler
next-also-on = 🗓 Et aussi : { $dates }
next-rsvp-yes = 🙋 Tu as dit que tu viendrais.
next-rsvp-no = Tu as dit que tu ne pourrais pas venir.
calendar-caption = Ouvre ce fichier pour ajouter <b>{ $name }</b> à ton agenda.
week-header = <b>Réunions des 7 prochains jours</b>
week-none = Aucune réunion dans les 7 prochains jours. /next t'indique la prochaine.
btn-meetings-private = 🔔 Rappels et agenda, en privé
btn-whole-schedule = 📅 Tout le programme : { $group }
btn-reminders = 🔔 Rappels
button-no-longer-works = Ce bouton ne fonctionne plus.
reminders-header = <b>Tes rappels de réunion</b>
reminders-none = Tu n'as encore aucun rappel. Appuie sur une réunion ou un groupe ci-dessous pour en choisir.
reminders-item-meeting = • { $name } : { $offsets }
reminders-item-group = • Toutes les réunions de { $group } : { $offsets }
reminders-quiet = 🌙 Heures de silence : { $start }–{ $end }
reminders-quiet-none = 🌙 Heures de silence : aucune
quiet-explain = Aucun rappel n'arrive pendant les heures de silence : s'il tombe à ce moment-là, il arrive à la fin de ces heures, ou pas du tout si la réunion a déjà commencé.
btn-quiet = 🌙 Heures de silence
btn-meeting-reminders = 🔔 { $name }
btn-group-reminders = 🔔 Toutes les réunions de { $group }
remind-choose-meeting = 🔔 Quand veux-tu que je te rappelle <b>{ $name }</b> ? Appuie pour choisir, appuie de nouveau pour retirer.
remind-choose-group = 🔔 Quand veux-tu que je te rappelle chaque réunion de <b>{ $group }</b> ? Appuie pour choisir, appuie de nouveau pour retirer.
offset-days = { $n ->
    [one] { $n } jour avant
   *[other] { $n } jours avant
}
offset-hours = { $n ->
    [one] { $n } heure avant
   *[other] { $n } heures avant
}
offset-span = { $span } avant
btn-done = Terminé
remind-saved = ✅ C'est enregistré. Je te le rappellerai { $offsets }.
remind-saved-none = { $scope ->
    [group] D'accord, pas de rappel pour les réunions de ce groupe.
   *[meeting] D'accord, pas de rappel pour celle-ci.
}
quiet-choose = 🌙 Quand veux-tu que je reste silencieux ? Aucun rappel n'arrive pendant ces heures (ton heure, { $zone }).
btn-quiet-none = Aucune
btn-quiet-other = Autre…
quiet-ask = Écris tes heures de silence avec une heure de début et une heure de fin, par exemple 22:30-07:00.
quiet-set = 🌙 Heures de silence réglées : { $start }–{ $end } (ton heure, { $zone }).
quiet-cleared = Heures de silence désactivées : les rappels peuvent arriver à toute heure.
quiet-bad = Je n'ai pas compris. Écris une heure de début et une heure de fin, par exemple 22:30-07:00 (ou appuie sur Aucune).
rsvp-thanks-yes = Merci, à bientôt !
rsvp-thanks-no = Merci de nous avoir prévenus.
rsvp-need-start = Ouvre d'abord une discussion privée avec moi et envoie /start, puis appuie de nouveau.
rsvp-cancelled = Cette réunion a été annulée, donc il n'y a rien à répondre.
rsvp-past = Cette réunion est terminée.
