# El escudo contra el spam: enlaces de recién llegados en revisión, límite de mensajes, bloqueos.

cmd-shield = Escudo contra el spam: los enlaces de los nuevos esperan revisión
cmd-block = Bloquear a alguien en todos nuestros grupos
cmd-unblock = Quitar un bloqueo
shield-someone = alguien (id { $id })
shield-reason-link = un enlace de un miembro nuevo
shield-reason-forward = un mensaje reenviado por un miembro nuevo
shield-reason-media = una foto, vídeo o archivo de un miembro nuevo
shield-reason-banned-in = expulsado de { $group }
shield-held =
    Hola, { $name }, te damos la bienvenida a { $group }. Tu mensaje está esperando un momento: mientras alguien es nuevo en el grupo (las primeras { $hours } horas), sus enlaces, mensajes reenviados, fotos, vídeos y archivos pasan antes por un facilitador. Así mantenemos el spam fuera; no tiene nada que ver contigo.

    Alguien lo revisará pronto. No tienes que hacer nada y puedes seguir escribiendo como siempre.
shield-held-crisis = Hola, { $name }. Como acabas de llegar a { $group }, tu mensaje ha llegado primero a los facilitadores en lugar de a todo el grupo. Lo tienen y lo verán pronto. Hay personas aquí para ti.
shield-muted = Hola, { $name }, han llegado muchos mensajes tuyos en { $group } en pocos segundos, así que el grupo queda en pausa para ti durante { $minutes } minutos. Pasa a veces y no es un castigo. Después podrás escribir como siempre. Si algo va mal, puedes contármelo aquí.
shield-flood-staff = 🛡 { $name } envió más de { $count } mensajes en { $seconds } segundos en { $group }. Lo he silenciado durante { $minutes } minutos; se levanta solo.
shield-flood-staff-unmuted = 🛡 { $name } envió más de { $count } mensajes en { $seconds } segundos en { $group }. No he podido silenciarlo: necesito el permiso para restringir miembros allí.
shield-removed-list = 🛡 { $name } (id { $id }) entró en { $group }. Está en nuestra lista de bloqueo, así que lo he sacado del grupo.
shield-removed-cas = 🛡 { $name } (id { $id }) entró en { $group }. Está en la lista pública de spammers (CAS), así que lo he sacado del grupo.
shield-not-removed-list = 🛡 { $name } (id { $id }) entró en { $group }. Está en nuestra lista de bloqueo, pero no he podido sacarlo: necesito el permiso para expulsar miembros allí.
shield-not-removed-cas = 🛡 { $name } (id { $id }) entró en { $group }. Está en la lista pública de spammers (CAS), pero no he podido sacarlo: necesito el permiso para expulsar miembros allí.
shield-block-usage = Para bloquear a alguien en todos nuestros grupos: /block seguido de su id de usuario y unas palabras sobre el motivo, por ejemplo: /block 123456789 enlaces de spam
shield-unblock-usage = Para quitar un bloqueo: /unblock seguido de su id de usuario, por ejemplo: /unblock 123456789
shield-block-refused = Solo quienes gestionan este bot pueden bloquear a alguien en todos los grupos (y no a sí mismos).
shield-blocked = 🛡 { $id } queda bloqueado en todos nuestros grupos. Expulsado de { $done } { $done ->
        [one] grupo
       *[other] grupos
    }; no ha sido posible en { $failed } (necesito el permiso para expulsar miembros allí). Si entra más adelante en un grupo, lo saco y aviso a sus facilitadores.
shield-blocked-already = 🛡 { $id } ya estaba bloqueado. Expulsado de { $done } { $done ->
        [one] grupo
       *[other] grupos
    }; no ha sido posible en { $failed }.
shield-not-blocked = { $id } no está en nuestra lista de bloqueo.
shield-unblocked = ✅ { $id } ya no está bloqueado. Se levanta su expulsión en { $done } { $done ->
        [one] grupo
       *[other] grupos
    }; no ha sido posible en { $failed }. Puede volver a entrar con un enlace de invitación.
shield-admins-only = Solo quienes gestionan este bot pueden expulsar a alguien de todos los grupos.
shield-not-allowed = Solo los facilitadores del grupo pueden cambiar esto.
shield-no-groups = Todavía no facilitas ningún grupo.
shield-card =
    🛡 <b>{ $group }: escudo contra el spam</b>

    Durante las primeras { $hours } horas después de que alguien entra, sus enlaces, mensajes reenviados, fotos, vídeos y archivos esperan la revisión de un facilitador. Se le explica el motivo con amabilidad. Quien envía varios mensajes por segundo queda en pausa unos minutos.
shield-card-off =
    🛡 <b>{ $group }: escudo contra el spam</b>

    Los enlaces y las imágenes de los nuevos miembros aparecen enseguida (la espera para recién llegados está desactivada). Quien envía varios mensajes por segundo sigue quedando en pausa unos minutos.
btn-shield-window = { $hours ->
        [0] Desactivado
       *[other] { $hours } h
    }
btn-shield-ban-everywhere = 🛡 Expulsar también de todos nuestros grupos
audit-shield-block = bloqueó a alguien en todos los grupos
audit-shield-unblock = quitó un bloqueo
audit-shield-window = cambió cuánto esperan revisión los enlaces de los nuevos miembros
# To the bot's admins when someone is banned from one group (a button bans them everywhere).
shield-offer-ban-everywhere = 🛡 { $name } fue expulsado de <b>{ $group }</b>. ¿Expulsarlo también de todos nuestros grupos? Así sale de donde esté y no puede entrar en ningún grupo del bot.
