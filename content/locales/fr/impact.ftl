# Le rapport du programme (/impact, `peerbot impact`) : les chiffres de tous les groupes pour
# les admins et les financeurs ; tout chiffre portant sur moins de 5 personnes est masqué.

cmd-impact = Rapport du programme pour tous les groupes (PDF et CSV)
impact-pick =
    📊 <b>Rapport du programme</b>

    Quelle période doit-il couvrir ? Tu recevras un PDF à lire et un CSV pour les tableurs. Tout chiffre portant sur moins de 5 personnes est masqué.
btn-impact-month = Le mois dernier
btn-impact-quarter = Le trimestre dernier
btn-impact-year = L'année dernière
btn-impact-month-compare = Le mois dernier, avec le précédent
btn-impact-quarter-compare = Le trimestre dernier, avec le précédent
btn-impact-year-compare = L'année dernière, avec la précédente
impact-working = Je prépare le rapport ({ $period }). Il arrive dans un instant.
impact-caption-pdf = <b>Rapport du programme</b>, { $period }. Personne n'est nommé, et les chiffres portant sur moins de 5 personnes sont masqués.
impact-caption-csv = Les mêmes chiffres en CSV, pour les tableurs.
impact-no-groups = Il n'y a encore aucun groupe, donc rien à présenter.

impact-title = Rapport du programme
impact-period = du { $start } au { $end }
impact-compared = comparé à la période du { $start } au { $end }
impact-all-groups = Tous les groupes
impact-fewer = moins de 5
impact-protected = masqué (voir la note)
impact-none = rien encore
impact-minutes = { $minutes } min
impact-points = { $points } pts
impact-score = { $score } sur 5
impact-legend-current = Cette période
impact-legend-earlier = Période précédente
impact-was = avant { $value }
impact-section-people = Personnes
impact-section-meetings = Rencontres
impact-section-care = Bien-être et sécurité
impact-page = Page { $page } sur { $pages }
impact-made = Établi le { $date }. Personne n'est nommé dans ce rapport.
impact-key-figures = En bref : tous les groupes

impact-metric-participation = Membres actifs
impact-metric-new-members = Nouveaux membres
impact-metric-retention-4w-percent = Toujours là après 4 semaines
impact-metric-retention-12w-percent = Toujours là après 12 semaines
impact-metric-attendance-yes = Réponses « J'y serai »
impact-metric-attendance-per-meeting = « J'y serai » par rencontre
impact-metric-felt-safe-mean = Sentiment de sécurité (1 à 5)
impact-metric-felt-heard-mean = Sentiment d'être écouté (1 à 5)
impact-metric-wellbeing-change-8w = Évolution de la détresse à 8 semaines (PHQ-4, sous 0 c'est mieux)
impact-metric-wellbeing-change-12w = Évolution de la détresse à 12 semaines (PHQ-4, sous 0 c'est mieux)
impact-metric-crisis-flags = Alertes de crise
impact-metric-time-to-human-median-minutes = Délai avant la réponse d'une personne (médiane)
impact-metric-alerts-per-facilitator-median = Alertes par personne qui anime (médiane)
impact-metric-alerts-per-facilitator-max = Alertes par personne qui anime (maximum)

impact-methods-title = Comment lire ce rapport
impact-methods-intro = Ce rapport compte ce que les membres ont fait avec le bot, jamais ce qu'ils ont dit. Personne n'est nommé, et les chiffres viennent des propres registres du bot pour les jours de la période (UTC).
impact-about-participation = Membres actifs : les membres qui ont utilisé le bot au moins une fois pendant la période (un message ou un bouton).
impact-about-new-members = Nouveaux membres : les membres qui ont rejoint un groupe par le bot pendant la période.
impact-about-retention-4w-percent = Toujours là après 4 semaines : parmi les membres arrivés pendant la période au moins 4 semaines avant sa fin, la part qui a de nouveau utilisé le bot 4 semaines ou plus après son arrivée.
impact-about-retention-12w-percent = Toujours là après 12 semaines : la même chose, 12 semaines après l'arrivée.
impact-about-attendance-yes = Réponses « J'y serai » : combien de fois des membres ont dit qu'ils viendraient à une rencontre du groupe pendant la période.
impact-about-attendance-per-meeting = « J'y serai » par rencontre : ces réponses divisées par le nombre de rencontres qui en ont eu au moins une.
impact-about-felt-safe-mean = Sentiment de sécurité : la réponse moyenne, de 1 (pas du tout) à 5 (tout à fait), à « À quel point t'es-tu senti·e en sécurité ? » après une rencontre. Les réponses ne portent aucun nom, donc seules les rencontres avec 5 réponses ou plus dans une semaine comptent.
impact-about-felt-heard-mean = Sentiment d'être écouté : la même chose pour « À quel point t'es-tu senti·e écouté·e ? ».
impact-about-wellbeing-change-8w = Évolution du bien-être : pour les membres qui ont choisi de faire le bilan de bien-être (PHQ-4, de 0 à 12, plus bas c'est mieux), l'évolution moyenne entre leurs premières réponses et celles après 8 semaines, données pendant la période. Un nombre négatif veut dire moins de détresse.
impact-about-wellbeing-change-12w = La même chose après 12 semaines.
impact-about-crisis-flags = Alertes de crise : les moments où le bot a vu qu'une personne pouvait être en danger et a prévenu les personnes qui animent le groupe.
impact-about-time-to-human-median-minutes = Délai avant la réponse d'une personne : la valeur du milieu des minutes entre une alerte et sa prise en charge par la première personne de l'équipe.
impact-about-alerts-per-facilitator-median = Alertes par personne qui anime : combien d'alertes chaque personne qui anime le groupe a reçues, en valeur du milieu et au maximum reçu par quelqu'un. Personne de l'équipe n'est nommé.
impact-methods-hidden = Pourquoi certains chiffres disent « moins de 5 » : un chiffre qui porte sur 1 à 4 personnes n'est jamais montré, car avec si peu de monde un nombre pourrait désigner quelqu'un. Un chiffre qui ne porte sur personne est montré comme 0 ou « rien encore ».
impact-methods-protected =
    { $count ->
        [0] Aucun chiffre portant sur 5 personnes ou plus n'a dû être masqué dans ce rapport.
        [one] Un chiffre portant sur 5 personnes ou plus indique « masqué (voir la note) » : il est masqué aussi, pour qu'un chiffre sur moins de 5 personnes ne puisse pas se déduire en retirant les groupes affichés de « Tous les groupes ».
       *[other] { $count } chiffres portant sur 5 personnes ou plus indiquent « masqué (voir la note) » : ils sont masqués aussi, pour qu'un chiffre sur moins de 5 personnes ne puisse pas se déduire en retirant les groupes affichés de « Tous les groupes ».
    }
impact-methods-rounded = Les effectifs (membres actifs et nouveaux, réponses « J'y serai », alertes de crise) sont arrondis au multiple de 5 le plus proche, pour que deux rapports, comme une année et ses trimestres, ne puissent jamais être soustraits pour révéler un petit nombre masqué. Les pourcentages, les notes et les durées sont calculés à partir des chiffres exacts.
impact-methods-pooled = « Tous les groupes » compte une seule fois chaque membre de chaque groupe : un groupe nouveau ou petit y compte donc, même quand ses propres chiffres sont masqués.
impact-methods-compare = L'évolution par rapport à la période précédente n'est montrée que lorsque les chiffres des deux périodes sont montrés.
