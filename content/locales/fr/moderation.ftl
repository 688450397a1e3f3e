# Modération : /warn, /mute, /ban et /hold des animateurs (en réponse dans le groupe), messages
# retenus et recours. Simple et bienveillant : la personne sait ce qui s'est passé, pourquoi,
# pour combien de temps et comment faire un recours ; personne n'est exposé dans le groupe.

mod-someone = quelqu'un du groupe
mod-a-group = ton groupe
mod-length = { $unit ->
    [weeks] { $count ->
        [one] 1 semaine
       *[other] { $count } semaines
    }
    [days] { $count ->
        [one] 1 jour
       *[other] { $count } jours
    }
    [hours] { $count ->
        [one] 1 heure
       *[other] { $count } heures
    }
   *[minutes] { $count ->
        [one] 1 minute
       *[other] { $count } minutes
    }
}
mod-kind = { $kind ->
    [warn] un avertissement
    [mute] une pause d'écriture
    [ban] un retrait du groupe
   *[hold] un message retenu pour relecture
}

# Ce que la personne apprend, en privé.
mod-told-warn =
    💬 Un animateur de <b>{ $group }</b> t'envoie un rappel sur l'accord du groupe.

    Pourquoi : { $reason }

    Il s'agit de quelque chose qui a été écrit, pas de qui tu es. Rien d'autre ne change : tu peux continuer à participer. Si tu trouves que ce n'était pas juste, touche « Faire un recours » et dis-le-nous en quelques mots.
mod-told-mute =
    🔇 Un animateur de <b>{ $group }</b> a mis tes messages en pause dans le groupe pendant { $length } (jusqu'à { $until }).

    Pourquoi : { $reason }

    Tu peux toujours lire le groupe, et je reste là pour toi en privé. Quand le temps sera écoulé, tu pourras écrire à nouveau et je te préviendrai. Si tu trouves que ce n'était pas juste, touche « Faire un recours » et dis-le-nous en quelques mots.
mod-told-ban =
    🚪 Un animateur de <b>{ $group }</b> t'a retiré du groupe.

    Pourquoi : { $reason }

    Je reste là pour toi en privé, et /crisis montre toujours où trouver de l'aide tout de suite. Si tu trouves que ce n'était pas juste, touche « Faire un recours » et dis-le-nous en quelques mots.
mod-told-ban-until =
    🚪 Un animateur de <b>{ $group }</b> t'a retiré du groupe pendant { $length } (jusqu'à { $until }).

    Pourquoi : { $reason }

    Ensuite, tu pourras revenir avec le lien d'invitation du groupe. Je reste là pour toi en privé, et /crisis montre toujours où trouver de l'aide tout de suite. Si tu trouves que ce n'était pas juste, touche « Faire un recours » et dis-le-nous en quelques mots.
mod-told-hold =
    🕊 Un message que tu as écrit dans <b>{ $group }</b> est retenu pour relecture : il est caché du groupe jusqu'à ce qu'un animateur l'ait lu.

    Pourquoi : { $reason }

    Il sera peut-être republié tel quel. Rien d'autre ne change : tu peux continuer à écrire. Si tu trouves que ce n'était pas juste, touche « Faire un recours » et dis-le-nous en quelques mots.
mod-told-hold-crisis =
    💛 J'ai caché pour l'instant au groupe un message que tu as écrit dans <b>{ $group }</b>, pour que les personnes qui veillent sur le groupe le voient d'abord. Tu n'as rien fait de mal : on dirait que tu traverses peut-être quelque chose de très dur.
