# Des pairs qui s'inquiètent : /report dans un groupe, /worried en privé, et la fiche reçue par les animateurs.

cmd-worried = Je m'inquiète pour quelqu'un
category-peer_report = le signalement d'un membre
category-hostile_reply = une réponse hostile à un membre avec une alerte ouverte
report-card-count = { $count ->
        [one] 🙋 Signalé par un membre (qui reste anonyme).
       *[other] 🙋 Signalé par { $count } membres (qui restent anonymes).
    }
report-card-reason = 💬 Avec ses mots : { $reason }
report-card-target = 🎯 Visant { $name }, qui a une alerte ouverte.
report-usage =
    Pour signaler un message dans un groupe, réponds-y avec /report. Tu peux ajouter quelques mots : <code>/report ça fait mal</code>.
    J'efface ton /report tout de suite et personne dans le groupe ne voit que c'était toi : seuls les animateurs du groupe sont prévenus.
    Si tu t'inquiètes pour quelqu'un, envoie-moi /worried.
report-thanks = Merci de nous avoir signalé ce message dans { $group }. { $told ->
        [group] Les animateurs du groupe l'ont maintenant.
        [admins] Les personnes qui gèrent ce bot l'ont maintenant.
       *[no] Je n'ai pas encore pu joindre d'animateur ; je continue d'essayer.
    } Personne dans le groupe ne voit que c'était toi.
report-already = Tu as déjà signalé ce message dans { $group } : les animateurs l'ont. Merci.
report-too-many = Tu as envoyé plusieurs signalements dans la dernière heure, alors je mets les nouveaux en pause un petit moment : les animateurs ont ceux que tu as envoyés. Si quelqu'un est en danger maintenant, appelle l'une de ces lignes ou le numéro d'urgence.
report-not-deleted = Je n'ai pas pu effacer ton /report dans { $group } : le bot n'a pas le droit d'y supprimer des messages. Tu peux l'effacer toi-même ; les animateurs ont quand même été prévenus.
report-urgent = Ce que tu racontes semble urgent. Si quelqu'un est en danger maintenant, appelle le numéro d'urgence ou l'une de ces lignes :
worried-no-groups = Je peux transmettre ton inquiétude aux animateurs d'un groupe, mais tu n'es encore dans aucun groupe. Si quelqu'un est peut-être en danger, ces lignes peuvent aider tout de suite :
worried-hint = Tu t'inquiètes pour quelqu'un de ton groupe ? Envoie /worried : seuls ses animateurs sont prévenus, jamais de qui ça vient.
worried-pick = Dans quel groupe est la personne pour qui tu t'inquiètes ?
worried-ask =
    Je t'écoute. Parle-moi de ton inquiétude pour quelqu'un de <b>{ $group }</b> : transfère-moi un de ses messages, ou écris quelques mots sur ce qui t'inquiète.
    Seuls les animateurs du groupe le verront, et ils ne disent jamais à la personne qui les a prévenus.
worried-sent = Merci de veiller sur cette personne. { $told ->
        [group] J'ai transmis ton inquiétude aux animateurs de { $group } : l'un d'eux va s'en occuper et prendra peut-être doucement contact avec elle.
        [admins] J'ai transmis ton inquiétude aux personnes qui gèrent ce bot : elles vont s'en occuper.
       *[no] Je n'ai pas encore pu joindre d'animateur de { $group } ; je continue d'essayer.
    } Ils ne diront pas à cette personne que ça vient de toi. Prends soin de toi aussi.
# Why a hostile reply is held (the writer is told it too: it never names the flag).
hold-reason-hostile = une réponse qui pourrait blesser quelqu'un du groupe
