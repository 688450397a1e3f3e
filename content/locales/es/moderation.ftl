# Moderación: /warn, /mute, /ban y /hold de los facilitadores (como respuesta en el grupo),
# mensajes retenidos y apelaciones. Claro y amable: la persona sabe qué pasó, por qué, cuánto
# dura y cómo apelar; nadie queda expuesto en el grupo.

mod-someone = alguien del grupo
mod-a-group = tu grupo
mod-length = { $unit ->
    [weeks] { $count ->
        [one] 1 semana
       *[other] { $count } semanas
    }
    [days] { $count ->
        [one] 1 día
       *[other] { $count } días
    }
    [hours] { $count ->
        [one] 1 hora
       *[other] { $count } horas
    }
   *[minutes] { $count ->
        [one] 1 minuto
       *[other] { $count } minutos
    }
}
mod-kind = { $kind ->
    [warn] un aviso
    [mute] una pausa para escribir
    [ban] una salida del grupo
   *[hold] un mensaje retenido para revisión
}

# Lo que se le dice a la persona, en privado.
mod-told-warn =
    💬 Un facilitador de <b>{ $group }</b> te envía un recordatorio sobre el acuerdo del grupo.

    Motivo: { $reason }

    Se trata de algo que se escribió, no de quién eres. No cambia nada más: puedes seguir participando. Si crees que no fue justo, toca «Apelar» y cuéntanoslo en pocas palabras.
mod-told-mute =
    🔇 Un facilitador de <b>{ $group }</b> ha pausado tus mensajes en el grupo durante { $length } (hasta { $until }).

    Motivo: { $reason }

    Puedes seguir leyendo el grupo, y aquí en privado sigo contigo. Cuando pase el tiempo podrás volver a escribir y te avisaré. Si crees que no fue justo, toca «Apelar» y cuéntanoslo en pocas palabras.
mod-told-ban =
    🚪 Un facilitador de <b>{ $group }</b> te ha sacado del grupo.

    Motivo: { $reason }

    Aquí en privado sigo contigo, y /crisis siempre te muestra dónde encontrar ayuda ahora mismo. Si crees que no fue justo, toca «Apelar» y cuéntanoslo en pocas palabras.
mod-told-ban-until =
    🚪 Un facilitador de <b>{ $group }</b> te ha sacado del grupo durante { $length } (hasta { $until }).

    Motivo: { $reason }

    Después podrás volver a entrar con el enlace de invitación del grupo. Aquí en privado sigo contigo, y /crisis siempre te muestra dónde encontrar ayuda ahora mismo. Si crees que no fue justo, toca «Apelar» y cuéntanoslo en pocas palabras.
mod-told-hold =
    🕊 Un mensaje que escribiste en <b>{ $group }</b> está retenido para revisión: no se ve en el grupo hasta que un facilitador lo mire.

    Motivo: { $reason }

    Puede que vuelva a publicarse tal cual. No cambia nada más: puedes seguir escribiendo. Si crees que no fue justo, toca «Apelar» y cuéntanoslo en pocas palabras.
mod-told-hold-crisis =
    💛 He ocultado por ahora del grupo un mensaje que escribiste en <b>{ $group }</b>, para que quienes cuidan del grupo lo vean primero. No has hecho nada malo: parecía que quizá estás pasando por algo muy difícil.
mod-told-unmute = 🔈 Ya puedes volver a escribir en <b>{ $group }</b>. Qué bien tenerte de vuelta.
mod-told-unban = 🚪 Vuelves a ser bienvenido en <b>{ $group }</b>: puedes entrar de nuevo con su enlace de invitación.
mod-told-released = ✅ Tu mensaje retenido en <b>{ $group }</b> se revisó y volvió a publicarse en el grupo.
mod-told-released-empty = ✅ Se revisó tu mensaje retenido en <b>{ $group }</b> y está bien. Solo puedo volver a publicar texto, así que, si quieres, vuelve a compartirlo tú.
mod-told-kept-hidden = 💛 Alguien que cuida de <b>{ $group }</b> ha visto el mensaje que escribiste allí. Por ahora sigue fuera del grupo, y no has hecho nada malo. Si ahora mismo todo pesa mucho, /crisis te muestra dónde encontrar ayuda enseguida, de día o de noche.
mod-told-discarded = Un facilitador de <b>{ $group }</b> revisó tu mensaje retenido y decidió dejarlo fuera del grupo. Si crees que no fue justo, toca «Apelar» en mi mensaje anterior.
mod-told-held-expired = Tu mensaje retenido en <b>{ $group }</b> no se revisó a tiempo, así que se queda fuera del grupo y mi copia está borrada. No cuenta en tu contra: puedes seguir escribiendo.
mod-told-appeal-upheld = Los administradores leyeron tu apelación sobre <b>{ $group }</b> y decidieron mantener la decisión. Gracias por contarnos cómo lo viviste.
mod-told-appeal-lifted = Los administradores leyeron tu apelación sobre <b>{ $group }</b> y levantaron la decisión. Gracias por contárnoslo.
btn-mod-appeal = 🙋 Apelar

