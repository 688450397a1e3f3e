# Textes de /announce : l'équipe de facilitation et les admins envoient un message à tous les membres d'un groupe.

cmd-announce = Envoyer une annonce aux membres d'un groupe

ann-private-only = Les annonces se préparent dans notre discussion privée, pour que le groupe ne voie pas les brouillons. Ouvre une discussion privée avec moi et envoie /announce.
ann-no-groups = Je ne suis encore dans aucun groupe, donc il n'y a personne à qui faire une annonce.
ann-pick-group = Pour quel groupe est cette annonce ?
ann-not-allowed = Tu peux seulement envoyer des annonces aux groupes que tu facilites.
ann-ask-text =
    Que doivent recevoir les membres de <b>{ $title }</b> ?
    Envoie-moi le message en texte simple (jusqu'à { $max } caractères). Envoie /cancel pour arrêter.
ann-empty = Ce message est vide. Envoie-moi le texte de l'annonce, s'il te plaît.
ann-too-long = Ce message fait { $length } caractères ; une annonce peut en faire { $max } au maximum. Raccourcis-le et renvoie-le, s'il te plaît.
ann-text-only = Pour l'instant, les annonces ne peuvent contenir que du texte. Envoie le message en texte simple, s'il te plaît.
ann-preview-intro = Voici exactement ce que les membres recevront :
ann-preview-audience =
    L'annonce sera envoyée à { $count ->
        [one] { $n } membre
       *[other] { $n } membres
    } de <b>{ $title }</b>.
ann-nobody = Personne dans <b>{ $title }</b> ne peut encore recevoir d'annonces : aucun membre n'a rejoint le groupe par mon intermédiaire, ou les membres m'ont demandé de ne pas leur écrire. Rien n'a été envoyé.
ann-dropped = D'accord, l'annonce n'a pas été envoyée.
btn-ann-send = ✅ Envoyer
btn-ann-change = ✏️ Modifier le texte
btn-ann-cancel = ✖️ Annuler
btn-ann-stop-sending = ✋ Arrêter l'envoi

ann-message =
    📣 <b>Annonce pour { $title }</b>

    { $text }

ann-progress =
    📣 Envoi de l'annonce à <b>{ $title }</b>
    { $done } sur { $total } envoyés
ann-eta-unknown = Calcul du temps restant…
ann-eta-seconds = Encore environ { $count } secondes
ann-eta-minutes =
    Encore environ { $count ->
        [one] { $count } minute
       *[other] { $count } minutes
    }
ann-eta-hours =
    Encore environ { $count ->
        [one] { $count } heure
       *[other] { $count } heures
    }

ann-report-done = ✅ L'annonce a été envoyée.
ann-report-cancelled = ✋ L'annonce a été annulée.
ann-report-group = Groupe : <b>{ $title }</b>
ann-report-delivered = Messages remis : { $n }
ann-report-blocked = Ont bloqué le bot : { $n }
ann-report-failed = Non remis (autres raisons) : { $n }
ann-report-not-sent = Pas envoyés : { $n }
ann-cancel-refused = Cette annonce ne peut être annulée que par la personne qui l'a écrite, l'équipe de facilitation de son groupe ou un admin.
ann-cancel-too-late = L'envoi de cette annonce est déjà terminé.
