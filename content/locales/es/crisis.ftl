# Apoyo en crisis para miembros y alertas de crisis para facilitadores.

crisis-reply-self =
    { $name }, gracias por contármelo. Me alegra mucho que hayas escrito, y no tienes que pasar por esto a solas.
    { $told ->
        [group] He avisado a una persona facilitadora de tu grupo para que alguien pueda ponerse en contacto contigo.
        [admins] He avisado a las personas que gestionan este bot para que alguien pueda ponerse en contacto contigo.
       *[no] Todavía no he podido avisar a ninguna persona facilitadora, y voy a seguir intentándolo. Mientras tanto, por favor, llama o escribe a una de las líneas de abajo: están para momentos como este.
    }
    Si estás en peligro ahora mismo, llama al número de emergencias.

crisis-reply-other =
    { $name }, parece que alguien que te importa puede estar pasando por algo muy difícil. Gracias por cuidar de esa persona.
    Quédate a su lado si puedes, escucha sin juzgar y pregúntale directamente si está pensando en el suicidio: preguntarlo no le mete la idea en la cabeza. Ayúdale a contactar con una de las líneas de abajo y, si corre peligro inmediato, llama al número de emergencias.
    { $told ->
        [group] También he avisado a una persona facilitadora.
        [admins] También he avisado a las personas que gestionan este bot.
       *[no] {""}
    }

crisis-still-here = Sigo aquí contigo, { $name }. { $told ->
        [group] Una persona facilitadora lo sabe y se pondrá en contacto contigo.
        [admins] Las personas que gestionan este bot lo saben y se pondrán en contacto contigo.
       *[no] Todavía no he podido avisar a nadie y sigo intentándolo; las líneas que te envié están abiertas ahora mismo.
    } Envía /crisis para verlas de nuevo.

crisis-nobody-yet =
    { $name }, quiero hablarte con sinceridad: todavía no he podido avisar a ninguna persona facilitadora. Sigo intentándolo, y voy a seguir haciéndolo.
    Por favor, no esperes a que te escribamos: las personas de las líneas de abajo están ahí ahora mismo. Si estás en peligro, llama al número de emergencias.

# Se publica en un grupo cuando no se puede avisar a ninguna persona facilitadora ni administradora: nada sobre nadie.
staff-wanted-group = 🔔 Hay un mensaje esperando a las personas facilitadoras de este grupo. Si eres una de ellas, abre un chat privado conmigo y envía /start, por favor.

crisis-group-nudge = { $name }, estoy aquí si quieres hablar en privado. Toca el botón de abajo.
btn-talk-privately = Hablar en privado

btn-other-country = 🌍 Otro país
crisis-choose-country = ¿En qué país estás? Te muestro sus líneas de crisis (y lo recuerdo si ya me configuraste).
crisis-lines-header = <b>Personas con las que puedes hablar ahora</b>
crisis-lines-country = Líneas de crisis para { $country }:
lines-call = llamar
lines-text = mensaje de texto
lines-emergency = Número de emergencias
lines-website = Web

crisis-start-help =
    Estoy aquí contigo. No estás solo ni sola, y pedir ayuda importa.
    Cuando te sientas con ánimo, envía /start y te cuento qué más puedo hacer.

alert-title = { $icon } <b>Alerta de crisis n.º { $id }</b> · { $tier }
alert-reminder = ⏰ Nadie la ha atendido todavía (aviso { $round }).
alert-who = <b>Quién:</b>
alert-where-private = <b>Dónde:</b> chat privado con el bot
alert-where-group = <b>Dónde:</b> grupo «{ $title }»
alert-what = <b>Qué:</b> { $category } · { $count ->
        [one] 1 mensaje
       *[other] { $count } mensajes
    } · el primero a las { $time }
