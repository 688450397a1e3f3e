# Textes pour l'équipe de facilitation et les admins : aide, alertes, permanences.

help-facilitator-extra =

    <b>Pour l'équipe de facilitation</b>
    /flags – alertes de crise ouvertes et récentes
    /flag N – une alerte avec son historique
    /oncall – qui est de permanence ; prendre ou passer la permanence
    /skip – ne pas écrire de note de transmission après avoir résolu une alerte
    /addmeeting – ajouter une réunion, une question à la fois
    /editmeeting – modifier une réunion, ou le rappel dans le chat du groupe
    /cancelmeeting – annuler une réunion (les membres sont prévenus)
    /movemeeting – déplacer une réunion à un autre moment (les membres sont prévenus)
    /endmeeting – arrêter une série de réunions
    /addresource – ajouter une ressource pour ton groupe
    /myresources – modifier ou retirer les ressources de tes groupes
    /announce – envoyer un message à tous les membres de ton groupe
    /stats – les chiffres de ton groupe, anonymes (/stats 90 pour 90 jours)
    /warn, /mute 1h, /ban, /hold + une raison – en réponse au message de quelqu'un dans le groupe (/unmute, /unban pour annuler)

staff-only = C'est réservé à l'équipe de facilitation et aux admins.

flags-none = Aucune alerte ouverte, et aucune ces 7 derniers jours. 🌿
flags-header = <b>Alertes ouvertes et récentes</b>
flags-item = #{ $id } · { $tier } · { $state } · { $when } · { $where }
flags-footer = Envoie /flag suivi d'un numéro (par exemple /flag { "" }12) pour en voir une avec son historique.
flags-private = discussion privée
flag-state-open = ⏳ en attente
flag-state-unreached = ⚠️ personne n'a pu être prévenu
flag-state-exhausted = ⚠️ personne ne l'a prise en charge
flag-state-acknowledged = ✅ prise en charge
flag-state-resolved = ☑️ résolue
flag-state-false_alarm = ⚪ fausse alerte
flag-state-erased = 🗑 effacée par le membre
flag-usage = Envoie /flag avec le numéro de l'alerte, par exemple /flag 12.
flag-timeline = <b>Historique</b>

event-raised = { $when } alerte déclenchée ({ $tier })
event-notified = { $when } alerte envoyée à { $count } { $count ->
        [one] personne
       *[other] personnes
    }
event-escalated = { $when } pas encore prise en charge : étape { $step }, envoyée à { $count } { $count ->
        [one] personne
       *[other] personnes
    }
event-delivered = { $when } transmise à { $name }
event-failed = { $when } impossible de joindre { $name }
event-unreached = { $when } ⚠️ personne n'a pu être prévenu
event-exhausted = { $when } dernier rappel envoyé : personne ne l'a encore prise en charge
event-repeat = { $when } nouveau message inquiétant
event-tier-raised = { $when } message plus urgent : nouvelle alerte envoyée
event-acknowledged = { $when } prise en charge par { $name }
event-resolved = { $when } résolue par { $name }
event-false_alarm = { $when } marquée comme fausse alerte par { $name }
event-note = { $when } note de transmission de { $name }
event-repeated = { $when } toujours pas prise en charge : renvoyée à { $count } { $count ->
        [one] personne
       *[other] personnes
    }
event-member-told = { $when } le membre a été informé que personne ne l'avait encore prise en charge, avec de nouveau les lignes d'écoute
event-group-asked = { $when } personne n'a pu être prévenu : on a demandé dans le groupe qu'une personne facilitatrice ouvre le bot
event-reached-again = { $when } { $name } est de nouveau joignable : alerte envoyée
event-reopened = { $when } rouverte par { $name }
event-member-erased = { $when } le membre a effacé ses données (/forget) : fermée
event-group-joined = { $when } le membre a rejoint un autre groupe : l'équipe de facilitation de ce groupe a été prévenue
event-handed-back = { $when } la personne qui l'avait prise en charge est partie : de nouveau ouverte

digest-header = 📋 <b>{ $count ->
        [one] { $count } alerte de crise n'est pas encore fermée
       *[other] { $count } alertes de crise ne sont pas encore fermées
    }</b>
digest-item = #{ $id } · { $tier } · { $state } · { $hours } h · { $where }
digest-footer = Envoie /flag suivi d'un numéro pour en voir une et agir.
staff-left-group = ⚠️ « { $title } » n'a plus personne dans son équipe de facilitation : la dernière personne a effacé ses données. Les alertes de crise venant de ce groupe iront aux admins jusqu'à ce que tu ajoutes quelqu'un avec /facilitators.

