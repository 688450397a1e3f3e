# Apoyo en crisis para miembros y alertas de crisis para facilitadores.

crisis-reply-self =
    { $name }, gracias por contármelo. Me alegra mucho que hayas escrito, y no tienes que pasar por esto a solas.
    { $told ->
        [yes] He avisado a una persona facilitadora de tu grupo para que alguien pueda ponerse en contacto contigo.
       *[no] Por favor, llama o escribe a una de las líneas de abajo; están para momentos como este.
    }
    Si estás en peligro ahora mismo, llama al número de emergencias.

crisis-reply-other =
    { $name }, parece que alguien que te importa puede estar pasando por algo muy difícil. Gracias por cuidar de esa persona.
    Quédate a su lado si puedes, escucha sin juzgar y pregúntale directamente si está pensando en el suicidio: preguntarlo no le mete la idea en la cabeza. Ayúdale a contactar con una de las líneas de abajo y, si corre peligro inmediato, llama al número de emergencias.
    { $told ->
        [yes] También he avisado a una persona facilitadora.
       *[no] {""}
    }

crisis-still-here = Sigo aquí contigo, { $name }. { $told ->
        [yes] Una persona facilitadora lo sabe y se pondrá en contacto.
       *[no] Las líneas que te envié están abiertas ahora mismo.
    } Envía /crisis para verlas de nuevo.

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
alert-note = <b>Nota de traspaso:</b> { $note }
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

flag-taken = Has atendido la alerta n.º { $id }. Gracias.
flag-already-taken = { $name } ya atiende la alerta n.º { $id }.
flag-closed = La alerta n.º { $id } ya está cerrada.
flag-not-allowed = Solo las personas facilitadoras de este grupo y las administradoras pueden actuar sobre esta alerta.
flag-unknown = No encuentro esa alerta.
flag-resolved = La alerta n.º { $id } está resuelta.
flag-false-alarm = La alerta n.º { $id } está marcada como falsa alarma.
flag-note-ask =
    La alerta n.º { $id } está resuelta. ¿Hay algo que la próxima persona facilitadora deba saber?
    Envíalo ahora como nota de traspaso (en los próximos 30 minutos), o envía /skip.
flag-note-saved = Gracias, he añadido tu nota a la alerta n.º { $id }.
flag-note-skipped = De acuerdo, sin nota.
flag-note-none = No hay ninguna nota pendiente tuya.
