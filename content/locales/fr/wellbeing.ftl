# Le point bien-être : facultatif, avec son propre consentement ; les questions sont la
# formulation officielle de l'échelle (content/wellbeing/phq4.toml), pas des textes à nous.

cmd-wellbeing = Un court point bien-être, si vous le souhaitez
wellbeing-offer =
    🌱 <b>Un court point bien-être, si vous le souhaitez</b>

    Maintenant, puis après 8 et 12 semaines, je peux vous poser quatre courtes questions sur vos deux dernières semaines. Cela prend une minute. C'est vous qui décidez : dire non ne change rien d'autre.

    Vos réponses vous appartiennent. Les animateurs ne les voient jamais. Le groupe ne voit que l'évolution de cinq personnes ou plus ensemble, jamais les réponses de quelqu'un. /mydata vous les montre, et /forget ou « Arrêter » les supprime.

    Voulez-vous participer ?
wellbeing-item =
    { $stem }

    <b>{ $item }</b>

    Question { $number } sur { $count }
wellbeing-done = Merci. C'est tout pour le moment. Si c'est lourd, vous n'avez pas à le porter seul·e : /crisis vous montre à qui parler tout de suite.
wellbeing-joined = Merci de participer. Je vous reposerai les questions le moment venu.
wellbeing-declined = Très bien. Je ne vous le redemanderai pas. Si vous changez d'avis, /wellbeing est là.
wellbeing-stopped = C'est fait. Vous avez arrêté le point bien-être et vos réponses sont supprimées.
wellbeing-later-ok = Pas de souci. Rien n'a été gardé cette fois.
wellbeing-closed = Ces questions sont fermées. Merci quand même.
wellbeing-unavailable = Le point bien-être utilise des questions validées dans chaque langue, et il n'en existe pas encore de version validée dans votre langue : je ne le propose donc pas. Rien d'autre ne change.
wellbeing-taking-part =
    🌱 Vous participez au point bien-être. Vous avez répondu { $times ->
        [one] une fois
       *[other] { $times } fois
    }. Vous seul·e voyez vos réponses (/mydata).

    Vous pouvez arrêter quand vous voulez : vos réponses sont alors supprimées.
btn-wellbeing-yes = Oui, volontiers
btn-wellbeing-no = Non, merci
btn-wellbeing-later = Pas maintenant
btn-wellbeing-stop = Arrêter et supprimer mes réponses
