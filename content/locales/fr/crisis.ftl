# Soutien en cas de crise pour les membres, et alertes de crise pour l'équipe de facilitation.

crisis-reply-self =
    { $name }, merci de me l'avoir dit. Je suis vraiment content que tu m'aies écrit, et tu n'as pas à traverser ça seul·e.
    { $told ->
        [group] J'ai prévenu quelqu'un de l'équipe de facilitation de ton groupe, pour qu'une personne puisse te contacter.
        [admins] J'ai prévenu les personnes qui gèrent ce bot, pour qu'une personne puisse te contacter.
       *[no] Je n'ai pas encore pu joindre quelqu'un de l'équipe de facilitation, et je vais continuer d'essayer. En attendant, s'il te plaît, contacte l'une des lignes ci-dessous : elles sont là pour des moments comme celui-ci.
    }
    Si tu es en danger en ce moment, appelle le numéro d'urgence local.

crisis-reply-other =
    { $name }, on dirait qu'une personne qui compte pour toi traverse peut-être quelque chose de vraiment difficile. Merci de veiller sur elle.
    Reste avec elle si tu peux, écoute sans juger, et demande-lui directement si elle pense au suicide : poser la question ne lui met pas l'idée en tête. Aide-la à contacter l'une des lignes ci-dessous, et si elle est en danger immédiat, appelle le numéro d'urgence.
    { $told ->
        [group] J'ai aussi prévenu quelqu'un de l'équipe de facilitation.
        [admins] J'ai aussi prévenu les personnes qui gèrent ce bot.
       *[no] {""}
    }

crisis-still-here = Je suis toujours là avec toi, { $name }. { $told ->
        [group] Quelqu'un de l'équipe de facilitation est au courant et va te contacter.
        [admins] Les personnes qui gèrent ce bot sont au courant et vont te contacter.
       *[no] Je n'ai encore joint personne et j'essaie toujours ; les lignes que je t'ai envoyées sont ouvertes en ce moment.
    } Envoie /crisis pour les revoir.

crisis-nobody-yet =
    { $name }, je veux être honnête avec toi : je n'ai pas encore réussi à joindre quelqu'un de l'équipe de facilitation. J'essaie encore, et je vais continuer d'essayer.
    S'il te plaît, ne nous attends pas : les personnes ci-dessous sont là dès maintenant. Si tu es en danger, appelle le numéro d'urgence local.

# Publié dans un groupe quand personne de l'équipe ni aucun admin n'est joignable : rien sur personne.
staff-wanted-group = 🔔 Un message attend l'équipe de facilitation de ce groupe. Si tu fais partie de l'équipe de facilitation ici, ouvre une discussion privée avec moi et envoie /start, s'il te plaît.

crisis-group-nudge = { $name }, je suis là si tu veux parler en privé. Appuie sur le bouton ci-dessous.
btn-talk-privately = Parler en privé

btn-other-country = 🌍 Un autre pays
crisis-choose-country = Dans quel pays es-tu ? Je te montrerai ses lignes d'écoute de crise (et je m'en souviendrai si tu m'as déjà configuré).
crisis-lines-header = <b>Des personnes à qui parler maintenant</b>
crisis-lines-country = Lignes d'écoute de crise ({ $country }) :
lines-call = appel
lines-text = SMS
lines-emergency = Numéro d'urgence
lines-website = Site web

crisis-start-help =
    Je suis là pour toi. Tu n'es pas seul·e, et demander de l'aide, ça compte.
    Quand ce sera le bon moment pour toi, envoie /start et je te dirai ce que je peux faire d'autre.

# Alertes envoyées à l'équipe de facilitation et aux admins.
alert-title = { $icon } <b>Alerte de crise n° { $id }</b> · { $tier }
alert-reminder = ⏰ Personne ne l'a encore prise en charge (rappel { $round }).
alert-who = <b>Qui :</b>
alert-where-private = <b>Où :</b> discussion privée avec le bot
alert-where-group = <b>Où :</b> groupe « { $title } »
alert-what = <b>Quoi :</b> { $category } · { $count ->
        [one] { $count } message
       *[other] { $count } messages
    } · le premier à { $time }
