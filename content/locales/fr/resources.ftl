# /resources : parcourir et chercher dans l'annuaire ; l'équipe de facilitation ajoute et modifie des ressources.

resources-choose = Quel type d'aide cherches-tu ? Choisis un thème, ou envoie /resources suivi de quelques mots (par exemple /resources logement).
resources-empty-query = Je n'ai trouvé aucun mot à chercher là-dedans. Choisis plutôt un thème :
resources-none = Je n'ai rien trouvé pour « { $words } ». Tu peux essayer d'autres mots.
resources-general = Je peux chercher quelque chose de précis pour toi : envoie /resources suivi d'un thème, par exemple /resources logement.
resources-pick-topic = Ou choisis un thème ci-dessous pour voir ce que j'ai pour ton pays.
resources-found = <b>Ce que j'ai trouvé pour « { $words } »</b>
resources-in-category = <b>{ $category }</b>
resources-none-in-category = Je n'ai encore rien dans « { $category } » pour ton pays. Envoie /crisis si tu as besoin de parler à quelqu'un maintenant.
resource-open = 🟢 ouvert en ce moment
resource-closed = ⚪ fermé en ce moment
resource-hours = 🕒 { $hours }
# Opening hours that are the same every day of the week.
resource-every-day = Tous les jours

resources-add-which-group = Pour quel groupe est cette ressource ?
resources-ask-name = Comment s'appelle le service ? (par exemple : Point Info Logement du quartier)
resources-ask-description = En une ou deux phrases : que propose-t-il, et à qui ?
resources-ask-category = Quel thème lui correspond le mieux ?
resources-ask-phone = Son numéro de téléphone, s'il en a un (chiffres, espaces et + uniquement).
resources-ask-website = Son site web, s'il en a un (par exemple exemple.org).
resources-bad-name = Envoie un nom de 2 à 80 caractères, s'il te plaît.
resources-bad-description = Envoie une description de 5 à 400 caractères, s'il te plaît.
resources-bad-phone = Ça ne ressemble pas à un numéro de téléphone. Utilise uniquement des chiffres, des espaces et le +, ou appuie sur Passer.
resources-bad-website = Ça ne ressemble pas à une adresse de site web (par exemple exemple.org). Réessaie, ou appuie sur Passer.
resources-preview = Voici comment les membres la verront :
resources-saved = Enregistrée : { $name }. Les membres peuvent déjà la trouver.
resources-cancelled = D'accord, rien n'a été enregistré.
resources-mine = Les ressources de tes groupes. Touches-en une pour la modifier ou la retirer :
resources-mine-none = Tes groupes n'ont encore aucune ressource ajoutée depuis la discussion. Ajoutes-en une avec /addresource.
resources-not-yours = Tu ne peux modifier que les ressources de tes propres groupes. Les ressources qui viennent des fichiers du bot se modifient en éditant ces fichiers.
resources-updated = Mise à jour : { $name }.
resources-retired = Retirée : { $name }. Elle n'apparaît plus.
resources-reloaded = Fichiers de ressources relus. Ajouts : { $added }, modifications : { $changed }, retraits : { $removed }.
resources-reload-failed = Les fichiers de ressources ont un problème, donc rien n'a changé : { $problem }
btn-skip = Passer
btn-save = Enregistrer
btn-cancel = Annuler
btn-edit-name = Changer le nom
btn-edit-description = Changer la description
btn-edit-phone = Changer le téléphone
btn-edit-website = Changer le site web
btn-retire = La retirer
cmd-resources = Trouver de l'aide près de chez toi ou en ligne
cmd-addresource = Ajouter une ressource (facilitation)
cmd-myresources = Modifier les ressources de tes groupes (facilitation)
cmd-reload = Relire les fichiers de ressources (admins)