mod-told-unmute = 🔈 Tu peux de nouveau écrire dans <b>{ $group }</b>. Contents de te retrouver.
mod-told-unban = 🚪 Tu es de nouveau le bienvenu dans <b>{ $group }</b> : tu peux revenir avec son lien d'invitation.
mod-told-released = ✅ Ton message retenu dans <b>{ $group }</b> a été relu et republié dans le groupe.
mod-told-released-empty = ✅ Ton message retenu dans <b>{ $group }</b> a été relu, et tout va bien. Je ne peux republier que du texte : si tu veux, partage-le de nouveau toi-même.
mod-told-kept-hidden = 💛 Une personne qui veille sur <b>{ $group }</b> a vu le message que tu y as écrit. Il reste hors du groupe pour l'instant, et tu n'as rien fait de mal. Si c'est lourd en ce moment, /crisis te montre où trouver de l'aide tout de suite, de jour comme de nuit.
mod-told-discarded = Un animateur de <b>{ $group }</b> a relu ton message retenu et a décidé de le garder hors du groupe. Si tu trouves que ce n'était pas juste, touche « Faire un recours » sous mon message précédent.
mod-told-held-expired = Ton message retenu dans <b>{ $group }</b> n'a pas été relu à temps : il reste donc hors du groupe et ma copie est effacée. Ce n'est pas retenu contre toi : tu peux continuer à écrire.
mod-told-appeal-upheld = Les administrateurs ont lu ton recours au sujet de <b>{ $group }</b> et ont décidé de maintenir la décision. Merci de nous avoir dit comment tu l'as vécu.
mod-told-appeal-lifted = Les administrateurs ont lu ton recours au sujet de <b>{ $group }</b> et ont levé la décision. Merci de nous l'avoir dit.
btn-mod-appeal = 🙋 Faire un recours

# Le recours, écrit par la personne.
mod-appeal-ask = En quelques mots : pourquoi trouves-tu que ce n'était pas juste ? Les administrateurs de <b>{ $group }</b> le liront, et je te dirai ce qu'ils décident.
mod-appeal-sent = Merci. Les administrateurs de <b>{ $group }</b> ont ton recours ; je te dirai ce qu'ils décident.
mod-appeal-already = Tu as déjà fait un recours pour celle-ci ; les administrateurs l'ont.
mod-appeal-gone = Cette décision n'est plus enregistrée : il n'y a plus rien à contester.
mod-appeal-too-short = Écris quelques mots sur ce qui te semble injuste, s'il te plaît.
mod-appeal-too-long = C'est un peu long pour un recours : garde-le sous 1 000 caractères, s'il te plaît.
mod-appeal-nobody = Je suis désolé : pour l'instant, personne ne peut réexaminer les décisions de <b>{ $group }</b>, donc je n'ai pas pu transmettre ton recours. Rien n'est perdu : tu peux appuyer de nouveau sur « Faire un recours » plus tard. Si ça te pèse, tu peux aussi écrire directement à la personne qui gère le groupe.