# La apelación, escrita por la persona.
mod-appeal-ask = En pocas palabras: ¿por qué crees que no fue justo? Los administradores de <b>{ $group }</b> lo leerán y te contaré lo que decidan.
mod-appeal-sent = Gracias. Los administradores de <b>{ $group }</b> tienen tu apelación; te contaré lo que decidan.
mod-appeal-already = Ya apelaste esta decisión; los administradores la tienen.
mod-appeal-gone = Esa decisión ya no consta, así que no queda nada que apelar.
mod-appeal-too-short = Escribe unas palabras sobre por qué crees que no fue justo.
mod-appeal-too-long = Es un poco largo para una apelación: por favor, que tenga menos de 1.000 caracteres.
mod-appeal-nobody = Lo siento: ahora mismo no hay nadie que pueda revisar las decisiones de <b>{ $group }</b>, así que no he podido hacer llegar tu apelación. No se pierde nada: puedes volver a pulsar Apelar más tarde. Si te pesa, también puedes escribir directamente a quien lleva el grupo.

# Para facilitadores, en el grupo o en privado.
mod-only-facilitators = Solo los facilitadores de este grupo pueden usar /{ $command }.
mod-reply-needed = Usa /{ $command } como respuesta al mensaje de la persona, con un motivo: por ejemplo /mute 1h sigue publicando enlaces.
mod-hold-too-old = Telegram solo me deja ocultar un mensaje durante las 48 horas siguientes a su envío, y este es más antiguo, así que lo he dejado donde está. Aún puedes usar /warn, o alguien que administre el grupo puede borrarlo a mano.
mod-hold-reason-default = un facilitador quería revisarlo antes
mod-unreply-needed = Usa /{ $command } como respuesta a uno de los mensajes de la persona.
mod-not-a-person = Ese mensaje no es de una persona sobre la que yo pueda actuar.
mod-not-yourself = No puedes usarlo contigo mismo.
mod-not-staff = A los facilitadores y administradores no se les modera con el bot. Habla con ellos directamente, o con un administrador.
mod-not-chat-admin = Es uno de los administradores de Telegram del grupo: Telegram no me deja restringirlo.
mod-bot-not-admin = Todavía no puedo hacerlo: necesito ser administrador de este grupo. Quien creó el grupo puede añadirme en la configuración del grupo → Administradores.
mod-missing-right = Todavía no puedo hacerlo: como administrador de este grupo necesito el permiso «{ $right }». Quien creó el grupo puede activarlo en la configuración del grupo → Administradores → yo.
mod-right-restrict = Suspender usuarios
mod-right-delete = Eliminar mensajes
mod-mute-supergroup-only = Telegram solo permite pausar los mensajes de alguien en los supergrupos. Un grupo se convierte en uno cuando quien lo creó lo hace público o muestra el historial a quienes entran; /ban y /hold ya funcionan aquí.
mod-bad-duration = No entendí «{ $word }» como un tiempo. Escríbelo así: 10m, 1h, 1d o 7d (de 1 minuto a 365 días).
mod-mute-needs-duration = Indica primero cuánto tiempo: /mute 1h y el motivo (10m, 1h, 1d, 7d…).
mod-reason-too-long = Acorta el motivo, por favor (300 caracteres como máximo): la persona lo leerá.
mod-reason-empty = Escribe el motivo en pocas palabras, por favor.
mod-reason-ask = Cada acción necesita un motivo, y { $name } lo leerá. En pocas palabras: ¿por qué { $kind ->
    [warn] el aviso
    [mute] la pausa para escribir
    [ban] la salida del grupo
   *[hold] retener el mensaje
}? Si cambias de idea, déjalo: lo olvidaré en 30 minutos.
mod-reason-in-group = Añade un motivo después del comando, por ejemplo /{ $command } sigue publicando enlaces. (O abre antes un chat privado conmigo y te lo preguntaré allí.)
mod-failed = Telegram no me dejó hacerlo ahora. Revisa mis permisos de administrador en el grupo y vuelve a intentarlo.
mod-resume-failed = Me interrumpieron mientras { $kind ->
    [mute] pausaba los mensajes de { $name }
   *[ban] sacaba a { $name }
} en <b>{ $group }</b>, y al intentarlo de nuevo Telegram no me dejó. No se hizo nada. Revisa mis permisos de administrador en el grupo y vuelve a intentarlo.
mod-done = ✅ Hecho en <b>{ $group }</b>: { $kind ->
    [warn] { $name } recibió un aviso
    [mute] { $name } no puede escribir durante { $length }
    [ban] { $name } ya no está en el grupo
   *[hold] el mensaje de { $name } está retenido para revisión
}. Motivo: { $reason }. { $told ->
    [yes] Se lo conté en privado, con cómo apelar.
   *[no] No ha abierto un chat privado conmigo, así que no pude contárselo.
}
mod-done-unmute = ✅ { $name } puede volver a escribir en <b>{ $group }</b>; ya se lo conté.
mod-done-unban = ✅ { $name } puede volver a entrar en <b>{ $group }</b>; ya se lo conté.

