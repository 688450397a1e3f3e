# La puerta de entrada (/gate, /invite), el modo asalto y la revisión de permisos de /status.
# Los argumentos entre { $llaves } los pone el bot; consérvalos. Etiquetas HTML permitidas: <b>, <i>, <a>.

cmd-gate = Solicitudes de entrada, la pregunta y los minutos de solo lectura
cmd-invite = Un enlace de invitación personal para una persona

gate-question-default = ¿Qué te trae a este grupo? Con unas pocas palabras basta.
gate-welcome =
    Hola 👋 Has pedido unirte a <b>{ $group }</b>. Soy el bot que ayuda al grupo.

    Antes de entrar, una pregunta de los facilitadores (nadie lee tu respuesta, solo me dice que eres una persona):

    <i>{ $question }</i>

    Escribe aquí tu respuesta. Tienes { $minutes } minutos.
gate-answer-again = No he visto una respuesta. Escribe unas palabras para responder a la pregunta, por favor.
gate-agreement =
    Gracias. Esto es lo que acuerdan los miembros de <b>{ $group }</b>:

    { $text }

    Toca «Estoy de acuerdo» si te parece bien.
btn-gate-agree = ✅ Estoy de acuerdo
gate-expired = Esa solicitud ya terminó. Para intentarlo de nuevo, usa otra vez el enlace de invitación del grupo.
gate-approve-failed = Ahora mismo no he podido dejarte entrar: puede que otra persona ya haya atendido tu solicitud o que haya terminado. Puedes volver a usar el enlace de invitación del grupo.
gate-approved = 🎉 ¡Te damos la bienvenida a <b>{ $group }</b>! Ya estás dentro. /rules muestra el acuerdo del grupo y /help lo que puedo hacer.
gate-approved-readonly = 🎉 ¡Te damos la bienvenida a <b>{ $group }</b>! Ya estás dentro. Durante los primeros { $minutes } minutos puedes leer, pero todavía no escribir: echa un vistazo con calma. /rules muestra el acuerdo del grupo.
gate-declined-consent = No pasa nada. No te he dejado entrar en <b>{ $group }</b>, porque el grupo necesita que guarde un pequeño registro de sus miembros. Si cambias de idea, vuelve a usar el enlace de invitación del grupo.
gate-timed-out = Tu solicitud para unirte a <b>{ $group }</b> ha terminado porque no recibí tu respuesta a tiempo. No pasa nada: cuando quieras, vuelve a usar el enlace de invitación del grupo.

gate-card =
    🚪 <b>{ $group }: la puerta de entrada</b>

    Solicitudes de entrada: { $on ->
        [yes] activadas (quien llega responde a una pregunta, lee el acuerdo y da su consentimiento antes)
       *[no] desactivadas
    }
    La pregunta: <i>{ $question }</i>
    Solo lectura al entrar: { $minutes ->
        [0] no
       *[other] { $minutes } min
    }
    Modo asalto: { $raid ->
        [yes] activado
       *[no] desactivado
    }
    El enlace de invitación del bot: { $link }
btn-gate-on = 🚪 Activar las solicitudes de entrada
btn-gate-off = Desactivar las solicitudes de entrada
btn-gate-word = ✏️ Redactar la pregunta
btn-gate-default-wording = ↩️ Usar la pregunta habitual
btn-gate-readonly = { $minutes ->
    [0] Sin solo lectura
   *[other] { $minutes } min
}
btn-gate-invite = 🎟 Enlace de invitación personal
gate-no-groups = Solo los facilitadores de un grupo y los administradores del bot pueden cambiar su puerta de entrada o crear enlaces de invitación.
gate-pick = ¿La puerta de entrada de qué grupo?
gate-invite-pick = ¿Un enlace de invitación personal para qué grupo?
gate-invite-name = De { $name }
gate-invite-made =
    🎟 Un enlace personal para que una persona entre en <b>{ $group }</b>. Funciona una sola vez, y entra directamente, sin la pregunta de la puerta:

    { $link }