# Pour les animateurs, dans le groupe ou en privé.
mod-only-facilitators = Seuls les animateurs de ce groupe peuvent utiliser /{ $command }.
mod-reply-needed = Utilise /{ $command } en réponse au message de la personne, avec une raison : par exemple /mute 1h publie sans cesse des liens.
mod-hold-too-old = Telegram ne me laisse masquer un message que dans les 48 heures après son envoi, et celui-ci est plus ancien : je l'ai donc laissé où il est. Tu peux toujours utiliser /warn, ou un administrateur du groupe peut le supprimer à la main.
mod-hold-reason-default = un animateur voulait d'abord le relire
mod-unreply-needed = Utilise /{ $command } en réponse à l'un des messages de la personne.
mod-not-a-person = Ce message ne vient pas d'une personne sur laquelle je peux agir.
mod-not-yourself = Tu ne peux pas l'utiliser sur toi-même.
mod-not-staff = Les animateurs et les administrateurs ne sont pas modérés par le bot. Parle-leur directement, ou à un administrateur.
mod-not-chat-admin = C'est l'un des administrateurs Telegram du groupe : Telegram ne me laisse pas le restreindre.
mod-bot-not-admin = Je ne peux pas encore le faire : je dois être administrateur de ce groupe. Le propriétaire du groupe peut m'ajouter dans les paramètres du groupe → Administrateurs.
mod-missing-right = Je ne peux pas encore le faire : en tant qu'administrateur de ce groupe, il me faut le droit « { $right } ». Le propriétaire du groupe peut l'activer dans les paramètres du groupe → Administrateurs → moi.
mod-right-restrict = Bannir des utilisateurs
mod-right-delete = Supprimer des messages
mod-mute-supergroup-only = Telegram ne permet de mettre en pause les messages de quelqu'un que dans les supergroupes. Un groupe en devient un quand son propriétaire le rend public ou montre l'historique aux nouveaux membres ; /ban et /hold fonctionnent déjà ici.
mod-bad-duration = Je n'ai pas compris « { $word } » comme une durée. Écris-la comme 10m, 1h, 1d ou 7d (de 1 minute à 365 jours).
mod-mute-needs-duration = Indique d'abord la durée : /mute 1h puis la raison (10m, 1h, 1d, 7d…).
mod-reason-too-long = Raccourcis la raison, s'il te plaît (300 caractères au plus) : la personne la lira.
mod-reason-empty = Écris la raison en quelques mots, s'il te plaît.
mod-reason-ask = Chaque action a besoin d'une raison, et { $name } la lira. En quelques mots : pourquoi { $kind ->
    [warn] l'avertissement
    [mute] la pause d'écriture
    [ban] le retrait du groupe
   *[hold] retenir le message
} ? Si tu changes d'avis, laisse simplement : j'oublierai dans 30 minutes.
mod-reason-in-group = Ajoute une raison après la commande, par exemple /{ $command } publie sans cesse des liens. (Ou ouvre d'abord une conversation privée avec moi, et je te la demanderai là-bas.)
mod-failed = Telegram ne m'a pas laissé le faire pour l'instant. Vérifie mes droits d'administrateur dans le groupe et réessaie.
mod-resume-failed = J'ai été interrompu pendant que { $kind ->
    [mute] je mettais en pause les messages de { $name }
   *[ban] je retirais { $name }
} dans <b>{ $group }</b>, et quand j'ai réessayé, Telegram ne m'a pas laissé faire. Rien n'a été fait. Vérifie mes droits d'administrateur dans le groupe et réessaie.
mod-done = ✅ C'est fait dans <b>{ $group }</b> : { $kind ->
    [warn] { $name } a reçu un avertissement
    [mute] { $name } ne peut pas écrire pendant { $length }
    [ban] { $name } est retiré du groupe
   *[hold] le message de { $name } est retenu pour relecture
}. Raison : { $reason }. { $told ->
    [yes] La personne l'a appris en privé, avec la façon de faire un recours.
   *[no] Cette personne n'a pas ouvert de conversation privée avec moi : je n'ai pas pu la prévenir.
}
mod-done-unmute = ✅ { $name } peut de nouveau écrire dans <b>{ $group }</b> ; je l'ai prévenu.
mod-done-unban = ✅ { $name } peut de nouveau rejoindre <b>{ $group }</b> ; je l'ai prévenu.

# Messages retenus : la carte de relecture que les animateurs reçoivent en privé.
mod-held-card =
    🕊 <b>Retenu pour relecture</b> dans { $group }
    De : { $name }
    Pourquoi : { $reason }

    <blockquote>{ $text }</blockquote>

    « Publier » le remet dans le groupe, de la part de { $name } ; « Écarter » efface ma copie. Dans les deux cas, { $name } est prévenu.
mod-held-card-crisis =
    ⚠️ <b>Retenu pour relecture : c'est peut-être un appel à l'aide</b> ({ $group })
    De : { $name }
    Pourquoi : { $reason }

    <blockquote>{ $text }</blockquote>

    Une alerte de crise part séparément vers l'équipe du groupe : réponds-y aussi. « Garder caché » ne fait que cacher ce message ; cela ne ferme jamais l'alerte.
