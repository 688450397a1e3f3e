# /rules : l'accord d'un groupe, lu par ses membres et écrit par ses animateurs.

cmd-rules = Ce que notre groupe s'engage à respecter
rules-shown =
    📜 <b>{ $group } : notre accord</b>

    { $text }
rules-none = 📜 { $group } n'a pas encore d'accord écrit.
rules-none-staff = 📜 { $group } n'a pas encore d'accord écrit. Touche « L'écrire » pour en ajouter un : les membres le voient avec /rules.
rules-none-group = Ce groupe n'a pas encore d'accord écrit. Ses animateurs peuvent en écrire un : /rules dans une conversation privée avec moi.
rules-no-groups = Tu n'es encore dans aucun groupe. Quand tu en rejoindras un avec son lien d'invitation, /rules te montrera ce que ses membres s'engagent à respecter.
rules-pick = De quel groupe veux-tu voir l'accord ?
rules-ask = Écris l'accord de <b>{ $group }</b> en un seul message : ce à quoi les membres s'engagent (ce qui se dit ici reste ici, une personne parle à la fois, le respect...). Il remplace l'accord actuel. { $max } caractères au plus.
rules-saved = ✅ Enregistré. Les membres de { $group } le voient avec /rules.
rules-cleared = 🗑 L'accord de { $group } est supprimé.
rules-not-yours = Cet accord est réservé aux membres du groupe.
rules-not-allowed = Seuls les animateurs du groupe peuvent modifier son accord.
rules-too-short = C'est très court pour un accord : écris le texte en entier, s'il te plaît (au moins { $min } caractères).
rules-too-long = C'est plus long que ce qu'un message peut afficher ({ $length } caractères, { $max } au plus). Raccourcis-le, s'il te plaît.
rules-not-a-command = Cela ressemble à une commande, pas à un accord. Écris le texte de l'accord, s'il te plaît.
btn-rules-write = ✏️ L'écrire
btn-rules-change = ✏️ Le modifier
btn-rules-clear = 🗑 Supprimer
audit-rules-set = a modifié l'accord du groupe
audit-rules-clear = a supprimé l'accord du groupe
btn-rules-languages = 🌐 Dans une autre langue
rules-pick-language = Dans quelle langue veux-tu écrire l'accord de { $group } ?
rules-ask-language = Écris l'accord de <b>{ $group }</b> en { $language }, en un seul message. Les membres qui utilisent le bot dans cette langue voient ce texte.
rules-write-first = Écris d'abord l'accord dans la langue du groupe, s'il te plaît.
rules-pinned = 📌 Je l'ai publié dans le groupe et épinglé.
rules-not-pinned = Je n'ai pas pu l'épingler dans le groupe : pour qu'il soit épinglé, donne-moi le droit d'admin « Épingler des messages ».
rules-accept-changed =
    📜 L'accord de <b>{ $group }</b> a changé. Lis-le, s'il te plaît :

    { $text }

    Touche « J'accepte » si cela te convient.
rules-accepted = ✅ Merci. Tu as accepté l'accord de { $group }.
rules-accept-outdated = Cette version de l'accord de { $group } a de nouveau changé. /rules montre la version actuelle.
audit-rules-translate = a écrit l'accord du groupe dans une autre langue
rules-accept-new =
    📜 <b>{ $group }</b> a maintenant un accord écrit. Lis-le, s'il te plaît :

    { $text }

    Touche « J'accepte » si cela te convient.