# Mensajes retenidos: la tarjeta de revisión que reciben los facilitadores en privado.
mod-held-card =
    🕊 <b>Retenido para revisión</b> en { $group }
    De: { $name }
    Motivo: { $reason }

    <blockquote>{ $text }</blockquote>

    «Publicar» lo devuelve al grupo, de parte de { $name }; «Descartar» borra mi copia. En ambos casos se lo cuento a { $name }.
mod-held-card-crisis =
    ⚠️ <b>Retenido para revisión: puede ser una petición de ayuda</b> ({ $group })
    De: { $name }
    Motivo: { $reason }

    <blockquote>{ $text }</blockquote>

    Una alerta de crisis llega al equipo del grupo por separado: respóndela también. «Mantener oculto» solo oculta este mensaje; nunca cierra la alerta.
mod-held-card-done = 🕊 El mensaje de { $name } retenido en { $group } ya se revisó: { $outcome ->
    [expired] nadie lo revisó a tiempo, así que se queda fuera del grupo y mi copia está borrada.
    [release_empty] estaba bien; no tenía texto que volver a publicar, y su autor puede compartirlo otra vez.
    [release] ha vuelto al grupo.
    [keep_hidden] sigue oculto (la alerta de crisis sigue por separado).
   *[discard] se descartó, y mi copia está borrada.
}
mod-held-card-erased = 🕊 Se retiró un mensaje retenido para revisión en { $group }: su autor me pidió borrar sus datos, así que también he borrado mi copia. No hace falta hacer nada más.
mod-held-no-text = (sin texto que mostrar: una foto, un sticker o un archivo, o un mensaje retenido desde una tarjeta de reporte: mira el reporte)
btn-mod-release = ✅ Publicar
btn-mod-discard = 🗑 Descartar
btn-mod-keep-hidden = 🙈 Mantener oculto
mod-released = ✅ Publicado de nuevo en { $group }.
mod-released-empty = ✅ Revisado: está bien. No tenía texto que pudiera volver a publicar en { $group }, así que le he dicho que puede compartirlo otra vez.
mod-discarded = 🗑 Descartado: mi copia está borrada.
mod-not-hidden = ⚠️ No he podido ocultar el mensaje de { $name } en <b>{ $group }</b>: Telegram no me ha dejado (quizá me falta el permiso «Eliminar mensajes», o tiene más de 48 horas o ya no está). Si nadie lo borró, sigue en el grupo. No se ha registrado nada y a { $name } no se le ha dicho nada.
mod-already-reviewed = Alguien ya revisó ese mensaje.
mod-not-allowed = Solo los facilitadores del grupo pueden hacerlo.
mod-released-post =
    💬 <b>De { $name }</b> (retenido para revisión, ya de vuelta):
    { $text }

# Apelaciones: la tarjeta que reciben los administradores.
mod-appeal-card =
    🙋 <b>Una apelación</b> de { $name } ({ $group })
    Sobre: { $kind ->
        [warn] un aviso
        [mute] una pausa para escribir
        [ban] una salida del grupo
       *[hold] un mensaje retenido
    }
    El motivo dado: { $reason }

    Sus palabras:
    <blockquote>{ $text }</blockquote>
btn-mod-uphold = Mantener
btn-mod-lift = Levantar
mod-appeal-upheld = Se mantiene. Se lo cuento a { $name }.
mod-appeal-lifted = Levantado. Se lo cuento a { $name }.
mod-appeal-decided = Esta apelación ya está decidida.
mod-admins-only = Solo los administradores del bot deciden las apelaciones.

# Los botones de una tarjeta de reporte.
btn-mod-warn = ⚠️ Avisar
btn-mod-mute-hour = 🔇 Pausar 1 h
btn-mod-hold = 🕊 Retener

# El registro de acciones.
audit-moderation-warn = avisó a una persona del grupo
audit-moderation-mute = pausó los mensajes de una persona
audit-moderation-ban = sacó a una persona de un grupo
audit-moderation-hold = retuvo un mensaje para revisión
audit-moderation-unmute = dejó que una persona volviera a escribir
audit-moderation-unban = dejó que una persona volviera a entrar
audit-moderation-expired = (terminó una pausa o una salida con plazo)
audit-moderation-release = publicó de nuevo un mensaje retenido
audit-moderation-discard = descartó un mensaje retenido
audit-moderation-keep-hidden = mantuvo oculto un mensaje retenido (posible crisis)
audit-moderation-appeal-upheld = mantuvo una decisión tras una apelación
audit-moderation-appeal-lifted = levantó una decisión tras una apelación