mod-held-card-done = 🕊 Le message de { $name } retenu dans { $group } a été relu : { $outcome ->
    [expired] personne ne l'a relu à temps : il reste hors du groupe et ma copie est effacée.
    [release_empty] tout allait bien ; il n'y avait pas de texte à republier, et son auteur peut le partager de nouveau.
    [release] il est de retour dans le groupe.
    [keep_hidden] il reste caché (l'alerte de crise continue séparément).
   *[discard] il a été écarté, et ma copie est effacée.
}
mod-held-card-erased = 🕊 Un message retenu pour relecture dans { $group } a été retiré : son auteur m'a demandé d'effacer ses données, donc ma copie est effacée aussi. Il n'y a rien d'autre à faire.
mod-held-no-text = (pas de texte à montrer : une photo, un sticker ou un fichier, ou un message retenu depuis une carte de signalement : vois le signalement)
btn-mod-release = ✅ Publier
btn-mod-discard = 🗑 Écarter
btn-mod-keep-hidden = 🙈 Garder caché
mod-released = ✅ Republié dans { $group }.
mod-released-empty = ✅ Relu : tout va bien. Il n'y avait pas de texte à republier dans { $group }, alors je lui ai dit qu'il peut le partager de nouveau.
mod-discarded = 🗑 Écarté : ma copie est effacée.
mod-not-hidden = ⚠️ Je n'ai pas pu masquer le message de { $name } dans <b>{ $group }</b> : Telegram a refusé (il me manque peut-être le droit « Supprimer des messages », ou il a plus de 48 heures, ou il n'existe plus). S'il n'a pas été supprimé, il est toujours dans le groupe. Rien n'a été enregistré et { $name } n'a été prévenu de rien.
mod-already-reviewed = Quelqu'un a déjà relu ce message.
mod-not-allowed = Seuls les animateurs du groupe peuvent faire cela.
mod-released-post =
    💬 <b>De { $name }</b> (retenu pour relecture, maintenant de retour) :
    { $text }

# Recours : la carte que reçoivent les administrateurs.
mod-appeal-card =
    🙋 <b>Un recours</b> de { $name } ({ $group })
    Au sujet de : { $kind ->
        [warn] un avertissement
        [mute] une pause d'écriture
        [ban] un retrait du groupe
       *[hold] un message retenu
    }
    La raison donnée : { $reason }

    Ses mots :
    <blockquote>{ $text }</blockquote>
btn-mod-uphold = Maintenir
btn-mod-lift = Lever
mod-appeal-upheld = Maintenu. { $name } est prévenu.
mod-appeal-lifted = Levé. { $name } est prévenu.
mod-appeal-decided = Ce recours a déjà été tranché.
mod-admins-only = Seuls les administrateurs du bot tranchent les recours.

# Les boutons d'une carte de signalement.
btn-mod-warn = ⚠️ Avertir
btn-mod-mute-hour = 🔇 Pause 1 h
btn-mod-hold = 🕊 Retenir

# Le journal des actions.
audit-moderation-warn = a averti une personne du groupe
audit-moderation-mute = a mis en pause les messages d'une personne
audit-moderation-ban = a retiré une personne d'un groupe
audit-moderation-hold = a retenu un message pour relecture
audit-moderation-unmute = a permis à une personne d'écrire à nouveau
audit-moderation-unban = a permis à une personne de revenir
audit-moderation-expired = (une pause ou un retrait à durée limitée a pris fin)
audit-moderation-release = a republié un message retenu
audit-moderation-discard = a écarté un message retenu
audit-moderation-keep-hidden = a gardé caché un message retenu (crise possible)
audit-moderation-appeal-upheld = a maintenu une décision après un recours
audit-moderation-appeal-lifted = a levé une décision après un recours
