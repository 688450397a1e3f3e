# Accueil : /start, langue, consentement, fuseau horaire, rejoindre un groupe.
# Les arguments entre { $accolades } sont remplis par le bot ; garde-les. Balises HTML permises : <b>, <i>, <a>.

start-choose-language =
    Salut { $name } ! 👋
    Je suis le bot qui accompagne ton groupe de soutien entre pairs.

    Dans quelle langue veux-tu que je te parle ?

start-agreed = ✅ Tu as accepté. Tu peux changer d'avis à tout moment avec /forget.

start-explain =
    Voici ce que je fais, en termes simples :

    • Je te dis quand et où ton groupe se réunit, et comment le rejoindre en ligne.
    • Si tu veux, je peux te demander une fois par jour comment tu te sens.
    • Je te montre où trouver de l'aide, y compris des lignes d'écoute de crise.

    <b>Ce que je garde sur toi :</b> ton prénom, ton nom d'utilisateur Telegram, ta langue, ton fuseau horaire, les groupes que tu as rejoints, et les dates où tu m'as utilisé (jamais ce que tu as écrit ; pour des totaux anonymes du groupe). Rien d'autre, sauf si tu actives une fonction.

    <b>Sécurité :</b> je lis les messages que tu m'envoies, et ceux des groupes que je peux voir, pour y repérer des mots et des façons de dire les choses qui peuvent signifier que quelqu'un est en danger (une liste de mots et un petit modèle qui fonctionne à l'intérieur du bot ; pour cela, tes messages ne vont nulle part ailleurs). Si j'en repère, je te donne des lignes d'écoute et je préviens discrètement l'équipe de facilitation de ton groupe (des pairs formés), pour qu'une personne puisse prendre contact avec toi. Je garde un court extrait de ce message pendant { $days } jours pour qu'elle sache ce qui s'est passé ; je ne garde rien de tes autres messages.

    Tu peux voir tout ce que je garde avec /mydata et tout effacer avec /forget, à tout moment.

    Est-ce que ça te va ?

btn-agree = Oui, ça me va
btn-decline = Non, merci

start-declined =
    Aucun problème. Je n'ai rien gardé sur toi.
    Si tu changes d'avis, envoie simplement /start à nouveau. /help fonctionne toujours.

start-ask-timezone =
    Merci. Une dernière chose : dans quel fuseau horaire es-tu ? Je m'en sers pour les horaires des réunions et les rappels.
    Pour l'instant, j'ai <b>{ $timezone }</b>.

    Choisis-en un ci-dessous, ou tape son nom (par exemple Europe/Paris ou Montréal).

btn-keep-timezone = Garder { $timezone }

start-done =
    Tout est prêt, { $name }. 🌱
    Envoie /help pour voir ce que je peux faire. Je suis content que tu sois là.

start-welcome-back =
    Bon retour, { $name } ! 🌱
    Envoie /help pour voir ce que je peux faire, ou /settings pour changer ta langue ou ton fuseau horaire.

group-joined = Tu as rejoint <b>{ $group }</b>. Bienvenue ! 🤝
group-already-joined = Tu fais déjà partie de <b>{ $group }</b>.
invite-invalid = Ce lien d'invitation ne fonctionne plus. Demande un nouveau lien à l'équipe de facilitation de ton groupe.

timezone-set = C'est noté : ton fuseau horaire est maintenant <b>{ $timezone }</b>.
timezone-unknown =
    Je ne connais pas le fuseau horaire « { $text } ».
    Tape un nom comme Europe/Paris, America/Montreal ou simplement une grande ville près de chez toi (Paris, Montréal).
timezone-did-you-mean = Je ne sais pas trop quel fuseau horaire est « { $text } ». Tu voulais dire l'un de ceux-ci ? Touche-le, ou écris une autre ville près de chez toi.

# Utilisé à la place d'un prénom vide une fois les caractères invisibles retirés.
name-fallback = ami·e
