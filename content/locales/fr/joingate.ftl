# La porte d'entrée (/gate, /invite), le mode raid et la vérification des droits dans /status.
# Les arguments entre { $accolades } sont remplis par le bot ; gardez-les. Balises HTML permises : <b>, <i>, <a>.

cmd-gate = Demandes d'adhésion, la question, minutes en lecture seule
cmd-invite = Un lien d'invitation personnel pour une personne

gate-question-default = Qu'est-ce qui t'amène dans ce groupe ? Quelques mots suffisent.
gate-welcome =
    Bonjour 👋 Tu as demandé à rejoindre <b>{ $group }</b>. Je suis le bot qui aide le groupe.

    Avant d'entrer, une question des animateurs (personne ne lit ta réponse, elle me dit juste que tu es une personne) :

    <i>{ $question }</i>

    Écris simplement ta réponse ici. Tu as { $minutes } minutes.
gate-answer-again = Je n'ai pas vu de réponse. Écris quelques mots pour répondre à la question, s'il te plaît.
gate-agreement =
    Merci. Voici ce que les membres de <b>{ $group }</b> s'engagent à respecter :

    { $text }

    Touche « J'accepte » si cela te convient.
btn-gate-agree = ✅ J'accepte
gate-expired = Cette demande est terminée. Pour réessayer, utilise à nouveau le lien d'invitation du groupe.
gate-approve-failed = Je n'ai pas pu te faire entrer pour l'instant : ta demande a peut-être été traitée par quelqu'un d'autre ou elle est terminée. Tu peux réessayer avec le lien d'invitation du groupe.
gate-approved = 🎉 Bienvenue dans <b>{ $group }</b> ! Tu es dans le groupe. /rules montre l'accord du groupe, et /help ce que je sais faire.
gate-approved-readonly = 🎉 Bienvenue dans <b>{ $group }</b> ! Tu es dans le groupe. Pendant les { $minutes } premières minutes, tu peux lire mais pas encore écrire : prends le temps de découvrir. /rules montre l'accord du groupe.
gate-declined-consent = Pas de souci. Je ne t'ai pas fait entrer dans <b>{ $group }</b>, car le groupe a besoin que je garde une petite trace de ses membres. Si tu changes d'avis, utilise à nouveau le lien d'invitation du groupe.
gate-timed-out = Ta demande pour rejoindre <b>{ $group }</b> est terminée, car je n'ai pas eu de réponse à temps. Aucun problème : quand tu veux, utilise à nouveau le lien d'invitation du groupe.

gate-card =
    🚪 <b>{ $group } : la porte d'entrée</b>

    Demandes d'adhésion : { $on ->
        [yes] activées (les nouvelles personnes répondent à une question, lisent l'accord et donnent leur consentement d'abord)
       *[no] désactivées
    }
    La question : <i>{ $question }</i>
    Lecture seule après l'arrivée : { $minutes ->
        [0] non
       *[other] { $minutes } min
    }
    Mode raid : { $raid ->
        [yes] activé
       *[no] désactivé
    }
    Le lien d'invitation du bot : { $link }
btn-gate-on = 🚪 Activer les demandes d'adhésion
btn-gate-off = Désactiver les demandes d'adhésion
btn-gate-word = ✏️ Formuler la question
btn-gate-default-wording = ↩️ Reprendre la question habituelle
btn-gate-readonly = { $minutes ->
    [0] Pas de lecture seule
   *[other] { $minutes } min
}
btn-gate-invite = 🎟 Lien d'invitation personnel
gate-no-groups = Seuls les animateurs d'un groupe et les admins du bot peuvent changer sa porte d'entrée ou créer des liens d'invitation.
gate-pick = La porte d'entrée de quel groupe ?
gate-invite-pick = Un lien d'invitation personnel pour quel groupe ?
gate-invite-name = De la part de { $name }
gate-invite-made =
    🎟 Un lien personnel pour qu'une personne rejoigne <b>{ $group }</b>. Il ne sert qu'une fois, et la personne entre directement, sans la question de la porte :

    { $link }
