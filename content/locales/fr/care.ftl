# Prendre soin des personnes qui animent : supervision, la charge de chacune, en parler après un moment difficile.

cmd-load = Ce que porte chaque personne qui anime (admins, supervision)
cmd-supervisors = Ajouter ou retirer des superviseur·es (admins)

care-person-id = la personne avec l'identifiant { $id }
care-sup-header = <b>Superviseur·es</b>
care-sup-person = • { $name }
care-sup-none = Personne pour l'instant.
care-sup-footer =
    Les superviseur·es voient ce que porte chaque personne qui anime (/load) et sont prévenu·es quand l'une d'elles aimerait parler d'un moment difficile. Ils et elles ne voient jamais les messages ni les noms des membres, et ne reçoivent pas d'alertes de crise.
    Pour en ajouter : transfère-moi l'un de ses messages, envoie /supervisors add et son identifiant numérique, ou réponds à l'un de ses messages dans un groupe avec /supervisors add.
btn-care-sup-make = En faire un·e superviseur·e
btn-care-sup-remove = Retirer { $name }
care-sup-usage = Pour ajouter un·e superviseur·e, envoie /supervisors add et son identifiant numérique ; pour le ou la retirer, /supervisors remove et son identifiant. /supervisors seul affiche la liste.
care-sup-group-usage = Réponds à l'un des messages de la personne avec /supervisors add ou /supervisors remove.
care-sup-not-person = Ce message n'a pas été envoyé par une personne, je ne peux donc pas en faire un·e superviseur·e.
care-sup-username = Je ne peux pas ajouter quelqu'un par son seul @pseudo : Telegram ne dit pas aux bots à qui appartient un pseudo, et je pourrais donner le rôle à la mauvaise personne. Transfère-moi plutôt l'un de ses messages, envoie /supervisors add et son identifiant numérique, ou réponds à l'un de ses messages dans un groupe avec /supervisors add.
care-sup-added = ✅ { $name } fait maintenant partie de la supervision.
care-sup-already = { $name } fait déjà partie de la supervision.
care-sup-removed = { $name } ne fait plus partie de la supervision.
care-sup-not-one = { $name } ne fait pas partie de la supervision.
care-sup-must-open-bot = { $name } ne m'a pas encore ouvert, je ne peux donc pas lui écrire. Demande-lui d'ouvrir { $link } et d'appuyer sur Démarrer : d'ici là, je ne pourrai pas lui dire quand quelqu'un aimerait parler.
care-sup-welcome =
    🤝 Tu fais maintenant partie de la supervision des personnes qui animent ici.
    Quand l'une d'elles aimera parler d'un moment difficile, je te préviendrai. /load montre ce que porte chacune. Tu ne verras ni les messages ni les noms des membres.
care-sup-goodbye = Tu ne fais plus partie de la supervision ici. Merci d'avoir pris soin des personnes qui animent.
audit-supervisor-add = a nommé un·e superviseur·e
audit-supervisor-remove = a retiré un·e superviseur·e

care-load-refused = Désolé, c'est réservé aux personnes qui gèrent ce bot et à ses superviseur·es.
care-load-empty = Personne n'anime encore de groupe, et aucune alerte ces 30 derniers jours.
care-load-header = <b>Ce que porte chaque personne qui anime</b>
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
    Est-ce que ça t'aiderait d'en parler ? Je peux demander à la supervision ou à une autre personne qui anime de te contacter. Rien sur le membre n'est transmis.
btn-care-supervisor = En parler avec la supervision
btn-care-peer = Parler avec une autre personne qui anime
btn-care-later = Pas maintenant
care-later = D'accord. Si tu as envie d'en parler plus tard, demande simplement à un·e admin. Prends bien soin de toi.
care-asked-sent-sup = J'ai demandé à la supervision de te contacter. Rien sur le membre n'a été partagé.
care-asked-sent-peer = J'ai demandé aux autres personnes qui animent ton groupe de te contacter. Rien sur le membre n'a été partagé.
care-asked-already-sup = J'ai déjà prévenu la supervision ; quelqu'un devrait t'écrire bientôt.
care-asked-already-peer = J'ai déjà prévenu les autres personnes qui animent ; quelqu'un devrait t'écrire bientôt.
care-asked-nobody-sup = Je ne peux encore joindre personne de la supervision. Un·e admin peut en nommer avec /supervisors. Tu peux aussi parler avec une autre personne qui anime.
care-asked-nobody-peer = Je ne peux joindre aucune autre personne qui anime ton groupe pour l'instant. Tu peux en parler avec la supervision.
care-gone = C'est maintenant fermé. Si tu as envie de parler, demande simplement à un·e admin.

care-request =
    🤝 <b>{ $name }</b> aimerait parler d'un moment difficile.
    Pourrais-tu lui écrire en privé quand tu le peux ?
btn-care-write = Écrire à { $name }
care-contact = Voici { $name } : <a href="tg://user?id={ $id }">{ $name }</a>. Touche le nom pour ouvrir une discussion.

care-checkin =
    🌱 Comment vas-tu après le moment difficile d'hier ?
    Tu n'es pas obligé·e de répondre. Ce que tu touches reste entre nous et n'est pas gardé.
btn-care-feel-ok = Ça va
btn-care-feel-shaken = Un peu secoué·e
btn-care-feel-low = Pas très bien
care-feel-ok = Ça me fait plaisir de l'entendre. Merci pour ce que tu as fait hier. 💛
care-feel-shaken = C'est bien compréhensible après ce que tu as traversé. Sois doux·ce avec toi-même aujourd'hui, et repose-toi si tu peux. 💛
care-feel-low = Je suis désolé que ça te pèse. Tu n'as pas à porter ça seul·e : quelqu'un de la supervision peut en parler avec toi.
