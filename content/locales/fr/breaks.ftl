# /break : une pause pour qui anime (issue 24). La note du plafond souple, les relances.
cmd-break = Faire une pause des alertes et des permanences (animation)
breaks-ask = 🌿 <b>Besoin d'une pause ?</b> Cela fait partie du travail bien fait. Pendant ton absence, tu ne reçois ni alertes de crise ni tours de permanence, et les alertes que tu as prises reviennent aux autres.
    Pour combien de temps ?
btn-breaks-days = { $days ->
    [one] 1 jour
   *[other] { $days } jours
}
btn-breaks-until = Jusqu'à une date…
btn-breaks-back = Je suis de retour
breaks-ask-date = Jusqu'à quel jour ? Écris le dernier jour de ta pause, par exemple « 20 mars » ou « 20/3 ».
breaks-date-not-understood = Je n'ai pas pu lire cela comme une date. Essaie par exemple « 20 mars » ou « 20/3 ».
breaks-bad-date = Cette date ne convient pas pour une pause : elle doit être après aujourd'hui et dans les 90 jours. Essaie une autre date.
breaks-not-facilitator = Les pauses sont pour les personnes qui animent : tu n'animes aucun groupe en ce moment.
breaks-nobody-left = Je ne peux pas encore commencer ta pause : { $groups } n'aurait plus personne à prévenir en cas de crise. Demande à un·e admin d'ajouter une autre personne pour animer (avec { $command } add), puis réessaie.
breaks-nobody-left-admin = Je ne peux pas encore commencer ta pause : { $groups } n'aurait plus personne à prévenir en cas de crise, car tu es le ou la dernière admin que je peux joindre. Ajoute une autre personne pour animer ({ $command } add) ou demande à un·e autre admin de rester disponible, puis réessaie.
breaks-started = 🌿 Tu es en pause jusqu'au <b>{ $until }</b>. D'ici là, ni alertes de crise ni permanences. { $handed ->
    [0] {""}
    [one] L'alerte que tu avais prise est revenue aux autres.
   *[other] Les { $handed } alertes que tu avais prises sont revenues aux autres.
}
    Les autres personnes qui animent et les admins sont au courant. Envoie /break si tu veux revenir plus tôt. Prends bien soin de toi.
breaks-current = 🌿 Tu es en pause jusqu'au <b>{ $until }</b>. Reviens quand tu veux.
breaks-back = Bon retour ! Tu recevras de nouveau les alertes et les permanences.
breaks-not-on-break = Tu n'es pas en pause en ce moment.
breaks-ended-self = 🌿 Ta pause est terminée. Bon retour : tu recevras de nouveau les alertes de crise et les permanences. Vas-y doucement.
breaks-started-staff = 🌿 <b>{ $name } fait une pause</b> jusqu'au { $until }. Dans { $group }, { $cover } pendant son absence.
breaks-ended-staff = 🌿 <b>{ $name } est de retour</b> de sa pause et reçoit de nouveau les alertes de { $group }.
breaks-cover-oncall = { $name } est de permanence et reçoit l'alerte en premier
breaks-cover-all = toutes les personnes qui animent reçoivent les alertes
breaks-cover-admins = les alertes vont aux admins
breaks-cap-note = 💛 { $name } a pris { $count ->
    [one] 1 alerte de crise urgente
   *[other] { $count } alertes de crise urgentes
} ces 7 derniers jours. C'est beaucoup à porter. Peut-être prendre de ses nouvelles ? Pour l'instant, les nouvelles alertes iront d'abord à d'autres.
breaks-cap-note-alone = 💛 { $name } a pris { $count ->
    [one] 1 alerte de crise urgente
   *[other] { $count } alertes de crise urgentes
} ces 7 derniers jours. C'est beaucoup à porter. Peut-être prendre de ses nouvelles ? C'est la seule personne qui anime son groupe, donc les alertes lui arrivent toujours en premier : une autre personne pour animer partagerait la charge.
alert-notice-on-break = { $icon } <b>L'alerte n° { $id } a de nouveau besoin de quelqu'un</b> : { $name } l'avait prise et est maintenant en pause.
alert-notice-repaged = { $icon } <b>L'alerte n° { $id } est toujours ouverte</b> : tu l'as prise il y a un moment. Comment va { $member } ? Ferme-la quand c'est fait, ou demande à une autre personne de prendre le relais.
alert-notice-repaged-others = { $icon } <b>L'alerte n° { $id } est toujours ouverte</b> : { $name } l'a prise il y a un moment et elle n'est pas encore fermée. Peux-tu prendre des nouvelles de { $name }, ou aider ?
audit-break-start = a commencé une pause (jusqu'au)
audit-break-end = a terminé une pause
event-repaged = { $when } prise mais pas encore fermée : relance { $step }, envoyée à { $count } { $count ->
    [one] personne
   *[other] personnes
}
event-on-break = { $when } { $name } est parti·e en pause : de nouveau ouverte pour les autres
