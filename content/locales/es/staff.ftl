# Textos para facilitación y administración: ayuda, revisión de alertas, guardias.

help-facilitator-extra =

    <b>Para facilitadores</b>
    /flags – alertas de crisis abiertas y recientes
    /flag N – una alerta con su historial
    /oncall – quién está de guardia; tomar o pasar un turno
    /skip – no dejar nota de traspaso al resolver una alerta
    /addmeeting – añadir una reunión, pregunta a pregunta
    /editmeeting – cambiar una reunión, o el recordatorio del chat del grupo
    /cancelmeeting – cancelar una reunión (se avisa a los miembros)
    /movemeeting – cambiar de fecha u hora una reunión (se avisa a los miembros)
    /endmeeting – terminar una serie de reuniones
    /addresource – añadir un recurso para tu grupo
    /myresources – editar o retirar los recursos de tus grupos
    /announce – enviar un mensaje a todos los miembros de tu grupo
    /stats – las cifras de tu grupo, anónimas (/stats 90 para 90 días)
    /warn, /mute 1h, /ban, /hold + un motivo – como respuesta al mensaje de alguien en el grupo (/unmute, /unban lo deshacen)

staff-only = Esto es para facilitadores y administradores.

flags-none = No hay alertas abiertas ni de los últimos 7 días. 🌿
flags-header = <b>Alertas abiertas y recientes</b>
flags-item = n.º { $id } · { $tier } · { $state } · { $when } · { $where }
flags-footer = Envía /flag y un número (por ejemplo /flag { "" }12) para ver una con su historial.
flags-private = chat privado
flag-state-open = ⏳ esperando
flag-state-unreached = ⚠️ no se pudo avisar a nadie
flag-state-exhausted = ⚠️ nadie la ha atendido
flag-state-acknowledged = ✅ atendida
flag-state-resolved = ☑️ resuelta
flag-state-false_alarm = ⚪ falsa alarma
flag-state-erased = 🗑 borrada por el miembro
flag-usage = Envía /flag con el número de la alerta, por ejemplo /flag 12.
flag-timeline = <b>Historial</b>

event-raised = { $when } creada ({ $tier })
event-notified = { $when } alerta enviada a { $count } { $count ->
        [one] persona
       *[other] personas
    }
event-escalated = { $when } sin atender: paso { $step }, enviada a { $count } { $count ->
        [one] persona
       *[other] personas
    }
event-delivered = { $when } entregada a { $name }
event-failed = { $when } no se pudo avisar a { $name }
event-unreached = { $when } ⚠️ no se pudo avisar a nadie
event-exhausted = { $when } último aviso enviado: nadie la ha atendido todavía
event-repeat = { $when } otro mensaje preocupante
event-tier-raised = { $when } mensaje más urgente: se avisó de nuevo
event-acknowledged = { $when } la atiende { $name }
event-resolved = { $when } resuelta por { $name }
event-false_alarm = { $when } marcada como falsa alarma por { $name }
event-note = { $when } nota de traspaso de { $name }
event-repeated = { $when } sigue sin atender: enviada de nuevo a { $count } { $count ->
        [one] persona
       *[other] personas
    }
event-member-told = { $when } se avisó al miembro de que nadie la ha atendido todavía, y se le enviaron las líneas otra vez
event-group-asked = { $when } no se pudo avisar a nadie: se pidió en el grupo que una persona facilitadora abra el bot
event-reached-again = { $when } se pudo volver a avisar a { $name }: alerta enviada
event-reopened = { $when } reabierta por { $name }
event-member-erased = { $when } el miembro borró sus datos (/forget): cerrada
event-group-joined = { $when } el miembro se unió a otro grupo: se avisó a sus facilitadores
event-handed-back = { $when } la persona que la atendía se fue: abierta de nuevo

digest-header = 📋 <b>{ $count ->
        [one] 1 alerta de crisis sigue
       *[other] { $count } alertas de crisis siguen
    } sin cerrar</b>
digest-item = n.º { $id } · { $tier } · { $state } · { $hours } h · { $where }
digest-footer = Envía /flag y un número para ver una y actuar sobre ella.
staff-left-group = ⚠️ «{ $title }» ya no tiene facilitadores: la última persona facilitadora borró sus datos. Las alertas de crisis de ese grupo llegarán a los administradores hasta que añadas a alguien con /facilitators.

