# Le journal des actions pour les admins : qui a fait quoi, et quand.

cmd-audit = Actions récentes de l'équipe de facilitation et des admins

audit-header = <b>Actions récentes</b> (les plus récentes en premier ; heures en { $zone })
audit-empty = Rien n'a encore été enregistré.
audit-line = { $when } · <b>{ $who }</b> { $what }
audit-subject = { " " }: { $subject }
audit-subject-alert = { " " }: alerte n° { $subject }
audit-subject-announcement = { " " }: annonce n° { $subject }
audit-subject-request = { " " }: demande n° { $subject }
audit-subject-minutes = { " " }: { $subject } minutes avant
audit-subject-reload = { " " }: { $added } ajoutées, { $changed } modifiées, { $removed } retirées
audit-in-group = { " " }· { $group }
audit-someone = quelqu'un (n° { $id })
audit-nobody = la ligne de commande, ou quelqu'un qui a effacé ses données
audit-unknown-action = a fait « { $action } »
btn-audit-older = ⬅️ Plus anciennes

audit-role-add = a ajouté une personne facilitatrice
audit-role-remove = a retiré une personne facilitatrice
audit-meeting-add = a ajouté une réunion
audit-meeting-edit = a modifié une réunion
audit-meeting-cancel = a annulé une réunion
audit-meeting-move = a déplacé une réunion
audit-meeting-end = a arrêté une série de réunions
audit-meeting-group-post = a modifié le rappel de réunion dans le chat du groupe (minutes)
audit-meeting-group-news = a activé ou désactivé les nouvelles des réunions dans le chat du groupe
audit-resource-add = a ajouté une ressource
audit-resource-edit = a modifié une ressource
audit-resource-retire = a retiré une ressource
audit-flag-acknowledged = a pris en charge une alerte de crise (« Je m'en occupe »)
audit-flag-resolved = a résolu une alerte de crise
audit-flag-false-alarm = a marqué une alerte de crise comme fausse alerte
audit-flag-open = a rouvert une alerte de crise
audit-flag-note = a écrit une note de transmission sur une alerte de crise
audit-flag-reopened = a rouvert une alerte de crise fermée
audit-flag-erased = (le membre a effacé ses données pendant que son alerte de crise était ouverte)
audit-flag-member-erased = (le membre a effacé ses données pendant que son alerte de crise était ouverte)
audit-flag-handed-back = (une alerte de crise est revenue à tout le monde : la personne qui l'avait prise en charge est partie)
audit-oncall-rotation = a modifié le roulement des permanences
audit-oncall-participants = a modifié qui fait partie du roulement des permanences
audit-oncall-take = a pris la permanence
audit-oncall-handover = a passé la permanence à
audit-announce-send = a envoyé une annonce
audit-announce-cancel = a annulé une annonce
audit-group-setup = a configuré un groupe
audit-content-reload = a rechargé les fichiers de ressources
