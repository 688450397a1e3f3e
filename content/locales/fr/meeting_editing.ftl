# L'équipe de facilitation ajoute, modifie, annule, déplace et arrête des réunions (/addmeeting, /editmeeting...).

mte-add-which-group = Pour quel groupe est cette réunion ?
mte-ask-name = Comment s'appelle la réunion ? (par exemple : Cercle du mardi soir)
mte-ask-freq = Elle a lieu à quelle fréquence ?
mte-ask-nth = Quelle semaine du mois ?
mte-ask-day = Quel jour ?
mte-ask-date = À quelle date ? (par exemple { $example } ou { $example_iso })
mte-ask-time = À quelle heure commence-t-elle ? (par exemple 19:00 ou 19h)
mte-ask-duration = Combien de temps dure-t-elle ? Appuie sur une durée, ou écris-la (par exemple 1h30).
mte-ask-zone = Dans quel fuseau horaire est cette heure ? Appuie sur le bouton, ou écris un fuseau ou une grande ville (par exemple Europe/Paris ou Montréal).
mte-ask-place = Où a-t-elle lieu ? Envoie le lieu et son adresse (par exemple : Salle Saint-Michel, 12 rue Haute, Lyon). Si elle a lieu uniquement en ligne, appuie sur le bouton.
mte-ask-link = Quel lien permet de la rejoindre en ligne ? Envoie l'adresse complète, qui commence par https:// — ou appuie sur le bouton s'il n'y en a pas.
mte-ask-notes = Quelque chose que les membres doivent savoir ? (par exemple : sonner à la porte de côté) Envoie-le, ou appuie sur le bouton pour ne rien ajouter.
mte-ask-field = Que veux-tu modifier dans <b>{ $name }</b> ?
mte-ask-on = Quelle date de <b>{ $name }</b> ?
mte-ask-newtime = Quand doit-elle avoir lieu à la place ? Écris la nouvelle date et l'heure, par exemple { $example } 18:00 ou demain 19:30 (fuseau { $zone }).
mte-ask-reason = Tu veux dire pourquoi ? Les membres le liront. Écris quelques mots, ou appuie sur le bouton.
mte-ask-last = Quand a lieu la dernière réunion de <b>{ $name }</b> ? Appuie sur une date, ou écris-en une (par exemple { $example }).

mte-use-buttons = Choisis avec les boutons ci-dessus, ou envoie /cancel pour arrêter.
mte-bad-name = Envoie un nom de 2 à 80 caractères, s'il te plaît.
mte-bad-day = Je n'ai pas compris « { $text } » comme un jour. Appuie sur un jour, ou écris-le, par exemple lundi ou jeudi.
mte-bad-date = Je n'ai pas compris « { $text } » comme une date. Écris-la comme ceci : { $example } ou { $example_iso }.
mte-date-past = « { $text } » est déjà passé (nous sommes le { $today }). Choisis aujourd'hui ou une date plus tard, comme { $example }. Pour l'année prochaine, écris aussi l'année : { $example_next_year }.
mte-bad-time = Je n'ai pas compris « { $text } » comme une heure. Écris-la comme ceci : 19:00 ou 19h.
mte-bad-duration = Je n'ai pas compris « { $text } » comme une durée. Appuie sur un bouton, ou écris-la comme ceci : 90 ou 1h30 (de 5 minutes à 12 heures).
mte-bad-zone = Je ne connais pas le fuseau horaire « { $text } ». Écris un fuseau comme Europe/Paris ou America/Montreal, ou une grande ville comme Paris ou Dakar.
mte-zone-did-you-mean = Je ne sais pas trop quel fuseau horaire est « { $text } ». Tu voulais dire l'un de ceux-ci ? Touche-le, ou écris une autre ville.
mte-bad-place = Envoie le lieu en 2 à 200 caractères, ou appuie sur le bouton si elle a lieu uniquement en ligne.
mte-bad-link = « { $text } » n'est pas un lien que les membres peuvent ouvrir. Envoie l'adresse complète, qui commence par https://, par exemple https://zoom.us/j/123456789
mte-bad-notes = Les notes doivent faire moins de 300 caractères, s'il te plaît.
mte-bad-reason = La raison doit faire moins de 200 caractères, s'il te plaît.
mte-bad-datetime = Je n'ai pas compris « { $text } » comme une date et une heure. Écris-les comme ceci : { $example } 18:00 ou demain 19:30.
mte-datetime-past = « { $text } » est déjà passé (nous sommes le { $today }). Donne une date et une heure à venir, comme { $example } 18:00. Pour l'année prochaine, écris aussi l'année.
mte-need-place-or-link = Les membres doivent savoir où aller ou comment rejoindre la réunion : indique un lieu, un lien en ligne, ou les deux.
mte-once-past = Cette date et cette heure sont déjà passées. À quelle date doit-elle avoir lieu ?

mte-preview = Voici comment les membres la verront :
mte-saved = C'est enregistré : <b>{ $name }</b>. Les membres la voient dans /next.
    Pour annuler ou déplacer une date, utilise /cancelmeeting ou /movemeeting ; pour la modifier, /editmeeting.
mte-stopped = D'accord, j'arrête. Rien n'a été changé.
mte-nothing-to-stop = Il n'y a rien à arrêter pour l'instant.
mte-not-yours = Tu peux seulement modifier les réunions des groupes que tu facilites. Rien n'a été changé.
mte-no-groups = Le bot n'est encore dans aucun groupe. Ajoute d'abord le bot à ton groupe ; ensuite tu pourras ajouter ses réunions ici.

