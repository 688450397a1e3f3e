# Textes de /stats : statistiques anonymes d'un groupe pour l'équipe de facilitation, les admins et les financeurs.

cmd-stats = Statistiques anonymes de ton groupe

stats-bad =
    Je n'ai pas compris. Envoie /stats pour les 30 derniers jours, ou choisis l'une de ces périodes :
    /stats 7, /stats 30, /stats 90 ou /stats 365 (jours).
stats-no-groups = Tu ne facilites encore aucun groupe, il n'y a donc pas de statistiques à afficher.
stats-pick-group = Pour quel groupe veux-tu voir les statistiques ({ $days } derniers jours) ?
btn-stats-group = 📊 { $title }
stats-not-yours = Tu ne peux voir que les statistiques des groupes que tu facilites.

stats-title = <b>📊 Statistiques de { $title }</b>
stats-period = { $days } derniers jours : du { $start } au { $end } (dates UTC)
stats-active = 👥 Membres actifs : { $value }
stats-new = 🆕 Nouveaux membres : { $value }
stats-retention = 🔁 Toujours actifs 4 semaines après leur arrivée : { $four } · 12 semaines après : { $twelve }
stats-checkins = ✅ Points quotidiens activés : { $on } · ayant répondu au moins une fois : { $answered }
stats-moods = 🙂 Humeurs indiquées en réponse aux points quotidiens : { $moods }
stats-mood-share = { $mood } { $share }
stats-rsvps = 📅 Réponses aux réunions : « J'y serai » { $yes } · « Je ne peux pas venir » { $no }
stats-flags = 🚩 Alertes de crise : { $flags } · délai habituel avant qu'une personne dise « Je m'en occupe » : { $wait }
stats-fewer = masqué (moins de 5 personnes)*
stats-none = pas encore de données
stats-no-flags = aucune alerte
stats-no-answers = pas encore de réponses
stats-minutes = { $minutes } min
stats-hours = { $hours } h
stats-percent = { $value } %
stats-footnote = * Pour protéger la vie privée de tout le monde, tout chiffre qui vient de moins de 5 personnes est affiché comme « masqué (moins de 5 personnes) » au lieu du nombre (pour les humeurs, chaque humeur séparément), afin que personne ne puisse être reconnu. Rien ici ne nomme qui que ce soit.
    « Toujours actifs » concerne les membres arrivés dans l'année qui précède les 4 (ou 12) dernières semaines de la période : la part de ceux qui utilisaient encore le bot 4 (ou 12) semaines ou plus après leur arrivée.

stats-chart-title = { $title }
stats-chart-subtitle = { $days } derniers jours (du { $start } au { $end })
stats-chart-counts = Personnes et réponses
stats-chart-moods = Humeurs indiquées aux points quotidiens
stats-chart-hidden = masqué (moins de 5 personnes)
stats-chart-no-answers = Aucune réponse aux points quotidiens pour l'instant
stats-chart-retention = Toujours actifs 4 semaines après leur arrivée : { $four } · 12 semaines après : { $twelve }
stats-chart-wait = Délai habituel avant qu'une personne dise « Je m'en occupe » : { $wait }
stats-bar-active = Membres actifs
stats-bar-new = Nouveaux membres
stats-bar-checkins-on = Points quotidiens activés
stats-bar-answered = Membres ayant répondu
stats-bar-yes = « J'y serai »
stats-bar-no = « Je ne peux pas venir »
stats-bar-flags = Alertes de crise
stats-feedback = 💬 Ressenti des réunions (1-5, d'après les réponses) : en sécurité { $safe } · écouté { $heard }
