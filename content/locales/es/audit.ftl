# El registro de acciones para administradores: quién hizo qué, y cuándo.

cmd-audit = Acciones recientes de facilitadores y administradores

audit-header = <b>Acciones recientes</b> (la más nueva primero; horas en { $zone })
audit-empty = Todavía no hay nada registrado.
audit-line = { $when } · <b>{ $who }</b> { $what }
audit-subject = : { $subject }
audit-subject-alert = : alerta n.º { $subject }
audit-subject-announcement = : anuncio n.º { $subject }
audit-subject-request = : petición n.º { $subject }
audit-subject-minutes = : { $subject } minutos antes
audit-subject-reload = : { $added } nuevos, { $changed } cambiados, { $removed } quitados
audit-in-group = { " " }· { $group }
audit-someone = alguien (n.º { $id })
audit-nobody = la línea de comandos, o alguien que borró sus datos
audit-unknown-action = hizo «{ $action }»
btn-audit-older = ⬅️ Anteriores

audit-role-add = añadió a un facilitador
audit-role-remove = quitó a un facilitador
audit-meeting-add = añadió una reunión
audit-meeting-edit = cambió una reunión
audit-meeting-cancel = canceló una reunión
audit-meeting-move = cambió de hora una reunión
audit-meeting-end = terminó una serie de reuniones
audit-meeting-group-post = cambió el aviso de reunión en el chat del grupo (minutos)
audit-meeting-group-news = activó o desactivó las novedades de reuniones en el chat del grupo
audit-resource-add = añadió un recurso
audit-resource-edit = cambió un recurso
audit-resource-retire = retiró un recurso
audit-flag-acknowledged = se hizo cargo de una alerta de crisis («Me encargo»)
audit-flag-resolved = resolvió una alerta de crisis
audit-flag-false-alarm = marcó una alerta de crisis como falsa alarma
audit-flag-open = reabrió una alerta de crisis
audit-flag-note = escribió una nota de traspaso en una alerta de crisis
audit-flag-reopened = reabrió una alerta de crisis cerrada
audit-flag-erased = (el miembro borró sus datos mientras su alerta de crisis estaba abierta)
audit-flag-member-erased = (el miembro borró sus datos mientras su alerta de crisis estaba abierta)
audit-flag-handed-back = (una alerta de crisis volvió a quedar abierta para todos: la persona que la atendía se fue)
audit-oncall-rotation = cambió el turno de guardia
audit-oncall-participants = cambió quién hace guardias
audit-oncall-take = tomó la guardia
audit-oncall-handover = pasó la guardia a
audit-announce-send = envió un anuncio
audit-announce-cancel = canceló un anuncio
audit-group-setup = configuró un grupo
audit-content-reload = volvió a leer los archivos de recursos
