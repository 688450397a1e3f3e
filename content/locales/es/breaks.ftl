# /break: una pausa de quien facilita (issue 24). La nota del límite suave, los recordatorios.
cmd-break = Tomarte una pausa de alertas y guardias (facilitación)
breaks-ask = 🌿 <b>¿Necesitas una pausa?</b> Forma parte de hacer esto bien. Mientras estés fuera no recibirás alertas de crisis ni turnos de guardia, y las alertas que hayas atendido vuelven al resto.
    ¿Por cuánto tiempo?
btn-breaks-days = { $days ->
    [one] 1 día
   *[other] { $days } días
}
btn-breaks-until = Hasta una fecha…
btn-breaks-back = He vuelto
breaks-ask-date = ¿Hasta qué día? Escribe el último día de tu pausa, por ejemplo «20 de marzo» o «20/3».
breaks-date-not-understood = No he podido leerlo como una fecha. Prueba con algo como «20 de marzo» o «20/3».
breaks-bad-date = Esa fecha no sirve para una pausa: tiene que ser después de hoy y dentro de 90 días. Prueba con otra.
breaks-not-facilitator = Las pausas son para quienes facilitan: ahora mismo no facilitas ningún grupo.
breaks-nobody-left = Todavía no puedo empezar tu pausa: { $groups } se quedaría sin nadie a quien avisar en una crisis. Pide a una persona administradora que añada a otra persona facilitadora (usa { $command } add) y vuelve a intentarlo.
breaks-nobody-left-admin = Todavía no puedo empezar tu pausa: { $groups } se quedaría sin nadie a quien avisar en una crisis, porque eres la última persona administradora a la que puedo avisar. Añade a otra persona facilitadora ({ $command } add) o pide a otra persona administradora que siga disponible, y vuelve a intentarlo.
breaks-started = 🌿 Estás en pausa hasta el <b>{ $until }</b>. Hasta entonces, ni alertas de crisis ni turnos de guardia. { $handed ->
    [0] {""}
    [one] La alerta que atendías ha vuelto al resto.
   *[other] Las { $handed } alertas que atendías han vuelto al resto.
}
    Tus compañeros y las personas administradoras lo saben. Envía /break si quieres volver antes. Cuídate mucho.
breaks-current = 🌿 Estás en pausa hasta el <b>{ $until }</b>. Vuelve cuando te sientas con fuerzas.
breaks-back = ¡Qué bien tenerte de vuelta! Volverás a recibir alertas y turnos de guardia.
breaks-not-on-break = Ahora mismo no estás en pausa.
breaks-ended-self = 🌿 Tu pausa ha terminado. Qué bien tenerte de vuelta: volverás a recibir alertas de crisis y turnos de guardia. Ve con calma.
breaks-started-staff = 🌿 <b>{ $name } se toma una pausa</b> hasta el { $until }. En { $group }, { $cover } mientras no esté.
breaks-ended-staff = 🌿 <b>{ $name } ha vuelto</b> de su pausa y vuelve a recibir las alertas de { $group }.
breaks-cover-oncall = { $name } está de guardia y recibe el primer aviso
breaks-cover-all = todas las personas facilitadoras reciben las alertas
breaks-cover-admins = las alertas llegan a los admins
breaks-cap-note = 💛 { $name } ha atendido { $count ->
    [one] 1 alerta de crisis urgente
   *[other] { $count } alertas de crisis urgentes
} en los últimos 7 días. Es mucho que sostener. ¿Quizá podrías preguntarle cómo está? Por ahora, las nuevas alertas irán primero a otras personas.
breaks-cap-note-alone = 💛 { $name } ha atendido { $count ->
    [one] 1 alerta de crisis urgente
   *[other] { $count } alertas de crisis urgentes
} en los últimos 7 días. Es mucho que sostener. ¿Quizá podrías preguntarle cómo está? Es la única persona facilitadora de su grupo, así que las alertas siguen llegándole primero: otra persona facilitadora podría repartir la carga.
alert-notice-on-break = { $icon } <b>La alerta n.º { $id } vuelve a necesitar a alguien</b>: { $name } la atendía y ahora está en pausa.
alert-notice-repaged = { $icon } <b>La alerta n.º { $id } sigue abierta</b>: la atendiste hace un rato. ¿Cómo está { $member }? Ciérrala cuando esté resuelta, o pide a otra persona facilitadora que te releve.
alert-notice-repaged-others = { $icon } <b>La alerta n.º { $id } sigue abierta</b>: { $name } la atendió hace un rato y aún no está cerrada. ¿Podrías preguntarle a { $name } cómo va, o echar una mano?
audit-break-start = empezó una pausa (hasta)
audit-break-end = terminó una pausa
event-repaged = { $when } atendida pero aún sin cerrar: recordatorio { $step }, enviado a { $count } { $count ->
    [one] persona
   *[other] personas
}
event-on-break = { $when } { $name } se tomó una pausa: abierta de nuevo para el resto