gate-link-failed = Je n'ai pas pu créer de lien d'invitation pour <b>{ $group }</b>. Nomme-moi admin du groupe avec le droit d'inviter des utilisateurs (« Inviter via un lien »), puis réessaie.
gate-not-allowed = Seuls les animateurs du groupe peuvent changer cela.
gate-word-ask = Écris, avec tes mots, la question à laquelle répondent les personnes qui demandent à rejoindre <b>{ $group }</b> ({ $max } caractères au plus). Toute réponse sincère les laisse passer : c'est une vérification humaine, pas un examen.
gate-word-saved = ✅ Enregistré. Les personnes qui demandent à rejoindre { $group } recevront ta question.
gate-question-command = Cela ressemble à une commande. Écris la question elle-même, s'il te plaît.
gate-question-short = C'est très court pour une question. Écris la question en entier, s'il te plaît.
gate-question-long = C'est trop long ({ $length } caractères, { $max } au plus). Raccourcis-la, s'il te plaît.
gate-link-name = Porte d'entrée
gate-open-link-name = Lien ouvert
gate-raid-link-name = Mode raid
gate-on =
    🚪 Les demandes d'adhésion sont activées pour <b>{ $group }</b>. Partage ce lien : les personnes qui l'utilisent répondent d'abord à la question, lisent l'accord et donnent leur consentement, puis je les fais entrer.

    { $link }
gate-off =
    Les demandes d'adhésion sont désactivées pour <b>{ $group }</b>. Le lien de la porte ne marche plus ; celui-ci fait entrer directement :

    { $link }

gate-raid-on =
    🚨 <b>Mode raid dans { $group }</b> : beaucoup de personnes sont arrivées en peu de temps. J'ai passé le lien d'invitation du groupe en demandes d'adhésion : les nouvelles personnes passent maintenant par la porte. Pour l'instant, partage ce lien :

    { $link }

    Les liens créés par d'autres administrateurs (y compris celui du propriétaire) font toujours entrer directement : je ne peux changer que les miens. Si les arrivées continuent, un administrateur peut les révoquer dans les paramètres du groupe → Liens d'invitation.

    Je reviendrai au lien normal après un moment de calme, ou touche le bouton quand c'est fini.
gate-raid-on-no-link = 🚨 <b>Mode raid dans { $group }</b> : beaucoup de personnes sont arrivées en peu de temps, mais je n'ai pas pu passer le lien en demandes d'adhésion (il me faut le droit d'inviter des utilisateurs). Vérifie le groupe et son lien, s'il te plaît.
gate-raid-off =
    ✅ Le mode raid dans <b>{ $group }</b> est terminé. Le lien du groupe :

    { $link }
btn-gate-end-raid = Terminer le mode raid
gate-raid-already-over = Le mode raid était déjà terminé.

status-gate-on = 🚪 Les demandes d'adhésion (ou le mode raid) sont activées.
gate-right-invite = ⚠️ Je ne peux pas créer de liens d'invitation : dans les réglages du groupe, nomme-moi admin avec « Inviter via un lien ».
gate-right-pin = ⚠️ Je ne peux pas épingler l'accord du groupe : donne-moi le droit d'admin « Épingler des messages ».
gate-right-restrict = ⚠️ Je ne peux pas mettre les nouveaux membres en lecture seule : donne-moi le droit d'admin « Bannir des utilisateurs » (il comprend les restrictions).
gate-right-delete = ⚠️ Je ne peux pas masquer de messages pour les examiner : donne-moi le droit d'admin « Supprimer des messages ».

audit-joingate-requests = a activé ou désactivé les demandes d'adhésion
audit-joingate-question = a formulé la question de la porte d'entrée
audit-joingate-readonly = a réglé les minutes en lecture seule après l'arrivée
audit-joingate-invite = a créé un lien d'invitation personnel
audit-joingate-raid-on = a activé le mode raid
audit-joingate-raid-off = a terminé le mode raid