btn-mte-stop = ✖️ Arrêter sans rien changer
btn-mte-weekly = Chaque semaine
btn-mte-biweekly = Toutes les 2 semaines
btn-mte-monthly = Chaque mois (ex. le premier lundi)
btn-mte-once = Une seule fois
btn-mte-nth-1 = 1re
btn-mte-nth-2 = 2e
btn-mte-nth-3 = 3e
btn-mte-nth-4 = 4e
btn-mte-nth-last = Dernière
btn-mte-minutes = { $n } min
btn-mte-keep-zone = Garder { $zone }
btn-mte-online-only = Uniquement en ligne
btn-mte-no-link = Pas de lien en ligne
btn-mte-no-notes = Pas de notes
btn-mte-no-reason = Pas de raison
btn-mte-field-name = Nom
btn-mte-field-schedule = Jour et fréquence
btn-mte-field-time = Heure
btn-mte-field-duration = Durée
btn-mte-field-zone = Fuseau horaire
btn-mte-field-place = Lieu
btn-mte-field-link = Lien en ligne
btn-mte-field-notes = Notes
btn-mte-change-name = ✏️ Modifier le nom
btn-mte-change-schedule = ✏️ Modifier le jour
btn-mte-change-time = ✏️ Modifier l'heure
btn-mte-change-duration = ✏️ Modifier la durée
btn-mte-change-zone = ✏️ Modifier le fuseau
btn-mte-change-place = ✏️ Modifier le lieu
btn-mte-change-link = ✏️ Modifier le lien
btn-mte-change-notes = ✏️ Modifier les notes
btn-mte-last-next = Après la prochaine ({ $date })
btn-mte-last-today = Aujourd'hui est le dernier jour ({ $date })

mte-nth-word-1 = premier
mte-nth-word-2 = deuxième
mte-nth-word-3 = troisième
mte-nth-word-4 = quatrième
mte-nth-word-last = dernier
mte-rule-weekly = 🔁 Chaque { $day }
mte-rule-every = 🔁 Toutes les { $n } semaines, le { $day }
mte-rule-monthly = 🔁 Le { $nth } { $day } de chaque mois
mte-rule-once = 🔁 Une seule fois

mte-edit-choose = Quelle réunion veux-tu modifier ?
mte-cancel-choose = De quelle réunion veux-tu annuler une date ?
mte-move-choose = De quelle réunion veux-tu déplacer une date ?
mte-end-choose = Quelle série de réunions prend fin ?
mte-none = Tes groupes n'ont encore aucune réunion. Ajoutes-en une avec /addmeeting.
mte-no-dates = <b>{ $name }</b> n'a aucune date à venir.
mte-updated = C'est enregistré : <b>{ $name }</b>. Voici comment les membres la voient maintenant :
mte-confirm = Vérifie, s'il te plaît. Voici ce que je vais annoncer :
btn-mte-confirm-cancel = ✅ Oui, annuler cette date
btn-mte-confirm-move = ✅ Oui, la déplacer
btn-mte-confirm-end = ✅ Oui, arrêter la série
btn-mte-confirm-edit = ✅ Oui, enregistrer et prévenir
mte-updated-quiet = Enregistré : <b>{ $name }</b>. Personne n'a reçu de message à ce sujet ; voici ce que voient maintenant les membres :
mte-news-on = activées
mte-news-off = désactivées
btn-mte-group-news = 📣 Nouvelles des réunions dans le chat du groupe : { $state }
btn-mte-group-news-named = 📣 Nouvelles des réunions dans { $group } : { $state }
mte-group-news-saved = { $on ->
    [yes] C'est fait : les changements de réunions seront aussi publiés dans { $group }.
   *[no] C'est fait : les changements de réunions ne seront plus publiés dans { $group }. Seules les personnes qui suivent une réunion seront prévenues.
}
mte-told = { $chat ->
    [yes] { $n ->
        [one] { $n } personne abonnée et le chat du groupe seront prévenus.
       *[other] { $n } personnes abonnées et le chat du groupe seront prévenus.
    }
   *[no] { $n ->
        [0] Personne ne la suit encore ici, donc il n'y a personne à prévenir.
        [one] { $n } personne abonnée sera prévenue.
       *[other] { $n } personnes abonnées seront prévenues.
    }
}
mte-cancel-done = Date annulée : <b>{ $name }</b>, le { $date }.
mte-move-done = C'est déplacé : <b>{ $name }</b> a maintenant lieu le { $when }.
mte-end-done = C'est fait : <b>{ $name }</b> s'arrête après le { $date }.
mte-change-failed = Ça n'a pas pu se faire : cette date a peut-être déjà commencé, la nouvelle heure est peut-être déjà passée, ou la réunion a été modifiée entre-temps. Rien n'a été changé ; recommence, s'il te plaît.

mte-post-off = désactivé
btn-mte-post-off = Désactivé
mte-post-before = { $span } avant
btn-mte-group-post = ⏰ Rappel dans le chat du groupe : { $when }
btn-mte-group-post-named = ⏰ Rappel dans le chat de { $group } : { $when }
mte-post-choose = Combien de temps avant chaque réunion dois-je publier un rappel dans { $group } ?
mte-post-saved = C'est fait. Rappel dans le chat de { $group } : { $when }.
