# Prendre soin des animateurs : supervision, la charge de chacun, en parler après un moment difficile.

cmd-load = Ce que porte chaque animateur (administration, supervision)
cmd-supervisors = Ajouter ou retirer des superviseurs (administration)

care-person-id = la personne avec l'identifiant { $id }
care-sup-header = <b>Superviseurs</b>
care-sup-person = • { $name }
care-sup-none = Personne pour l'instant.
care-sup-footer =
    Les superviseurs voient ce que porte chaque animateur (/load) et sont prévenus quand un animateur aimerait parler d'un moment difficile. Ils ne voient jamais les messages ni les noms des membres, et ne reçoivent pas d'alertes de crise.
    Pour en ajouter un : transférez-moi l'un de ses messages, envoyez /supervisors add et son identifiant numérique, ou répondez à l'un de ses messages dans un groupe avec /supervisors add.
btn-care-sup-make = En faire un superviseur
btn-care-sup-remove = Retirer { $name }
care-sup-usage = Pour ajouter un superviseur, envoyez /supervisors add et son identifiant numérique ; pour le retirer, /supervisors remove et son identifiant. /supervisors seul affiche la liste.
care-sup-group-usage = Répondez à l'un des messages de la personne avec /supervisors add ou /supervisors remove.
care-sup-not-person = Ce message n'a pas été envoyé par une personne, je ne peux donc pas en faire un superviseur.
care-sup-username = Je ne peux pas ajouter quelqu'un par son seul @pseudo : Telegram ne dit pas aux bots à qui appartient un pseudo, et je pourrais donner le rôle à la mauvaise personne. Transférez-moi plutôt l'un de ses messages, envoyez /supervisors add et son identifiant numérique, ou répondez à l'un de ses messages dans un groupe avec /supervisors add.
care-sup-added = ✅ { $name } est maintenant superviseur.
care-sup-already = { $name } est déjà superviseur.
care-sup-removed = { $name } n'est plus superviseur.
care-sup-not-one = { $name } n'est pas superviseur.
care-sup-must-open-bot = { $name } ne m'a pas encore ouvert, je ne peux donc pas lui écrire. Demandez-lui d'ouvrir { $link } et d'appuyer sur Démarrer : d'ici là, il ne saura pas quand quelqu'un aimerait parler.
care-sup-welcome =
    🤝 Vous êtes maintenant superviseur des animateurs d'ici.
    Quand un animateur aimera parler d'un moment difficile, je vous préviendrai. /load montre ce que porte chacun. Vous ne verrez ni les messages ni les noms des membres.
care-sup-goodbye = Vous n'êtes plus superviseur ici. Merci d'avoir pris soin des animateurs.
audit-supervisor-add = a nommé un superviseur
audit-supervisor-remove = a retiré un superviseur

care-load-refused = Désolé, c'est réservé aux personnes qui gèrent ce bot et à ses superviseurs.
care-load-empty = Pas encore d'animateurs, et aucune alerte ces 30 derniers jours.
care-load-header = <b>Ce que porte chaque animateur</b>
    7 derniers jours · 30 derniers jours
care-load-name = <b>{ $name }</b>
care-load-name-id = <b>la personne avec l'identifiant { $id }</b>
care-load-received = Alertes reçues : { $week } · { $month }
care-load-taken = Prises en charge : { $week } · { $month }
care-load-resolved = Résolues : { $week } · { $month }
care-load-night = La nuit (22:00–07:00) : { $week } · { $month }
care-load-on-call = Heures d'astreinte : { $week } · { $month }
care-load-footer = Les heures d'astreinte comptent les gardes prises ou transmises et les tours de la rotation de chaque groupe telle qu'elle est aujourd'hui.

care-offer =
    💛 Merci d'avoir été là dans un moment difficile.
    Est-ce que ça vous aiderait d'en parler ? Je peux demander à un superviseur ou à un autre animateur de vous contacter. Rien sur le membre n'est transmis.
btn-care-supervisor = En parler avec un superviseur
btn-care-peer = Parler avec un autre animateur
btn-care-later = Pas maintenant
care-later = D'accord. Si vous avez envie d'en parler plus tard, demandez simplement à l'administration. Prenez bien soin de vous.
care-asked-sent-sup = J'ai demandé aux superviseurs de vous contacter. Rien sur le membre n'a été partagé.
care-asked-sent-peer = J'ai demandé aux autres animateurs de votre groupe de vous contacter. Rien sur le membre n'a été partagé.
care-asked-already-sup = J'ai déjà prévenu les superviseurs ; quelqu'un devrait vous écrire bientôt.
care-asked-already-peer = J'ai déjà prévenu les autres animateurs ; quelqu'un devrait vous écrire bientôt.
care-asked-nobody-sup = Je ne peux encore joindre aucun superviseur. L'administration peut en nommer un avec /supervisors. Vous pouvez aussi parler avec un autre animateur.
care-asked-nobody-peer = Je ne peux joindre aucun autre animateur de votre groupe pour l'instant. Vous pouvez en parler avec un superviseur.
care-gone = C'est maintenant fermé. Si vous avez envie de parler, demandez simplement à l'administration.

care-request =
    🤝 <b>{ $name }</b> aimerait parler d'un moment difficile.
    Pourriez-vous lui écrire en privé quand vous le pourrez ?
btn-care-write = Écrire à { $name }
care-contact = Voici { $name } : <a href="tg://user?id={ $id }">{ $name }</a>. Touchez le nom pour ouvrir une discussion.

care-checkin =
    🌱 Comment allez-vous après le moment difficile d'hier ?
    Vous n'êtes pas obligé de répondre. Ce que vous touchez reste entre nous et n'est pas gardé.
btn-care-feel-ok = Ça va
btn-care-feel-shaken = Un peu secoué
btn-care-feel-low = Pas très bien
care-feel-ok = Ça me fait plaisir de l'entendre. Merci pour ce que vous avez fait hier. 💛
care-feel-shaken = C'est bien compréhensible après ce que vous avez traversé. Soyez doux avec vous-même aujourd'hui, et reposez-vous si vous pouvez. 💛
care-feel-low = Je suis désolé que ça vous pèse. Vous n'avez pas à porter ça seul : un superviseur peut en parler avec vous.