gate-link-failed = No he podido crear un enlace de invitación para <b>{ $group }</b>. Hazme administrador del grupo con el permiso de invitar usuarios («Invitar usuarios mediante enlace») y vuelve a intentarlo, por favor.
gate-not-allowed = Solo los facilitadores del grupo pueden cambiar esto.
gate-word-ask = Escribe con tus palabras la pregunta que responde quien pide unirse a <b>{ $group }</b> (como mucho { $max } caracteres). Cualquier respuesta sincera le deja pasar: es una comprobación humana, no un examen.
gate-word-saved = ✅ Guardado. Quien pida unirse a { $group } recibirá tu pregunta.
gate-question-command = Eso parece un comando. Escribe la pregunta en sí, por favor.
gate-question-short = Es muy corto para una pregunta. Escribe la pregunta completa, por favor.
gate-question-long = Es demasiado largo ({ $length } caracteres, como mucho { $max }). Acórtalo, por favor.
gate-link-name = Puerta de entrada
gate-open-link-name = Enlace abierto
gate-raid-link-name = Modo asalto
gate-on =
    🚪 Las solicitudes de entrada están activadas en <b>{ $group }</b>. Comparte este enlace: quien lo use responde antes a la pregunta, lee el acuerdo y da su consentimiento, y yo le dejo entrar.

    { $link }
gate-off =
    Las solicitudes de entrada están desactivadas en <b>{ $group }</b>. El enlace de la puerta ya no funciona; con este se entra directamente:

    { $link }

gate-raid-on =
    🚨 <b>Modo asalto en { $group }</b>: ha entrado mucha gente en muy poco tiempo. He cambiado el enlace de invitación del grupo a solicitudes de entrada, así que quien llegue ahora pasa por la puerta. Por ahora, comparte este enlace:

    { $link }

    Los enlaces que crearon otros administradores (también el de quien creó el grupo) siguen dejando entrar directamente: solo puedo cambiar los míos. Si sigue entrando gente, un administrador puede revocarlos en los ajustes del grupo → Enlaces de invitación.

    Volveré al enlace normal cuando todo esté tranquilo un rato, o toca el botón cuando haya pasado.
gate-raid-on-no-link = 🚨 <b>Modo asalto en { $group }</b>: ha entrado mucha gente en muy poco tiempo, pero no he podido cambiar el enlace a solicitudes de entrada (necesito el permiso de invitar usuarios). Revisa el grupo y su enlace, por favor.
gate-raid-off =
    ✅ El modo asalto en <b>{ $group }</b> ha terminado. El enlace del grupo:

    { $link }
btn-gate-end-raid = Terminar el modo asalto
gate-raid-already-over = El modo asalto ya había terminado.

status-gate-on = 🚪 Las solicitudes de entrada (o el modo asalto) están activadas.
gate-right-invite = ⚠️ No puedo crear enlaces de invitación: en los ajustes del grupo, hazme administrador con «Invitar usuarios mediante enlace».
gate-right-pin = ⚠️ No puedo fijar el acuerdo del grupo: dame el permiso de administrador «Fijar mensajes».
gate-right-restrict = ⚠️ No puedo dejar a los nuevos miembros en solo lectura: dame el permiso de administrador «Bloquear usuarios» (incluye restringir).
gate-right-delete = ⚠️ No puedo ocultar mensajes para revisarlos: dame el permiso de administrador «Eliminar mensajes».

audit-joingate-requests = activó o desactivó las solicitudes de entrada
audit-joingate-question = redactó la pregunta de la puerta de entrada
audit-joingate-readonly = fijó los minutos de solo lectura al entrar
audit-joingate-invite = creó un enlace de invitación personal
audit-joingate-raid-on = activó el modo asalto
audit-joingate-raid-off = terminó el modo asalto
