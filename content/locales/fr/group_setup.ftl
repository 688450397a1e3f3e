# Configuration guidée du groupe (en privé) et lien de configuration dans le message d'accueil du groupe.

cmd-setup = Configurer un groupe : nom, fuseau horaire, langue, rappel

setup-intro =
    Merci de m'avoir ajouté à <b>{ $title }</b> ! 🌱
    On le configure ensemble : quatre petites questions (le nom du groupe, son fuseau horaire, la langue de mes messages dans le chat du groupe, et un rappel avant chaque réunion). Ça prend environ une minute.
btn-setup-start = Configurer maintenant
btn-setup-later = Plus tard
btn-setup-stop = Arrêter la configuration

setup-ask-name =
    <b>1 sur 4 · Nom</b>
    Comment dois-je appeler le groupe ? Appuie sur le bouton pour garder <b>{ $title }</b>, ou écris un nouveau nom (de 2 à 64 caractères), par exemple : Cercle du mardi soir.
btn-setup-keep-name = Garder « { $title } »
setup-name-too-long = Ce nom est trop long : { $max } caractères au maximum, s'il te plaît.
setup-name-too-short = Ce nom est trop court : utilise au moins 2 lettres ou chiffres, par exemple : Cercle du mardi.
setup-name-command = Le nom d'un groupe ne peut pas commencer par « / », car c'est comme ça que commencent les commandes. Écris juste le nom, par exemple : Cercle du mardi.

setup-ask-timezone =
    <b>2 sur 4 · Fuseau horaire</b>
    Les heures des réunions et les rappels suivent le fuseau horaire du groupe. Pour l'instant, c'est <b>{ $timezone }</b>. Appuie sur un fuseau, ou écris une grande ville ou le nom d'un fuseau, par exemple : Paris, Montréal ou Africa/Dakar.
btn-setup-type-zone = Écrire une ville ou un fuseau
setup-type-timezone = Écris le nom d'une grande ville proche du groupe, ou le nom d'un fuseau, par exemple : Paris, Dakar ou Europe/Brussels.
setup-timezone-unknown = Je ne connais pas le fuseau horaire « { $text } ». Écris une grande ville proche du groupe (Paris, Montréal, Dakar) ou un nom de fuseau comme Europe/Paris.
setup-timezone-did-you-mean = Je ne sais pas trop quel fuseau horaire est « { $text } ». Tu voulais dire l'un de ceux-ci ? Touche-le, ou écris une autre ville proche du groupe.

setup-ask-language =
    <b>3 sur 4 · Langue</b>
    Dans quelle langue dois-je écrire mes messages dans le chat du groupe ? Chaque membre choisit toujours sa propre langue pour notre discussion privée.

setup-ask-reminder =
    <b>4 sur 4 · Rappel de réunion</b>
    Dois-je publier un rappel dans le chat du groupe avant chaque réunion ? Les membres peuvent aussi choisir leurs propres rappels en privé.
setup-post-off = Désactivé

setup-done =
    ✅ Le groupe <b>{ $title }</b> est configuré.
    🕒 Fuseau horaire : { $timezone }
    🗣 Langue de mes messages : { $language }
    ⏰ Rappel dans le chat du groupe : { $reminder }
setup-invite = Les membres rejoignent le groupe avec ce lien (il est aussi dans mon message d'accueil dans le groupe) : { $link }
setup-next-header = <b>Ce qu'il reste à faire</b>
setup-next-readd = • Je ne peux plus écrire dans le groupe. Ajoute-moi de nouveau, puis envoie /setup.
setup-next-privacy = • Je ne vois pas encore les messages des membres, donc je ne peux pas remarquer quand quelqu'un est peut-être en danger. Nomme-moi admin du groupe (sans droits particuliers), ou dans @BotFather envoie /setprivacy, choisis ce bot, choisis Disable, puis retire-moi du groupe et ajoute-moi à nouveau.
setup-next-facilitators = • Ajoute l'équipe de facilitation du groupe avec /facilitators. D'ici là, les alertes de crise vont aux admins.
setup-next-ask-admin = • Demande aux admins du bot d'ajouter l'équipe de facilitation du groupe (/facilitators). D'ici là, les alertes de crise vont aux admins.
setup-next-meeting = • Ajoute la première réunion du groupe avec /addmeeting (l'équipe de facilitation et les admins peuvent le faire).
setup-next-none = Plus rien à faire : le groupe est prêt. (Les admins du bot peuvent envoyer /status à tout moment pour vérifier.)

setup-not-allowed = Seuls les admins du bot, ou les admins du groupe sur Telegram, peuvent configurer ce groupe. Rien n'a été changé.
setup-expired = Ce bouton vient d'une configuration précédente. Envoie /setup pour recommencer.
setup-later = Pas de souci. Envoie /setup quand tu veux.
setup-stopped = Configuration arrêtée ; rien n'a été changé. Envoie /setup pour recommencer.
setup-choose-button = Choisis l'un des boutons ci-dessous, s'il te plaît.
setup-use-buttons = Appuie sur l'un des boutons ci-dessus, s'il te plaît (ou sur « Arrêter la configuration »).
setup-no-groups = Il n'y a aucun groupe que tu peux configurer. Ajoute-moi d'abord à ton groupe (tu dois en être admin), puis renvoie /setup.
setup-pick-group = Quel groupe veux-tu configurer ?
setup-link-invalid = Ce lien de configuration ne fonctionne plus. Envoie /setup pour voir les groupes que tu peux configurer.

bot-added-setup-link = { $name }, pour terminer la configuration du groupe, ouvre-moi en privé avec le bouton ci-dessous et appuie sur Démarrer.
btn-setup-in-private = Configurer le groupe (admins)
setup-gate-hint = 🚪 Pour que les nouvelles personnes répondent à une question, lisent l'accord du groupe (/rules) et donnent leur consentement avant d'entrer, envoie /gate. /invite crée un lien pour une personne.
btn-setup-gate = 🚪 Régler la porte d'entrée
