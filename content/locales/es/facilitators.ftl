# Textos de /facilitators: los administradores añaden y quitan facilitadores de cada grupo.

cmd-facilitators = Añadir o quitar facilitadores de un grupo (administradores)

fac-usage =
    <b>Añadir o quitar a un facilitador</b>
    • En el grupo: responde a uno de sus mensajes con /facilitators add (o /facilitators remove).
    • Aquí: reenvíame uno de sus mensajes y elige el grupo.
    • Aquí: envía /facilitators add y su id numérico de Telegram, por ejemplo /facilitators add 123456789 (o /facilitators remove 123456789).
    Envía solo /facilitators para ver los facilitadores de cada grupo.
fac-group-usage = Para añadir a alguien, responde aquí a uno de sus mensajes con /facilitators add. Para quitarle, responde con /facilitators remove.
fac-reply-not-person = Ese mensaje no lo envió una persona que yo pueda añadir (viene de un bot, un canal o un administrador anónimo).
fac-group-unknown = No conozco ese grupo. Envía /facilitators para ver los grupos en los que estoy, con sus ids.
fac-no-groups = Todavía no estoy en ningún grupo. Añádeme primero a un grupo y luego elige a sus facilitadores.
fac-username = No puedo añadir a alguien solo por su @usuario: Telegram no les dice a los bots a quién pertenece un nombre de usuario, y esos nombres pueden cambiar de dueño, así que podría dar el rol a la persona equivocada. En su lugar, responde a uno de sus mensajes en el grupo con /facilitators add, reenvíame uno de sus mensajes o envía /facilitators add y su id numérico.
fac-hidden = Su configuración de privacidad oculta quién envió ese mensaje reenviado, así que no puedo saber quién es. En su lugar, responde a uno de sus mensajes en el grupo con /facilitators add, o envía /facilitators add y su id numérico.
fac-forward-not-person = Ese mensaje se reenvió desde un chat o un canal, no desde una persona.
fac-pick-group = ¿Qué quieres cambiar para { $name }? Elige un grupo.
btn-fac-add = ➕ Facilitador de { $title }
btn-fac-remove-from = ➖ Quitar de { $title }
fac-person-id = la persona con id { $id }

fac-added = ✅ { $name } ahora es facilitador de { $title }.
fac-already = { $name } ya era facilitador de { $title }: no ha cambiado nada.
fac-removed = { $name } ya no es facilitador de { $title }.
fac-not-one = { $name } no era facilitador de { $title }: no ha cambiado nada.
fac-orphaned = ⚠️ { $title } ya no tiene facilitadores: las alertas de crisis irán a los administradores.
fac-must-open-bot = { $name } todavía no me ha abierto, así que no puedo escribirle. Pídele que abra { $link } y pulse Iniciar: hasta entonces no recibirá las alertas de crisis.

fac-welcome =
    Ahora eres facilitador de { $title }. Gracias por cuidar del grupo. 💚

    Cuando alguien del grupo pueda estar en crisis, te enviaré una alerta para que puedas acercarte. También puedes hacer turnos de guardia, gestionar reuniones y añadir recursos. Envía /help para ver los comandos para facilitadores.
fac-goodbye = Ya no eres facilitador de { $title }. Gracias por todo lo que has hecho por el grupo. 💚

fac-list-header = <b>Facilitadores de cada grupo</b>
fac-list-group = <b>{ $title }</b> (id <code>{ $id }</code>)
fac-list-none = ⚠️ Todavía no hay facilitadores: las alertas de crisis van a los administradores.
fac-list-person = • { $name }
fac-list-footer = Para añadir a alguien, responde a uno de sus mensajes en el grupo con /facilitators add, o reenvíame uno de sus mensajes. Toca un nombre abajo para quitarlo.
btn-fac-remove = Quitar a { $name } de { $title }
fac-confirm-remove = ¿Quitar a { $name } como facilitador de { $title }?
btn-fac-confirm = Sí, quitar
btn-fac-keep = Mantener
fac-kept = No ha cambiado nada.
