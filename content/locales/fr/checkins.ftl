# Points quotidiens : la question, les mots d'humeur, les résumés, et ce qu'on dit à l'équipe de facilitation.

checkin-prompt = 🌤 <b>Comment te sens-tu aujourd'hui ?</b>
    Choisis ce qui te correspond le mieux. Il n'y a pas de mauvaise réponse.
checkin-prompt-late = (Ce message arrive un peu en retard : j'ai été hors ligne un moment.)
mood-5 = 😄 5 · Très bien
mood-4 = 🙂 4 · Bien
mood-3 = 😐 3 · Ça va
mood-2 = 😕 2 · Pas bien
mood-1 = 😞 1 · Très mal
checkin-skip-today = Pas aujourd'hui
checkin-weekly-summary = <b>Ta semaine</b>
    { $answered ->
        [one] Tu as répondu une fois
       *[other] Tu as répondu { $answered } fois
    }, avec une humeur moyenne de { $average } sur 5. { $streak ->
        [0] { "" }
        [one] Tu en es à 1 jour d'affilée.
       *[other] Tu en es à { $streak } jours d'affilée.
    }
    Envoie /mood pour voir ton graphique. Ménage-toi cette semaine. 🌱
checkin-request-asked = 🤝 <b>{ $name }</b> aimerait que quelqu'un de l'équipe de facilitation prenne contact après son point du jour. <a href="tg://user?id={ $id }">Ouvrir une discussion</a>. (Ce n'est pas une alerte de crise.)
checkin-request-low_mood = 🤝 <b>{ $name }</b> a passé quelques jours difficiles et a accepté que quelqu'un de l'équipe de facilitation prenne contact. <a href="tg://user?id={ $id }">Ouvrir une discussion</a>. (Ce n'est pas une alerte de crise.)

# « Je prends contact » : le seul bouton d'une demande, et ce que répond un appui.
btn-contact-take = 🙋 Je prends contact
btn-contact-taken = ✅ { $name } prend contact
btn-contact-taken-you = ✅ Tu prends contact
contact-reminder = ⏰ <b>Rappel :</b> personne ne s'est encore proposé pour prendre contact.
contact-withdrawn = 🤝 Cette demande de contact a été retirée. Il n'y a plus rien à faire ici — merci.
contact-claimed = Merci ! Les autres voient que tu prends contact.
contact-yours = Tu as dit que tu prendrais contact. Merci !
contact-already = { $name } a déjà proposé de prendre contact.
contact-not-allowed = Cette demande a été envoyée à d'autres personnes de l'équipe de facilitation, c'est donc à elles d'y répondre. Merci d'avoir proposé ton aide.
contact-gone = Cette demande a été retirée. Il n'y a plus rien à faire.
contact-someone = Quelqu'un
audit-contact-claim = a proposé de prendre contact avec un membre qui l'avait demandé

# /checkin : activer les points quotidiens, le programme, le modifier (côté discussion).
checkin-intro = 🌤 <b>Points quotidiens</b>
    Une fois par jour, à l'heure que tu choisis, je te demanderai comment tu te sens. Un seul clic suffit.
    C'est toi qui décides : tu peux faire une pause ou arrêter à tout moment, et tu es la seule personne à voir tes réponses.

    Quelle heure te convient ? (Ton fuseau horaire : { $zone })
btn-checkin-time-other = Une autre heure…
checkin-time-ask = À quelle heure ? Écris-la comme <b>21:30</b> ou <b>8h</b>.
checkin-time-bad = Désolé, je n'ai pas compris cette heure. Essaie par exemple <b>21:30</b>, <b>08:00</b> ou <b>21h</b>.
checkin-days-ask = Un point à { $time } : quels jours ?
btn-checkin-every-day = Tous les jours
btn-checkin-weekdays = En semaine
btn-checkin-weekends = Le week-end
btn-checkin-choose-days = Choisir les jours…
checkin-days-choose = Touche les jours que tu veux, puis <b>Terminé</b>.
btn-checkin-days-done = Terminé
checkin-days-none = Choisis au moins un jour, s'il te plaît.
checkin-consent-ask = Une dernière question. Si tu enchaînes plusieurs jours difficiles, est-ce que je peux prévenir quelqu'un de l'équipe de facilitation que tu aimerais peut-être discuter ? (Cette personne ne verrait jamais tes réponses.)
btn-checkin-consent-yes = Oui, d'accord
btn-checkin-consent-no = Non, merci
checkin-on = ✅ Points quotidiens activés : { $days } à { $time } ({ $zone }). Prochain : { $next }.
    { $share ->
        [on] Si tu enchaînes plusieurs jours difficiles, je préviendrai quelqu'un de l'équipe de facilitation que tu aimerais peut-être discuter.
       *[other] Je ne parlerai de tes points quotidiens à personne.
    }
    Envoie /pause pour faire une pause, ou /checkin pour changer quoi que ce soit.
checkin-days-every = tous les jours
checkin-days-weekdays = en semaine
checkin-days-weekends = le week-end
checkin-next-none = aucun de prévu
checkin-status = 🌤 <b>Tes points quotidiens</b>
    { $days } à { $time } ({ $zone }). Prochain : { $next }.
checkin-status-paused = ⏸ En pause jusqu'au { $date } inclus.
checkin-status-options = Résumé de la semaine le dimanche : { $summary ->
        [on] activé
       *[other] désactivé
    }
    Prévenir l'équipe de facilitation les jours difficiles : { $share ->
        [on] oui
       *[other] non
    }
btn-checkin-change-time = 🕘 Changer l'heure
btn-checkin-change-days = 📅 Changer les jours
btn-checkin-pause = ⏸ Pause
btn-checkin-summary-on = ✅ Résumé de la semaine : activé
btn-checkin-summary-off = Résumé de la semaine : désactivé
btn-checkin-share-on = ✅ Prévenir l'équipe les jours difficiles : oui
btn-checkin-share-off = Prévenir l'équipe les jours difficiles : non
btn-checkin-off = Désactiver les points quotidiens
checkin-saved = C'est enregistré.
checkin-off-done = Les points quotidiens sont désactivés. Tes anciens points restent ici, rien que pour toi (/mood). Envoie /checkin quand tu veux les réactiver.
checkin-time-choose = À quelle heure veux-tu ton point quotidien ? (Ton fuseau horaire : { $zone })
checkin-days-change = Quels jours veux-tu ton point quotidien ?

# /pause et /resume
checkin-pause-ask = Tu veux faire une pause de combien de temps ? Tu peux aussi écrire, par exemple, /pause 3 (pour 3 jours) ou /pause jusqu'au { $example }.
btn-checkin-pause-1 = 1 jour
btn-checkin-pause-3 = 3 jours
btn-checkin-pause-7 = 1 semaine
btn-checkin-resume = Reprendre maintenant
checkin-paused = ⏸ Points quotidiens en pause jusqu'au { $end } inclus. Ils reprennent le { $resume }. Prends soin de toi ; envoie /resume pour revenir plus tôt.
checkin-pause-bad = Je n'ai pas compris. Essaie <b>/pause 3</b> (3 jours), <b>/pause 7</b> (une semaine) ou <b>/pause jusqu'au { $example }</b>. Une pause dure un an au maximum.
checkin-pause-past = Le { $date } est déjà passé (nous sommes le { $today }). Essaie <b>/pause jusqu'au { $example }</b> ou <b>/pause 3</b> (3 jours).
checkin-not-on = Les points quotidiens sont désactivés, il n'y a donc rien à mettre en pause. Envoie /checkin si tu veux les activer.
checkin-resumed = ▶️ Content de te revoir : les points quotidiens reprennent. Prochain : { $next }.
checkin-not-paused = Les points quotidiens ne sont pas en pause. Prochain : { $next }.

# Répondre à un point quotidien
checkin-thanks = Merci d'avoir fait le point : { $mood }
btn-checkin-note = ✏️ Ajouter une note
btn-checkin-help = 🤝 J'aimerais que l'équipe me contacte
checkin-closed = Ce point est clos — à la prochaine
checkin-skipped = D'accord, pas de point aujourd'hui. À la prochaine.
checkin-skipped-text = Pas de point aujourd'hui. À la prochaine. 🌱
checkin-note-ask = Écris quelques mots — tu es la seule personne à pouvoir les lire.
checkin-note-saved = Ta note est enregistrée.
checkin-note-offer = Je garde ça comme note du jour ? Tu es la seule personne à pouvoir la lire.
btn-checkin-keep-note = ✏️ Garder comme note du jour
btn-checkin-drop-note = Non, merci
checkin-note-not-kept = D'accord, je ne l'ai pas gardé.
checkin-help-sent = J'ai prévenu l'équipe de facilitation de ton groupe. Quelqu'un prendra contact avec toi dès que possible. Si tu as besoin de quelqu'un tout de suite : /crisis
checkin-help-sent-admins = Ton groupe n'a personne dans son équipe de facilitation pour le moment, alors j'ai prévenu les personnes qui gèrent ce bot. L'une d'elles prendra contact avec toi dès que possible. Si tu as besoin de quelqu'un tout de suite : /crisis
checkin-help-already = Tu l'as déjà demandé, et je ne l'ai pas oublié.
checkin-help-nobody = Je n'ai pu joindre personne pour l'instant, mais je vais continuer d'essayer jusqu'à ce que quelqu'un soit disponible. Si tu as besoin de quelqu'un tout de suite : /crisis
checkin-low-run = 💛 On dirait que ces derniers jours ont été durs. Merci de me l'avoir dit ; ce n'est pas rien.
    Si ça te paraît trop lourd, /crisis te donne des personnes à qui parler tout de suite, et /resources du soutien près de chez toi.
    { $told ->
        [yes] Comme convenu, j'ai prévenu l'équipe de facilitation de ton groupe que tu aimerais peut-être discuter.
        [later] Comme convenu, je vais prévenir quelqu'un de l'équipe de facilitation que tu aimerais peut-être discuter. Je n'ai pu joindre personne pour l'instant, mais je continue d'essayer.
       *[other] Si tu veux, quelqu'un de l'équipe de facilitation peut prendre contact avec toi.
    }
btn-checkin-talk = 🤝 Parler à quelqu'un de l'équipe

# /mood : les graphiques et leur résumé
mood-caption = 📈 <b>Tes { $days } derniers jours</b>
    { $answered ->
        [one] { $answered } réponse
       *[other] { $answered } réponses
    } · humeur moyenne { $average } sur 5
    { $streak ->
        [0] { "" }
        [one] Tu en es à 1 jour d'affilée.
       *[other] Tu en es à { $streak } jours d'affilée.
    }
mood-caption-year = 🟩 <b>Ton année en pixels</b>
    { $answered ->
        [one] { $answered } réponse
       *[other] { $answered } réponses
    } · humeur moyenne { $average } sur 5
    { $streak ->
        [0] { "" }
        [one] Tu en es à 1 jour d'affilée.
       *[other] Tu en es à { $streak } jours d'affilée.
    }
mood-caption-best = Meilleurs jours : { $dates }
mood-caption-hardest = Jours les plus durs : { $dates }
mood-none = Pas encore de point ces { $days } derniers jours. Quand tu auras répondu à un point, ton graphique apparaîtra ici. 🌱
mood-bad = Je peux afficher /mood (les 30 derniers jours), /mood 90 ou /mood year.
mood-chart-title = Mon humeur : les { $days } derniers jours
mood-chart-title-year = Mon année en pixels
mood-chart-no-data = Pas encore de point
mood-chart-no-answer = Pas de réponse
mood-word-1 = Très mal
mood-word-2 = Pas bien
mood-word-3 = Ça va
mood-word-4 = Bien
mood-word-5 = Très bien

# Pour /settings et le menu des commandes
settings-checkins = 🌤 Points quotidiens, et prévenir ou non l'équipe de facilitation les jours difficiles : /checkin
btn-settings-checkins = 🌤 Points quotidiens
cmd-checkin = Points quotidiens : activer, désactiver, heure et jours
cmd-mood = Ton graphique d'humeur
cmd-pause = Mettre les points quotidiens en pause
cmd-resume = Reprendre les points quotidiens
