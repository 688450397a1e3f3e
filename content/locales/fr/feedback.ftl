# Avis après une réunion : deux questions en un geste, gardées sans le nom de la personne.

feedback-ask =
    💬 <b>Comment s'est passé { $meeting } pour vous ?</b>

    Si vous voulez nous le dire, touchez un chiffre : à quel point vous êtes-vous senti·e en sécurité ?
    1 = pas du tout, 5 = tout à fait.

    Votre réponse est gardée sans votre nom, seulement avec la réunion et la semaine. Vous pouvez passer.
feedback-heard =
    Et à quel point vous êtes-vous senti·e écouté·e ?
    1 = pas du tout, 5 = tout à fait.
feedback-thanks = Merci de nous l'avoir dit. Cela aide le groupe à bien prendre soin de chacun. 💛
feedback-skipped = Pas de souci. Merci d'être venu·e.
feedback-closed = Cette question est fermée. Merci quand même.
btn-feedback-skip = Passer
