# Textes de /facilitators : les admins ajoutent et retirent les personnes qui facilitent les groupes.

cmd-facilitators = Ajouter ou retirer des personnes facilitatrices (admins)

fac-usage =
    <b>Ajouter ou retirer une personne facilitatrice</b>
    • Dans le groupe : réponds à l'un de ses messages avec /facilitators add (ou /facilitators remove).
    • Ici : transfère-moi l'un de ses messages, puis choisis le groupe.
    • Ici : envoie /facilitators add suivi de son identifiant Telegram numérique, par exemple /facilitators add 123456789 (ou /facilitators remove 123456789).
    Envoie /facilitators tout seul pour voir l'équipe de facilitation de chaque groupe.
fac-group-usage = Pour ajouter quelqu'un, réponds ici à l'un de ses messages avec /facilitators add. Pour retirer quelqu'un, réponds avec /facilitators remove.
fac-reply-not-person = Ce message n'a pas été envoyé par une personne que je peux ajouter (il vient d'un bot, d'un canal ou d'un admin anonyme).
fac-group-unknown = Je ne connais pas ce groupe. Envoie /facilitators pour voir les groupes où je suis, avec leurs identifiants.
fac-no-groups = Je ne suis encore dans aucun groupe. Ajoute-moi d'abord à un groupe, puis choisis son équipe de facilitation.
fac-username = Je ne peux pas ajouter quelqu'un seulement avec son @nom d'utilisateur : Telegram ne dit pas aux bots à qui appartient un nom d'utilisateur, et ces noms peuvent changer de propriétaire, donc je risquerais de donner le rôle à la mauvaise personne. À la place, réponds à l'un de ses messages dans le groupe avec /facilitators add, transfère-moi l'un de ses messages, ou envoie /facilitators add suivi de son identifiant numérique.
fac-hidden = Ses paramètres de confidentialité cachent qui a envoyé ce message transféré, donc je ne peux pas savoir de qui il s'agit. À la place, réponds à l'un de ses messages dans le groupe avec /facilitators add, ou envoie /facilitators add suivi de son identifiant numérique.
fac-forward-not-person = Ce message a été transféré depuis une discussion ou un canal, pas depuis une personne.
fac-pick-group = Que faut-il changer pour { $name } ? Choisis un groupe.
btn-fac-add = ➕ Équipe de facilitation de { $title }
btn-fac-remove-from = ➖ Retirer de { $title }
fac-person-id = la personne avec l'identifiant { $id }

fac-added = ✅ { $name } fait maintenant partie de l'équipe de facilitation de { $title }.
fac-already = { $name } faisait déjà partie de l'équipe de facilitation de { $title } : rien n'a changé.
fac-removed = { $name } ne fait plus partie de l'équipe de facilitation de { $title }.
fac-not-one = { $name } ne faisait pas partie de l'équipe de facilitation de { $title } : rien n'a changé.
fac-orphaned = ⚠️ { $title } n'a plus personne dans son équipe de facilitation : les alertes de crise iront aux admins.
fac-must-open-bot = { $name } ne m'a pas encore ouvert, donc je ne peux pas lui écrire. Demande-lui d'ouvrir { $link } et d'appuyer sur Démarrer : d'ici là, cette personne ne recevra pas les alertes de crise.

fac-welcome =
    Tu fais maintenant partie de l'équipe de facilitation de { $title }. Merci de prendre soin du groupe. 💚

    Quand quelqu'un du groupe sera peut-être en crise, je t'enverrai une alerte pour que tu puisses aller vers cette personne. Tu peux aussi assurer des permanences, gérer les réunions et ajouter des ressources. Envoie /help pour voir les commandes de l'équipe de facilitation.
fac-goodbye = Tu ne fais plus partie de l'équipe de facilitation de { $title }. Merci pour tout ce que tu as fait pour le groupe. 💚

fac-list-header = <b>Équipe de facilitation de chaque groupe</b>
fac-list-group = <b>{ $title }</b> (ID <code>{ $id }</code>)
fac-list-none = ⚠️ Personne dans l'équipe de facilitation pour l'instant : les alertes de crise vont aux admins.
fac-list-person = • { $name }
fac-list-footer = Pour ajouter quelqu'un, réponds à l'un de ses messages dans le groupe avec /facilitators add, ou transfère-moi l'un de ses messages. Appuie sur un nom ci-dessous pour retirer cette personne.
btn-fac-remove = Retirer { $name } de { $title }
fac-confirm-remove = Retirer { $name } de l'équipe de facilitation de { $title } ?
btn-fac-confirm = Oui, retirer
btn-fac-keep = Garder
fac-kept = Rien n'a changé.