alert-state-open = Esperando a que alguien la atienda. Toca «Me encargo» si puedes.
alert-state-acknowledged = ✅ La atiende { $name } desde las { $time }.
alert-state-resolved = ☑️ Resuelta por { $name } a las { $time }.
alert-state-false = ⚪ Marcada como falsa alarma por { $name } a las { $time }.
alert-state-erased = 🗑 Cerrada: el miembro borró sus datos con /forget, después de haber recibido las líneas de crisis.
alert-note = <b>Nota de traspaso:</b> { $note }

# Un mensaje nuevo (Telegram no avisa de las ediciones) encima de la alerta cuando algo cambia.
alert-notice-repeat = { $icon } <b>Alerta n.º { $id }: { $member } ha vuelto a escribir</b>
alert-notice-tier-raised = Ahora es más urgente: { $tier } (antes: { $old }). Su nuevo mensaje:
alert-notice-tier-same = Sigue igual: { $tier }. Su nuevo mensaje:
alert-notice-reopened = { $icon } <b>{ $name } ha reabierto la alerta n.º { $id }</b>: vuelve a necesitar a alguien.
alert-notice-handed-back = { $icon } <b>La alerta n.º { $id } vuelve a necesitar a alguien</b>: la persona que la atendía se ha ido (borró sus datos).
alert-notice-erased = <b>La alerta n.º { $id } está cerrada</b>: el miembro borró sus datos con /forget, después de haber recibido las líneas de crisis. No puedo contarte nada más sobre esa persona.

# Antes de cerrar se pregunta, en el mismo mensaje.
alert-confirm-res = <b>¿Marcar la alerta n.º { $id } como resuelta?</b> Se cierra para todo el mundo.
alert-confirm-fa = <b>¿Marcar la alerta n.º { $id } como falsa alarma?</b> Se cierra para todo el mundo y se dejan de enviar los recordatorios.
alert-someone = alguien

tier-concern = preocupación
tier-high = alta
tier-imminent = peligro inminente

category-ideation = pensamientos de suicidio
category-plan_or_means = un plan o los medios
category-self_harm = autolesión
category-overdose = sobredosis
category-farewell = despedida
category-harm_to_others = daño a otras personas
category-danger_abuse = peligro o maltrato
category-third_party = preocupación por otra persona

btn-ack = Me encargo
btn-resolve = Resuelta
btn-false-alarm = Falsa alarma
btn-taken-by = ✅ La atiende { $name }
btn-confirm-res = ✅ Sí, resuelta
btn-confirm-fa = Sí, falsa alarma
btn-confirm-cancel = ↩ No, volver
btn-reopen = ↩ Reabrir

flag-taken = Has atendido la alerta n.º { $id }. Gracias.
flag-already-taken = { $name } ya atiende la alerta n.º { $id }.
flag-closed = La alerta n.º { $id } ya está cerrada.
flag-not-allowed = Solo las personas facilitadoras de este grupo y las administradoras pueden actuar sobre esta alerta.
flag-unknown = No encuentro esa alerta.
flag-resolved = La alerta n.º { $id } está resuelta.
flag-false-alarm = La alerta n.º { $id } está marcada como falsa alarma.
flag-not-closed = La alerta n.º { $id } sigue abierta.
flag-reopen-too-late = La alerta n.º { $id } se cerró hace más de 24 horas y ya no se puede reabrir aquí. Si te preocupa, ponte en contacto directamente con la persona.
flag-reopened = La alerta n.º { $id } vuelve a estar abierta. Se ha avisado a todas las personas que la recibieron.
flag-who = { $name } atiende la alerta n.º { $id } desde las { $time }.
flag-note-ask =
    La alerta n.º { $id } está resuelta. ¿Hay algo que la próxima persona facilitadora deba saber?
    Envíalo ahora como nota de traspaso (en los próximos 30 minutos), o envía /skip.
flag-note-saved = Gracias, he añadido tu nota a la alerta n.º { $id }.
flag-note-skipped = De acuerdo, sin nota.
flag-note-none = No hay ninguna nota pendiente tuya.