alert-state-open = En attente d'une prise en charge. Appuie sur « Je m'en occupe » si tu peux.
alert-state-acknowledged = ✅ Prise en charge par { $name } à { $time }.
alert-state-resolved = ☑️ Résolue par { $name } à { $time }.
alert-state-false = ⚪ Marquée comme fausse alerte par { $name } à { $time }.
alert-state-erased = 🗑 Fermée : le membre a effacé ses données avec /forget, après avoir reçu les lignes d'écoute de crise.
alert-note = <b>Note de transmission :</b> { $note }

# Nouveau message (Telegram ne signale pas les modifications) au-dessus de l'alerte quand quelque chose change.
alert-notice-repeat = { $icon } <b>Alerte n° { $id } : { $member } a écrit de nouveau</b>
alert-notice-tier-raised = Plus urgent maintenant : { $tier } (avant : { $old }). Son nouveau message :
alert-notice-tier-same = Niveau inchangé : { $tier }. Son nouveau message :
alert-notice-reopened = { $icon } <b>Alerte n° { $id } rouverte par { $name }</b> : elle a de nouveau besoin de quelqu'un.
alert-notice-handed-back = { $icon } <b>L'alerte n° { $id } a de nouveau besoin de quelqu'un</b> : la personne qui l'avait prise en charge est partie (elle a effacé ses données).
alert-notice-erased = <b>L'alerte n° { $id } est fermée</b> : le membre a effacé ses données avec /forget, après avoir reçu les lignes d'écoute de crise. Je ne peux rien te dire de plus à son sujet.

# Avant de fermer, on demande confirmation, dans le même message.
alert-confirm-res = <b>Marquer l'alerte n° { $id } comme résolue ?</b> Elle se ferme pour tout le monde.
alert-confirm-fa = <b>Marquer l'alerte n° { $id } comme fausse alerte ?</b> Elle se ferme pour tout le monde et les rappels s'arrêtent.
alert-someone = quelqu'un

tier-concern = inquiétude
tier-high = risque élevé
tier-imminent = danger imminent

category-ideation = pensées suicidaires
category-plan_or_means = un plan ou les moyens
category-self_harm = automutilation
category-overdose = surdose
category-farewell = des adieux
category-harm_to_others = danger pour autrui
category-danger_abuse = danger ou maltraitance
category-third_party = inquiétude pour quelqu'un d'autre

btn-ack = Je m'en occupe
btn-resolve = Résolue
btn-false-alarm = Fausse alerte
btn-taken-by = ✅ Prise en charge par { $name }
btn-confirm-res = ✅ Oui, résolue
btn-confirm-fa = Oui, fausse alerte
btn-confirm-cancel = ↩ Non, retour
btn-reopen = ↩ Rouvrir

flag-taken = Tu as pris en charge l'alerte n° { $id }. Merci.
flag-already-taken = { $name } a déjà pris en charge l'alerte n° { $id }.
flag-closed = L'alerte n° { $id } est déjà fermée.
flag-not-allowed = Seules les personnes de l'équipe de facilitation de ce groupe et les admins peuvent agir sur cette alerte.
flag-unknown = Je ne trouve pas cette alerte.
flag-resolved = L'alerte n° { $id } est résolue.
flag-false-alarm = L'alerte n° { $id } est marquée comme fausse alerte.
flag-not-closed = L'alerte n° { $id } est toujours ouverte.
flag-reopen-too-late = L'alerte n° { $id } a été fermée il y a plus de 24 heures et ne peut pas être rouverte ici. Si ça t'inquiète, contacte directement la personne, s'il te plaît.
flag-reopened = L'alerte n° { $id } est de nouveau ouverte. Toutes les personnes qui la suivent ont été prévenues.
flag-who = { $name } a pris en charge l'alerte n° { $id } à { $time }.
flag-note-ask =
    L'alerte n° { $id } est résolue. Y a-t-il quelque chose que la prochaine personne de l'équipe de facilitation devrait savoir ?
    Envoie-le maintenant comme note de transmission (dans les 30 minutes), ou envoie /skip.
flag-note-saved = Merci, j'ai ajouté ta note à l'alerte n° { $id }.
flag-note-skipped = D'accord, pas de note.
flag-note-none = Aucune note n'est attendue de ta part.
