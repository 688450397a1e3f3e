# Quienes facilitan añaden, cambian, cancelan, mueven y terminan reuniones (/addmeeting, ...).

mte-add-which-group = ¿Para qué grupo es esta reunión?
mte-ask-name = ¿Cómo se llama la reunión? (por ejemplo: Círculo de los martes)
mte-ask-freq = ¿Cada cuánto se reúne?
mte-ask-nth = ¿Qué semana del mes?
mte-ask-day = ¿Qué día?
mte-ask-date = ¿En qué fecha? (por ejemplo { $example } o { $example_iso })
mte-ask-time = ¿A qué hora empieza? (por ejemplo 19:00 o 7pm)
mte-ask-duration = ¿Cuánto dura? Toca una opción o escríbelo (por ejemplo 1h30).
mte-ask-zone = ¿En qué zona horaria es esa hora? Toca el botón, o escribe una zona o una ciudad grande (por ejemplo Europe/Madrid o Bogotá).
mte-ask-place = ¿Dónde se reúne? Envía el lugar y su dirección (por ejemplo: Centro Cívico, Calle Mayor 12, Madrid). Si solo es en línea, toca el botón.
mte-ask-link = ¿Con qué enlace se entra en línea? Envía la dirección completa, empezando por https://, o toca el botón si no hay.
mte-ask-notes = ¿Algo que deban saber? (por ejemplo: llama al timbre de la puerta lateral) Envíalo, o toca el botón para no dejar notas.
mte-ask-field = ¿Qué quieres cambiar de <b>{ $name }</b>?
mte-ask-on = ¿Qué fecha de <b>{ $name }</b>?
mte-ask-newtime = ¿Cuándo será en su lugar? Escribe la nueva fecha y hora, por ejemplo { $example } 18:00 o mañana 19:30 (hora de { $zone }).
mte-ask-reason = ¿Quieres decir por qué? Lo leerán los miembros. Escribe unas palabras o toca el botón.
mte-ask-last = ¿Cuándo es la última reunión de <b>{ $name }</b>? Toca una opción o escribe una fecha (por ejemplo { $example }).

mte-use-buttons = Elige con los botones de arriba, o envía /cancel para parar.
mte-bad-name = Envía un nombre de entre 2 y 80 caracteres, por favor.
mte-bad-day = No entendí «{ $text }» como un día. Toca un día o escríbelo, como lunes o jueves.
mte-bad-date = No entendí «{ $text }» como una fecha. Escríbela así: { $example } o { $example_iso }.
mte-date-past = «{ $text }» ya pasó (hoy es { $today }). Elige hoy o una fecha posterior, como { $example }. Si es para el año que viene, escribe también el año: { $example_next_year }.
mte-bad-time = No entendí «{ $text }» como una hora. Escríbela así: 19:00 o 7pm.
mte-bad-duration = No entendí «{ $text }» como una duración. Toca un botón o escríbela así: 90 o 1h30 (de 5 minutos a 12 horas).
mte-bad-zone = No conozco la zona horaria «{ $text }». Escribe una zona como Europe/Madrid o America/Mexico_City, o una ciudad grande como Madrid o Lima.
mte-zone-did-you-mean = No estoy seguro de qué zona horaria es «{ $text }». ¿Quisiste decir alguna de estas? Tócala, o escribe otra ciudad.
mte-bad-place = Envía el lugar en 2 a 200 caracteres, o toca el botón si solo es en línea.
mte-bad-link = «{ $text }» no es un enlace que se pueda abrir. Envía la dirección completa, empezando por https://, por ejemplo https://zoom.us/j/123456789
mte-bad-notes = Las notas deben tener menos de 300 caracteres.
mte-bad-reason = El motivo debe tener menos de 200 caracteres.
mte-bad-datetime = No entendí «{ $text }» como fecha y hora. Escríbelas así: { $example } 18:00 o mañana 19:30.
mte-datetime-past = «{ $text }» ya pasó (hoy es { $today }). Indica una fecha y hora que aún no hayan llegado, como { $example } 18:00. Si es para el año que viene, escribe también el año.
mte-need-place-or-link = Los miembros necesitan saber adónde ir o cómo entrar: indica un lugar, un enlace en línea, o los dos.
mte-once-past = Esa fecha y hora ya pasaron. ¿En qué fecha será?

mte-preview = Así la verán los miembros:
mte-saved = Guardada: <b>{ $name }</b>. Los miembros la ven en /next.
    Para cancelar o mover una fecha, usa /cancelmeeting o /movemeeting; para cambiarla, /editmeeting.
mte-stopped = De acuerdo, paro aquí. No se cambió nada.
mte-nothing-to-stop = Ahora mismo no hay nada que parar.
mte-not-yours = Solo puedes cambiar reuniones de los grupos que facilitas. No se cambió nada.
mte-no-groups = El bot aún no está en ningún grupo. Añádelo primero a tu grupo; después podrás añadir aquí sus reuniones.