oncall-group = { $title }
oncall-nobody = Nadie está de guardia: las alertas llegan a la vez a todas las personas facilitadoras del grupo.
oncall-now = De guardia ahora: { $name }, hasta { $until }.
oncall-no-rotation = Sin turnos rotativos.
oncall-rotation-daily = Turnos: diarios, cambio a las { $time } ({ $zone }).
oncall-rotation-weekly = Turnos: semanales, cambio a las { $time } ({ $zone }).
oncall-no-facilitators = ⚠️ Este grupo aún no tiene facilitadores: las alertas llegan a la administración.
oncall-no-groups = Todavía no estoy en ningún grupo.
btn-oncall-take = Tomar el turno
btn-oncall-give = Pasar el turno a { $name }
btn-rotation-daily = Turnos diarios
btn-rotation-weekly = Turnos semanales
btn-rotation-who = Quién hace turnos
oncall-who = ¿Quién hace turnos en { $title }? Toca un nombre para incluirlo o dejarlo fuera. En orden: { $names }.
btn-rotation-off = Sin turnos
oncall-taken = Estás de guardia en { $title } hasta { $until }. Gracias.
oncall-handed = { $name } está de guardia en { $title } hasta { $until }.
oncall-handed-to-you = { $name } te ha pasado el turno de guardia en { $title } hasta { $until }.
oncall-taken-from-you = { $name } ha tomado el turno de guardia en { $title } hasta { $until }. Ya no estás de guardia; gracias.
oncall-ask-handover = ¿A qué hora cambia el turno en { $title }?
oncall-rotation-set-daily = { $title } tiene ahora turnos diarios a las { $time } ({ $zone }), empezando por la primera persona que hace turnos. Toca «Quién hace turnos» para elegirlas.
oncall-rotation-set-weekly = { $title } tiene ahora turnos semanales a las { $time } ({ $zone }), empezando hoy por la primera persona que hace turnos. Toca «Quién hace turnos» para elegirlas.
oncall-rotation-off = { $title } ya no tiene turnos: las alertas llegan a la vez a todas sus personas facilitadoras.
oncall-not-allowed = No puedes cambiar eso.
oncall-on-break = Estás tomándote un descanso, así que te he dejado fuera de las guardias. Descansa. Cuando vuelvas, envía /break y toca «He vuelto»; después podrás tomar un turno.

status-header = <b>Lo que puedo ver y hacer en cada grupo</b>
status-group = <b>{ $title }</b>
status-settings = 🕒 Zona horaria: { $timezone } · 🗣 Idioma de mis mensajes: { $language }
status-unreachable = ⚠️ Ya no puedo escribir en este grupo: me sacaron o no me dejan enviar mensajes. Para arreglarlo, vuelve a añadirme al grupo (o déjame enviar mensajes allí) y luego envía /status para comprobarlo.
status-can-post = ✅ Puedo escribir aquí.
status-admin = ✅ Soy administrador aquí, así que veo todos los mensajes y puedo darme cuenta si alguien puede estar en peligro. No necesito permisos especiales: borrar, fijar o expulsar no hacen falta, así que puedes quitarlos.
status-privacy-off = ✅ No soy administrador, pero mi modo privacidad está desactivado, así que veo todos los mensajes y puedo darme cuenta si alguien puede estar en peligro.
status-privacy-on = ⚠️ Aquí solo veo comandos y respuestas a mis mensajes, así que no puedo darme cuenta si alguien está en peligro. Para arreglarlo, haz una de estas dos cosas: hazme administrador del grupo (sin permisos especiales), o en @BotFather envía /setprivacy, elige este bot, elige Disable, y luego sácame del grupo y vuelve a añadirme.
status-setup-done = ✅ La configuración está hecha.
status-setup-missing = ⚠️ Falta terminar la configuración: envía /setup para elegir el nombre del grupo, la zona horaria, el idioma y el recordatorio de las reuniones.
status-no-facilitators = ⚠️ Todavía no hay facilitadores: mientras tanto, las alertas van a los administradores. Añade uno con /facilitators.
status-facilitators = ✅ { $count ->
        [one] 1 facilitador.
       *[other] { $count } facilitadores.
    }
status-no-meetings = ⚠️ Todavía no hay reuniones: añade una con /addmeeting.
status-meetings = ✅ { $count ->
        [one] 1 reunión.
       *[other] { $count } reuniones.
    }
cmd-status = Lo que veo en cada grupo (administración)