oncall-group = { $title }
oncall-nobody = Personne n'est de permanence : les alertes vont à toute l'équipe de facilitation du groupe en même temps.
oncall-now = De permanence : { $name }, jusqu'au { $until }.
oncall-no-rotation = Pas de roulement défini.
oncall-rotation-daily = Roulement : quotidien, relève à { $time } ({ $zone }).
oncall-rotation-weekly = Roulement : hebdomadaire, relève à { $time } ({ $zone }).
oncall-no-facilitators = ⚠️ Ce groupe n'a pas encore d'équipe de facilitation : les alertes vont aux admins.
oncall-no-groups = Je ne suis encore dans aucun groupe.
btn-oncall-take = Prendre la permanence
btn-oncall-give = Passer le relais à { $name }
btn-rotation-daily = Roulement quotidien
btn-rotation-weekly = Roulement hebdomadaire
btn-rotation-who = Qui fait partie du roulement
oncall-who = Qui fait partie du roulement pour { $title } ? Appuie sur un nom pour l'ajouter ou le retirer. Dans l'ordre : { $names }.
btn-rotation-off = Pas de roulement
oncall-taken = Tu es de permanence pour { $title } jusqu'au { $until }. Merci.
oncall-handed = { $name } est maintenant de permanence pour { $title } jusqu'au { $until }.
oncall-handed-to-you = { $name } t'a passé la permanence pour { $title } jusqu'au { $until }.
oncall-taken-from-you = { $name } a pris la permanence pour { $title } jusqu'au { $until }. Tu n'es plus de permanence ; merci.
oncall-ask-handover = À quelle heure se fait la relève dans { $title } ?
oncall-rotation-set-daily = { $title } a maintenant un roulement quotidien, avec relève à { $time } ({ $zone }), en commençant par la première personne du roulement. Appuie sur « Qui fait partie du roulement » pour choisir qui en fait partie.
oncall-rotation-set-weekly = { $title } a maintenant un roulement hebdomadaire, avec relève à { $time } ({ $zone }), en commençant aujourd'hui par la première personne du roulement. Appuie sur « Qui fait partie du roulement » pour choisir qui en fait partie.
oncall-rotation-off = { $title } n'a plus de roulement : les alertes vont à toute son équipe de facilitation en même temps.
oncall-not-allowed = Tu ne peux pas modifier ça.
oncall-on-break = Tu fais une pause, alors je t'ai retiré des astreintes. Repose-toi bien. À ton retour, envoie /break et touche « Je suis de retour », puis tu pourras prendre un tour.

status-header = <b>Ce que je peux voir et faire dans chaque groupe</b>
status-group = <b>{ $title }</b>
status-settings = 🕒 Fuseau horaire : { $timezone } · 🗣 Langue de mes messages : { $language }
status-unreachable = ⚠️ Je ne peux plus écrire dans ce groupe : on m'a retiré, ou je n'ai pas le droit d'y envoyer des messages. Pour régler ça, ajoute-moi de nouveau au groupe (ou autorise-moi à y envoyer des messages), puis envoie /status pour vérifier.
status-can-post = ✅ Je peux écrire ici.
status-admin = ✅ Je suis admin ici, donc je vois les messages des membres et je peux remarquer quand quelqu'un est peut-être en danger. Je n'ai besoin d'aucun droit d'admin particulier : supprimer, épingler ou bannir ne sont pas nécessaires, tu peux donc les désactiver.
status-privacy-off = ✅ Je ne suis pas admin, mais mon mode confidentialité est désactivé, donc je vois les messages des membres et je peux remarquer quand quelqu'un est peut-être en danger.
status-privacy-on = ⚠️ Ici, je ne vois que les commandes et les réponses à mes messages, donc je ne peux pas remarquer quand quelqu'un est peut-être en danger. Pour régler ça, fais l'une de ces deux choses : nomme-moi admin du groupe (sans droits particuliers), ou dans @BotFather envoie /setprivacy, choisis ce bot, choisis Disable, puis retire-moi du groupe et ajoute-moi à nouveau.
status-setup-done = ✅ La configuration est terminée.
status-setup-missing = ⚠️ La configuration n'est pas terminée : envoie /setup pour choisir le nom du groupe, son fuseau horaire, sa langue et le rappel de réunion.
status-no-facilitators = ⚠️ Pas encore d'équipe de facilitation : en attendant, les alertes de crise vont aux admins. Ajoute quelqu'un avec /facilitators.
status-facilitators = ✅ { $count ->
        [one] { $count } personne facilitatrice.
       *[other] { $count } personnes facilitatrices.
    }
status-no-meetings = ⚠️ Pas encore de réunion : ajoutes-en une avec /addmeeting.
status-meetings = ✅ { $count ->
        [one] { $count } réunion.
       *[other] { $count } réunions.
    }
cmd-status = Ce que je vois dans chaque groupe (admins)
