# Le bouclier anti-spam : liens des nouveaux en attente de relecture, limite de messages, blocages.

cmd-shield = Bouclier anti-spam : les liens des nouveaux attendent une relecture
cmd-block = Bloquer quelqu'un dans tous nos groupes
cmd-unblock = Lever un blocage
shield-someone = quelqu'un (id { $id })
shield-reason-link = un lien d'un nouveau membre
shield-reason-forward = un message transféré par un nouveau membre
shield-reason-media = une photo, une vidéo ou un fichier d'un nouveau membre
shield-reason-banned-in = banni de { $group }
shield-held =
    Bonjour { $name }, bienvenue dans { $group }. Ton message attend un instant : tant qu'une personne est nouvelle dans le groupe (les { $hours } premières heures), ses liens, messages transférés, photos, vidéos et fichiers passent d'abord par un animateur. C'est notre façon de tenir le spam à l'écart, et ça n'a rien à voir avec toi.

    Quelqu'un va le regarder bientôt. Tu n'as rien à faire, et tu peux continuer à écrire comme d'habitude.
shield-held-crisis = Bonjour { $name }. Comme tu viens d'arriver dans { $group }, ton message est d'abord allé aux animateurs plutôt qu'à tout le groupe. Ils l'ont et le verront bientôt. Quelqu'un est là pour toi.
shield-muted = Bonjour { $name }, beaucoup de messages sont arrivés de ta part dans { $group } en quelques secondes, alors le groupe est en pause pour toi pendant { $minutes } minutes. Ça arrive, et ce n'est pas une punition. Ensuite, tu pourras écrire comme d'habitude. Si quelque chose ne va pas, tu peux me le dire ici.
shield-flood-staff = 🛡 { $name } a envoyé plus de { $count } messages en { $seconds } secondes dans { $group }. Je l'ai mis en sourdine pendant { $minutes } minutes ; ça se lève tout seul.
shield-flood-staff-unmuted = 🛡 { $name } a envoyé plus de { $count } messages en { $seconds } secondes dans { $group }. Je n'ai pas pu le mettre en sourdine : il me faut le droit de restreindre les membres là-bas.
shield-removed-list = 🛡 { $name } (id { $id }) a rejoint { $group }. Cette personne est sur notre liste de blocage, je l'ai donc retirée.
shield-removed-cas = 🛡 { $name } (id { $id }) a rejoint { $group }. Cette personne est sur la liste publique de spammeurs (CAS), je l'ai donc retirée.
shield-not-removed-list = 🛡 { $name } (id { $id }) a rejoint { $group }. Cette personne est sur notre liste de blocage, mais je n'ai pas pu la retirer : il me faut le droit de bannir des membres là-bas.
shield-not-removed-cas = 🛡 { $name } (id { $id }) a rejoint { $group }. Cette personne est sur la liste publique de spammeurs (CAS), mais je n'ai pas pu la retirer : il me faut le droit de bannir des membres là-bas.
shield-block-usage = Pour bloquer quelqu'un dans tous nos groupes : /block suivi de son id d'utilisateur et de quelques mots sur la raison, par exemple : /block 123456789 liens de spam
shield-unblock-usage = Pour lever un blocage : /unblock suivi de son id d'utilisateur, par exemple : /unblock 123456789
shield-block-refused = Seules les personnes qui gèrent ce bot peuvent bloquer quelqu'un dans tous les groupes (et pas elles-mêmes).
shield-blocked = 🛡 { $id } est bloqué dans tous nos groupes. Retiré de { $done } { $done ->
        [one] groupe
       *[other] groupes
    } ; impossible dans { $failed } (il me faut le droit de bannir des membres là-bas). S'il rejoint un groupe plus tard, je le retire et je préviens ses animateurs.
shield-blocked-already = 🛡 { $id } était déjà bloqué. Retiré de { $done } { $done ->
        [one] groupe
       *[other] groupes
    } ; impossible dans { $failed }.
shield-not-blocked = { $id } n'est pas sur notre liste de blocage.
shield-unblocked = ✅ { $id } n'est plus bloqué. Son bannissement est levé dans { $done } { $done ->
        [one] groupe
       *[other] groupes
    } ; impossible dans { $failed }. Il peut revenir avec un lien d'invitation.
shield-admins-only = Seules les personnes qui gèrent ce bot peuvent bannir quelqu'un de tous les groupes.
shield-not-allowed = Seuls les animateurs du groupe peuvent changer cela.
shield-no-groups = Tu n'animes pas encore de groupe.
shield-card =
    🛡 <b>{ $group } : bouclier anti-spam</b>

    Pendant les { $hours } premières heures après l'arrivée de quelqu'un, ses liens, messages transférés, photos, vidéos et fichiers attendent la relecture d'un animateur. On lui explique pourquoi, gentiment. Qui envoie plusieurs messages par seconde est mis en pause quelques minutes.
shield-card-off =
    🛡 <b>{ $group } : bouclier anti-spam</b>

    Les liens et les images des nouveaux membres apparaissent tout de suite (l'attente des nouveaux est désactivée). Qui envoie plusieurs messages par seconde est toujours mis en pause quelques minutes.
btn-shield-window = { $hours ->
        [0] Désactivé
       *[other] { $hours } h
    }
btn-shield-ban-everywhere = 🛡 Bannir aussi de tous nos groupes
audit-shield-block = a bloqué quelqu'un dans tous les groupes
audit-shield-unblock = a levé un blocage
audit-shield-window = a changé combien de temps les liens des nouveaux attendent une relecture
# To the bot's admins when someone is banned from one group (a button bans them everywhere).
shield-offer-ban-everywhere = 🛡 { $name } a été banni de <b>{ $group }</b>. Le bannir aussi de tous nos groupes ? Il sera alors retiré de partout et tenu à l’écart de tous les groupes du bot.
