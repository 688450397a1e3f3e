# Vie privée : /privacy, /mydata, /forget, /stop.

privacy-text =
    <b>Ta vie privée</b>

    <b>Ce que je garde :</b> ton numéro d'utilisateur Telegram (pas ton numéro de téléphone), ton prénom et ton nom d'utilisateur, la langue et le fuseau horaire que tu as choisis, les groupes que tu as rejoints par mon intermédiaire, et le moment où tu as donné ton accord.
    <b>Pourquoi :</b> pour te répondre dans ta langue, afficher les heures dans ton fuseau horaire, et savoir quelles réunions et quelle équipe de facilitation sont celles de ton groupe.
    <b>Tes messages :</b> je lis les messages que tu m'envoies, et ceux des groupes que je peux voir, pour y repérer des mots et des façons de dire les choses qui peuvent signifier que quelqu'un est en danger (une liste de mots et un petit modèle qui fonctionne à l'intérieur du bot ; pour cela, tes messages ne vont nulle part ailleurs). Si j'en repère, je t'envoie des lignes d'écoute et l'équipe de facilitation de ton groupe est prévenue (ton nom, l'endroit, et un court extrait avec les mots inquiétants) pour qu'un pair formé puisse prendre contact avec toi. Je garde cet extrait et ton nom avec l'alerte pendant { $days } jours, puis il ne reste qu'un décompte anonyme. Je ne garde pas tes autres messages.
    <b>Signalements et inquiétudes :</b> si tu signales un message (/report) ou me dis que tu t'inquiètes pour quelqu'un (/worried), je garde que c'était toi, de qui il s'agissait et tes mots pendant { $days } jours, pour les animateurs du groupe ; ils voient tes mots mais pas ton nom, et la personne n'est jamais prévenue.
    <b>Jours où tu m'as utilisé :</b> la date (jamais ce que tu as écrit) de chaque jour où tu m'écris ou appuies sur un bouton, conservée { $activity_days } jours, pour que l'équipe de facilitation puisse voir des totaux anonymes, comme le nombre de membres actifs ce mois-ci. Jamais qui : tout chiffre qui vient de moins de 5 personnes est masqué.
    <b>Si tu les actives :</b> les rappels de réunion (quelles réunions, combien de temps avant, tes heures de silence, et si tu as dit que tu viendrais) et les points quotidiens (ton heure et tes jours, l'humeur de chaque jour, et les notes que tu ajoutes). Les notes sont supprimées au bout de { $note_days } jours ; les humeurs restent jusqu'à ce que tu les effaces. Les personnes de l'équipe de facilitation ne voient jamais tes points quotidiens : si tu demandes à l'une d'elles de prendre contact avec toi (ou si tu as accepté qu'elles puissent le faire après quelques jours difficiles), on leur dit seulement que tu aimerais discuter.
    <b>Nouveau dans un groupe :</b> pendant tes premières heures dans un groupe, le moment où tu l'as rejoint (pour qu'un animateur regarde d'abord tes liens), effacé ensuite. Si les personnes qui gèrent ce bot bloquent un compte pour spam, son numéro d'utilisateur reste sur leur liste de blocage même après /forget, pour que le blocage tienne.
    <b>Avis et point bien-être :</b> après une réunion où vous aviez dit venir, je peux vous demander comment c'était ; votre réponse est gardée sans votre nom. Le point bien-être a son propre oui ou non : /wellbeing vous le montre, et vous pouvez y arrêter et supprimer vos réponses.
    <b>Combien de temps :</b> jusqu'à ce que tu les effaces avec /forget, ou jusqu'à ce que ton groupe arrête de m'utiliser.
    <b>Qui les voit :</b> uniquement les personnes qui gèrent ce bot pour ta communauté. L'équipe de facilitation ne voit que des totaux, jamais tes propres réponses, sauf si tu es en danger.

    /mydata t'envoie un fichier avec tout. /forget efface tout.

mydata-caption = Voici tout ce que je garde sur toi.
mydata-none = Je ne garde rien sur toi. 🌿

forget-confirm =
    Cela efface tout ce que je garde sur toi : tes réglages, tes groupes et tout ce que tu as activé d'autre. C'est irréversible.
    Veux-tu que je t'oublie ?
forget-confirm-staff =
    <b>Tu fais partie de l'équipe ici.</b>{ $group_count ->
        [0] {""}
       *[other] {" "}Effacer tes données te retire aussi de l'équipe de facilitation de : { $groups }.
    }{ $admin ->
        [yes] {" "}Ton rôle d'admin disparaît aussi (sauf s'il est défini dans les réglages du bot).
       *[no] {""}
    }{ $held ->
        [0] {""}
        [one] {" "}L'alerte que tu avais prise en charge revient aux autres personnes qui la suivent, et elles seront prévenues.
       *[other] {" "}Les { $held } alertes que tu avais prises en charge reviennent aux autres personnes qui les suivent, et elles seront prévenues.
    }
btn-forget-yes = Oui, oublie-moi
btn-no = Non, ne rien effacer
forget-done =
    C'est fait. J'ai effacé tout ce que je gardais sur toi.
    Prends soin de toi. Si un jour tu veux revenir, envoie /start.
forget-cancelled = D'accord, rien n'a été effacé.
forget-nothing = Je ne garde rien sur toi, donc il n'y a rien à effacer.

stop-done =
    D'accord. Je ne t'enverrai plus rien de moi-même (ni rappels, ni points quotidiens).
    Tu peux toujours me demander des choses à tout moment, et tes réglages restent jusqu'à ce que tu utilises /forget.
    Si quelque chose que tu écris m'inquiète, l'équipe de facilitation de ton groupe en est toujours avertie, pour que quelqu'un puisse te contacter.
    Tu as changé d'avis ? Réactive les rappels avec /reminders et les points quotidiens avec /checkin.