btn-mte-stop = ✖️ Parar, no cambiar nada
btn-mte-weekly = Cada semana
btn-mte-biweekly = Cada 2 semanas
btn-mte-monthly = Cada mes (p. ej. el primer lunes)
btn-mte-once = Una sola vez
btn-mte-nth-1 = 1.º
btn-mte-nth-2 = 2.º
btn-mte-nth-3 = 3.º
btn-mte-nth-4 = 4.º
btn-mte-nth-last = Último
btn-mte-minutes = { $n } min
btn-mte-keep-zone = Mantener { $zone }
btn-mte-online-only = Solo en línea
btn-mte-no-link = Sin enlace en línea
btn-mte-no-notes = Sin notas
btn-mte-no-reason = Sin motivo
btn-mte-field-name = Nombre
btn-mte-field-schedule = Día y frecuencia
btn-mte-field-time = Hora
btn-mte-field-duration = Duración
btn-mte-field-zone = Zona horaria
btn-mte-field-place = Lugar
btn-mte-field-link = Enlace en línea
btn-mte-field-notes = Notas
btn-mte-change-name = ✏️ Cambiar nombre
btn-mte-change-schedule = ✏️ Cambiar día
btn-mte-change-time = ✏️ Cambiar hora
btn-mte-change-duration = ✏️ Cambiar duración
btn-mte-change-zone = ✏️ Cambiar zona horaria
btn-mte-change-place = ✏️ Cambiar lugar
btn-mte-change-link = ✏️ Cambiar enlace
btn-mte-change-notes = ✏️ Cambiar notas
btn-mte-last-next = Después de la próxima ({ $date })
btn-mte-last-today = Hoy es el último día ({ $date })

mte-nth-word-1 = primer
mte-nth-word-2 = segundo
mte-nth-word-3 = tercer
mte-nth-word-4 = cuarto
mte-nth-word-last = último
mte-rule-weekly = 🔁 Cada { $day }
mte-rule-every = 🔁 Cada { $n } semanas, el { $day }
mte-rule-monthly = 🔁 El { $nth } { $day } de cada mes
mte-rule-once = 🔁 Solo esta vez

mte-edit-choose = ¿Qué reunión quieres cambiar?
mte-cancel-choose = ¿De qué reunión quieres cancelar una fecha?
mte-move-choose = ¿De qué reunión quieres mover una fecha?
mte-end-choose = ¿Qué serie de reuniones termina?
mte-none = Tus grupos aún no tienen reuniones. Añade una con /addmeeting.
mte-no-dates = <b>{ $name }</b> no tiene fechas próximas.
mte-updated = Guardada: <b>{ $name }</b>. Así la ven ahora los miembros:
mte-confirm = Revísalo, por favor. Esto es lo que voy a anunciar:
btn-mte-confirm-cancel = ✅ Sí, cancelar esa fecha
btn-mte-confirm-move = ✅ Sí, moverla
btn-mte-confirm-end = ✅ Sí, terminar la serie
btn-mte-confirm-edit = ✅ Sí, guardar y avisar
mte-updated-quiet = Guardada: <b>{ $name }</b>. No se envió ningún mensaje sobre el cambio; así la ven ahora los miembros:
mte-news-on = activadas
mte-news-off = desactivadas
btn-mte-group-news = 📣 Novedades de reuniones en el chat del grupo: { $state }
btn-mte-group-news-named = 📣 Novedades de reuniones en { $group }: { $state }
mte-group-news-saved = { $on ->
    [yes] Hecho: los cambios en las reuniones también se publicarán en { $group }.
   *[no] Hecho: los cambios en las reuniones ya no se publicarán en { $group }. Solo se avisará a quienes siguen cada reunión.
}
mte-told = { $chat ->
    [yes] { $n ->
        [one] Se avisará a 1 persona suscrita y al chat del grupo.
       *[other] Se avisará a { $n } personas suscritas y al chat del grupo.
    }
   *[no] { $n ->
        [0] Aún nadie la sigue aquí, así que no hay a quién avisar.
        [one] Se avisará a 1 persona suscrita.
       *[other] Se avisará a { $n } personas suscritas.
    }
}
mte-cancel-done = Cancelada: <b>{ $name }</b> del { $date }.
mte-move-done = Movida: <b>{ $name }</b> ahora es el { $when }.
mte-end-done = Hecho: <b>{ $name }</b> termina después del { $date }.
mte-change-failed = No se pudo hacer: puede que esa fecha ya haya empezado, que la nueva hora ya haya pasado o que la reunión haya cambiado mientras tanto. No se cambió nada; vuelve a empezar, por favor.

mte-post-off = desactivado
btn-mte-post-off = Desactivado
mte-post-before = { $span } antes
btn-mte-group-post = ⏰ Recordatorio en el chat del grupo: { $when }
btn-mte-group-post-named = ⏰ Recordatorio en { $group }: { $when }
mte-post-choose = ¿Cuánto antes de cada reunión publico un recordatorio en { $group }?
mte-post-saved = Hecho: el recordatorio en el chat de { $group } ahora es { $when }.
