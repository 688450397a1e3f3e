# Textos de /stats: estadísticas anónimas de un grupo para facilitadores, administradores y financiadores.

cmd-stats = Estadísticas anónimas de tu grupo

stats-bad =
    No lo he entendido. Envía /stats para ver los últimos 30 días, o añade un número de días entre 7 y 365.
    Por ejemplo: /stats 7 o /stats 90
stats-no-groups = Todavía no facilitas ningún grupo, así que no hay estadísticas que mostrar.
stats-pick-group = ¿De qué grupo quieres ver las estadísticas (últimos { $days } días)?
btn-stats-group = 📊 { $title }
stats-not-yours = Solo puedes ver las estadísticas de los grupos que facilitas.

stats-title = <b>📊 Estadísticas de { $title }</b>
stats-period = Últimos { $days } días: del { $start } al { $end } (fechas UTC)
stats-active = 👥 Miembros activos: { $value }
stats-new = 🆕 Miembros nuevos: { $value }
stats-retention = 🔁 Siguen activos 4 semanas después de unirse: { $four } · 12 semanas después: { $twelve }
stats-checkins = ✅ Check-ins activados: { $on } · respondieron al menos una vez: { $answered }
stats-moods = 🙂 Ánimo en los check-ins respondidos: { $moods }
stats-mood-share = { $mood } { $share }
stats-rsvps = 📅 Respuestas a reuniones: «Allí estaré» { $yes } · «No puedo ir» { $no }
stats-flags = 🚩 Alertas de crisis: { $flags } · tiempo habitual hasta que alguien dijo «Me encargo»: { $wait }
stats-fewer = menos de 5*
stats-none = todavía nadie
stats-no-flags = ninguna alerta
stats-no-answers = todavía sin respuestas
stats-minutes = { $minutes } min
stats-hours = { $hours } h
stats-percent = { $value } %
stats-footnote = * Para cuidar la privacidad de todas las personas, cualquier cifra que venga de menos de 5 personas aparece como «menos de 5» en lugar del número, para que nadie pueda ser reconocido. Aquí no se nombra a nadie.

stats-chart-title = { $title }
stats-chart-subtitle = Últimos { $days } días (del { $start } al { $end })
stats-chart-counts = Personas y respuestas
stats-chart-moods = Ánimo en los check-ins respondidos
stats-chart-hidden = menos de 5
stats-chart-no-answers = Todavía no hay check-ins respondidos
stats-chart-retention = Siguen activos 4 semanas después de unirse: { $four } · 12 semanas después: { $twelve }
stats-chart-wait = Tiempo habitual hasta que alguien dijo «Me encargo»: { $wait }
stats-bar-active = Miembros activos
stats-bar-new = Miembros nuevos
stats-bar-checkins-on = Check-ins activados
stats-bar-answered = Check-ins respondidos
stats-bar-yes = «Allí estaré»
stats-bar-no = «No puedo ir»
stats-bar-flags = Alertas de crisis
