# Reuniones: cómo se muestra una reunión, recordatorios, avisos de cambios y lo que preguntan.

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
meeting-area = 🌍 En línea, con base en { $area }
meeting-online = 💻 Conectarse: { $url }
meeting-online-notes = { $notes }
meeting-phone = ☎️ Por teléfono: { $phone }
meeting-notes = ℹ️ { $notes }
meeting-recovery-group = 🤝 La organiza { $group }

reminder-heading = ⏰ <b>Recordatorio</b>
reminder-late = (Este recordatorio llega tarde: estaba desconectado cuando tocaba. La reunión aún no ha empezado.)
rsvp-yes = 🙋 Allí estaré
rsvp-no = No puedo ir
rsvp-counts = 🙋 { $yes } vienen · { $no } no pueden

meeting-news-cancelled = ❌ <b>{ $name }</b> del { $when } se cancela.
meeting-news-moved = ↪️ <b>{ $name }</b> del { $was } cambia: ahora es el <b>{ $when }</b>.
meeting-news-ended = <b>{ $name }</b> llega a su fin: la última reunión es el { $last }. Gracias por formar parte.
meeting-news-new = 🆕 Una reunión nueva en { $group }:
meeting-news-retimed = 🕖 <b>{ $name }</b> cambia de día u hora.
meeting-news-next = 🗓 Próxima: { $when } · { $length }
meeting-news-was = (Iba a ser el { $was }.)
meeting-news-new-place = 📍 <b>{ $name }</b> ahora se reúne en { $place }.
meeting-news-online-only = 📍 <b>{ $name }</b> ahora se reúne solo en línea.
meeting-news-new-link = 💻 <b>{ $name }</b> tiene un enlace nuevo para entrar: { $url }
meeting-news-no-link = 💻 <b>{ $name }</b> ya no tiene enlace en línea.
meeting-news-calendar = 📅 ¿La tienes en tu calendario? Abre este archivo para actualizarla.
meeting-news-calendar-new = 📅 Abre este archivo para añadirla a tu calendario.

cmd-next = Cuándo y dónde es la próxima reunión
cmd-meetings = Las reuniones de esta semana y el calendario
cmd-reminders = Recordatorios de reuniones y horas de silencio
cmd-addmeeting = Añadir una reunión (facilitadores)
cmd-editmeeting = Cambiar una reunión (facilitadores)
cmd-cancelmeeting = Cancelar una reunión (facilitadores)
cmd-movemeeting = Cambiar de fecha una reunión (facilitadores)
cmd-endmeeting = Terminar una serie de reuniones (facilitadores)

# Lo que ven los miembros: /next, /meetings, /reminders, horas de silencio y "Allí estaré".
next-none = Aún no sé de ninguna reunión próxima. Cuando alguien del equipo de facilitación añada una, la verás aquí con /next.
next-no-group = Aún no te has unido a ningún grupo. Los lugares y enlaces de las reuniones son para quienes forman parte de cada grupo: pide a tu facilitador o facilitadora el enlace de invitación y, cuando te hayas unido, /next te mostrará tus reuniones aquí.
btn-add-calendar = 📅 Añadir al calendario
btn-remind-me = 🔔 Recuérdamelo
next-also-on = 🗓 También: { $dates }
next-rsvp-yes = 🙋 Dijiste que vendrías.
next-rsvp-no = Dijiste que no puedes venir.
calendar-caption = Abre este archivo para añadir <b>{ $name }</b> a tu calendario.
week-header = <b>Reuniones de los próximos 7 días</b>
week-none = No hay reuniones en los próximos 7 días. /next te muestra la próxima.
btn-meetings-private = 🔔 Recordatorios y calendario, en privado
btn-whole-schedule = 📅 Todo el calendario: { $group }
btn-reminders = 🔔 Recordatorios
button-no-longer-works = Ese botón ya no funciona.
reminders-header = <b>Tus recordatorios de reuniones</b>
reminders-none = Aún no tienes recordatorios. Toca una reunión o un grupo aquí abajo para elegirlos.
reminders-item-meeting = • { $name }: { $offsets }
reminders-item-group = • Todas las reuniones de { $group }: { $offsets }
reminders-quiet = 🌙 Horas de silencio: { $start }–{ $end }
reminders-quiet-none = 🌙 Horas de silencio: ninguna
quiet-explain = Nunca llega un recordatorio en tus horas de silencio: si toca entonces, llega cuando terminan, o no llega si la reunión ya ha empezado.
btn-quiet = 🌙 Horas de silencio
btn-meeting-reminders = 🔔 { $name }
btn-group-reminders = 🔔 Todas las reuniones de { $group }
remind-choose-meeting = 🔔 ¿Cuándo te recuerdo <b>{ $name }</b>? Toca para elegir y otra vez para quitar.
remind-choose-group = 🔔 ¿Cuándo te recuerdo cada reunión de <b>{ $group }</b>? Toca para elegir y otra vez para quitar.
offset-days = { $n ->
    [one] 1 día antes
   *[other] { $n } días antes
}
offset-hours = { $n ->
    [one] 1 hora antes
   *[other] { $n } horas antes
}
offset-span = { $span } antes
btn-done = Listo
remind-saved = ✅ Guardado. Te lo recordaré { $offsets }.
remind-saved-none = { $scope ->
    [group] De acuerdo, sin recordatorios para las reuniones de este grupo.
   *[meeting] De acuerdo, sin recordatorios para esta.
}
quiet-choose = 🌙 ¿Cuándo prefieres silencio? En esas horas no llega ningún recordatorio (tu hora, { $zone }).
btn-quiet-none = Ninguna
btn-quiet-other = Otras…
quiet-ask = Escribe tus horas de silencio con una hora de inicio y otra de fin, por ejemplo 22:30-07:00.
quiet-set = 🌙 Horas de silencio: { $start }–{ $end } (tu hora, { $zone }).
quiet-cleared = Sin horas de silencio: los recordatorios pueden llegar a cualquier hora.
quiet-bad = No lo he entendido. Escribe una hora de inicio y otra de fin, por ejemplo 22:30-07:00 (o toca Ninguna).
rsvp-thanks-yes = ¡Gracias, nos vemos allí!
rsvp-thanks-no = Gracias por avisarnos.
rsvp-need-start = Abre primero un chat privado conmigo y envía /start; luego vuelve a tocar.
rsvp-cancelled = Esa reunión se canceló, así que no hace falta responder.
rsvp-past = Esa reunión ya terminó.
