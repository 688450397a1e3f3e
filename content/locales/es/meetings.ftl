# Reuniones: cómo se muestra una reunión, recordatorios, avisos de cambios y lo que preguntan.

meeting-day-0 = dom
meeting-day-1 = lun
meeting-day-2 = mar
meeting-day-3 = mié
meeting-day-4 = jue
meeting-day-5 = vie
meeting-day-6 = sáb
meeting-month-1 = ene
meeting-month-2 = feb
meeting-month-3 = mar
meeting-month-4 = abr
meeting-month-5 = may
meeting-month-6 = jun
meeting-month-7 = jul
meeting-month-8 = ago
meeting-month-9 = sept
meeting-month-10 = oct
meeting-month-11 = nov
meeting-month-12 = dic
meeting-date = { $day } { $number } { $month }
meeting-when = { $date }, { $time } ({ $zone })
meeting-span-days = { $n ->
    [one] { $n } día
   *[other] { $n } días
}
meeting-span-hours = { $n } h
meeting-span-minutes = { $n } min

meeting-name = { $name }
meeting-starts-in = 🗓 { $when } · empieza en { $span }
meeting-in-progress = 🟢 { $when } · en curso (empezó hace { $minutes } min)
meeting-when-cancelled = ❌ { $when } · cancelada
meeting-group-time = (Son las { $time } donde se reúne el grupo, { $zone }.)
meeting-moved-from = ↪️ Cambiada de fecha; era el { $was }.
meeting-change-reason = Motivo: { $reason }
meeting-place = 📍 { $place }
meeting-online = 💻 Conectarse: { $url }
meeting-online-notes = { $notes }
meeting-phone = ☎️ Por teléfono: { $phone }
meeting-notes = ℹ️ { $notes }

reminder-heading = ⏰ <b>Recordatorio</b>
reminder-late = (Este recordatorio llega tarde: estaba desconectado cuando tocaba. La reunión aún no ha empezado.)
rsvp-yes = 🙋 Allí estaré
rsvp-no = No puedo ir
rsvp-counts = 🙋 { $yes } vienen · { $no } no pueden

meeting-news-cancelled = ❌ <b>{ $name }</b> del { $when } se cancela.
meeting-news-moved = ↪️ <b>{ $name }</b> del { $was } cambia: ahora es el <b>{ $when }</b>.
meeting-news-ended = <b>{ $name }</b> llega a su fin: la última reunión es el { $last }. Gracias por formar parte.

cmd-next = Cuándo y dónde es la próxima reunión
cmd-meetings = Las reuniones de esta semana y el calendario
cmd-reminders = Recordatorios de reuniones y horas de silencio
cmd-addmeeting = Añadir una reunión (facilitadores)
cmd-editmeeting = Cambiar una reunión (facilitadores)
cmd-cancelmeeting = Cancelar una reunión (facilitadores)
cmd-movemeeting = Cambiar de fecha una reunión (facilitadores)
cmd-endmeeting = Terminar una serie de reuniones (facilitadores)
