# Textes communs : aide, réglages, erreurs, groupes, menu des commandes.

help-member =
    <b>Ce que je peux faire pour toi</b>

    /start – me configurer, ou rejoindre un groupe avec un lien d'invitation
    /next – quand et où a lieu la prochaine réunion, et comment la rejoindre
    /meetings – les réunions de la semaine, et des fichiers de calendrier
    /reminders – les rappels de réunion et les heures de silence
    /rules – ce que ton groupe s'engage à respecter (son accord)
    /checkin – un point quotidien sur ton humeur, à l'heure de ton choix (tu es la seule personne à le voir) ; /pause, /resume
    /mood – ton graphique d'humeur et un court résumé
    /crisis – des lignes d'écoute de crise à appeler ou à qui écrire tout de suite
    /worried – je m'inquiète pour quelqu'un : préviens les animateurs de son groupe (dans un groupe, réponds /report à un message)
    /resources – trouver de l'aide près de chez toi ou en ligne : parcourir les thèmes ou chercher
    /settings – changer ta langue ou ton fuseau horaire
    /privacy – ce que je garde sur toi, pourquoi et pendant combien de temps
    /mydata – recevoir un fichier avec tout ce que je garde sur toi
    /forget – effacer tout ce que je garde sur toi
    /stop – arrêter tous les messages que j'envoie de moi-même
    /help – cette liste

    Si tu es en danger ou si tu penses à mettre fin à tes jours, contacte dès maintenant une ligne d'écoute de crise ou le numéro d'urgence local. Tu mérites du soutien.

help-admin-extra =

    <b>Pour les admins</b>
    /groups – les groupes où je suis, avec leurs liens d'invitation
    /setup – reconfigurer un groupe : nom, fuseau horaire, langue, rappel de réunion
    /status – ce que je peux voir dans chaque groupe, et ce qu'il faut changer
    /facilitators – ajouter ou retirer des personnes de l'équipe de facilitation d'un groupe (réponds à leur message, transfères-en un, ou donne leur numéro)
    /audit – qui a fait quoi récemment (équipe de facilitation et admins)
    /supervisors – ajouter ou retirer des superviseurs, qui prennent soin des animateurs
    /load – ce que porte chaque animateur (aussi pour les superviseurs)
    /reload – relire les fichiers de ressources après les avoir modifiés

need-start = On ne se connaît pas encore. Envoie /start et je t'explique ce que je fais.

settings-menu =
    <b>Tes réglages</b>
    Langue : { $language }
    Fuseau horaire : { $timezone }
    Format de l'heure : { $example }
    { settings-checkins }

    Que veux-tu changer ?

btn-language = Langue
btn-clock = 🕒 Format de l'heure
btn-timezone = Fuseau horaire
settings-choose-language = Dans quelle langue veux-tu que je te parle ?
settings-language-set = D'accord, je te parlerai en français à partir de maintenant.
settings-choose-timezone =
    Dans quel fuseau horaire es-tu ? Pour l'instant, j'ai <b>{ $timezone }</b>.
    Choisis-en un ci-dessous, ou tape son nom (par exemple Europe/Paris ou Montréal).


unknown-command = Je ne connais pas cette commande. Envoie /help pour voir ce que je peux faire.
text-fallback =
    Merci de m'avoir écrit. 💛 Je suis un bot tout simple, alors je ne peux pas répondre à tout ce que tu me dis.
    Si c'est dur aujourd'hui, tu n'es pas seul·e : /crisis te montre des personnes à appeler ou à qui écrire tout de suite, et l'équipe de facilitation est là pour toi. /checkin t'aide à suivre comment tu te sens, et /help te montre tout ce que je peux faire.
non-text-fallback = Je ne peux lire que les messages texte. Envoie /help pour voir ce que je peux faire.
only-private = Parlons en privé, pour que tes informations restent entre nous. Appuie sur le bouton ci-dessous.
btn-open-private = Ouvrir une discussion privée
not-a-person = Envoie ceci depuis ton propre compte, pas au nom d'un groupe ou d'une chaîne.
button-expired = Ce bouton a expiré. Recommence, s'il te plaît.
something-went-wrong = Désolé, quelque chose n'a pas marché de mon côté. Réessaie dans un instant.

admin-only = Désolé, c'est réservé aux personnes qui gèrent ce bot.
groups-none = Je ne suis encore dans aucun groupe. Ajoute-moi à un groupe et il apparaîtra ici.
groups-list-header = <b>Les groupes où je suis</b>
groups-list-item =
    • <b>{ $title }</b> – { $members ->
        [one] { $members } membre
       *[other] { $members } membres
    }
      Lien d'invitation : { $link }

bot-added-to-group =
    Salut tout le monde ! 👋 Je suis le bot qui accompagne ce groupe.
    Pour recevoir les horaires des réunions, des rappels et des lignes d'écoute, appuie sur le bouton ci-dessous, puis sur Démarrer. Ce que tu me dis en privé reste privé.
btn-join-group = Rejoindre avec le bot

cmd-start = Me configurer ou rejoindre un groupe
cmd-help = Ce que je peux faire
cmd-settings = Langue et fuseau horaire
cmd-privacy = Ce que je garde sur toi
cmd-mydata = Télécharger tes données
cmd-forget = Effacer tes données
cmd-stop = Arrêter les messages que j'envoie de moi-même
cmd-groups = Groupes et liens d'invitation (admins)
cmd-crisis = Lignes d'écoute de crise, tout de suite
cmd-flags = Alertes ouvertes et récentes (facilitation)
cmd-flag = Une alerte et son historique (facilitation)
cmd-oncall = Qui est de permanence (facilitation)

settings-choose-clock = Comment veux-tu que j'écrive les heures ?
btn-clock-auto = Comme on l'écrit chez moi ({ $example })
settings-clock-set = C'est fait : j'écrirai les heures comme ça : { $example }.

question-dropped-meeting = J'ai mis de côté ce que tu faisais sur une réunion. Envoie la même commande pour recommencer.
question-dropped-resource = J'ai mis de côté ce que tu faisais sur une ressource. Envoie la même commande pour recommencer.
question-dropped-announcement = J'ai mis de côté l'annonce que tu écrivais. Envoie /announce pour recommencer.
question-dropped-setup = J'ai mis de côté la configuration du groupe que tu avais commencée. Envoie /setup pour recommencer.
