# Textos de /stats: estadísticas anónimas de un grupo para facilitadores, administradores y financiadores.

cmd-stats = Estadísticas anónimas de tu grupo

stats-bad =
    No lo he entendido. Envía /stats para ver los últimos 30 días, o elige uno de estos periodos:
    /stats 7, /stats 30, /stats 90 o /stats 365 (días).
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
stats-fewer = oculto (menos de 5 personas)*
stats-none = todavía nadie
stats-no-flags = ninguna alerta
stats-no-answers = todavía sin respuestas
stats-minutes = { $minutes } min
stats-hours = { $hours } h
stats-percent = { $value } %
stats-footnote = * Para cuidar la privacidad de todas las personas, cualquier cifra que venga de menos de 5 personas aparece como «oculto (menos de 5 personas)» en lugar del número (en el ánimo, cada estado por separado), para que nadie pueda ser reconocido. Aquí no se nombra a nadie.
    «Siguen activos» se refiere a los miembros que se unieron en el año anterior a las últimas 4 (o 12) semanas del periodo: la parte que siguió usando el bot 4 (o 12) semanas o más después de unirse.

stats-chart-title = { $title }
stats-chart-subtitle = Últimos { $days } días (del { $start } al { $end })
stats-chart-counts = Personas y respuestas
stats-chart-moods = Ánimo en los check-ins respondidos
stats-chart-hidden = oculto (menos de 5 personas)
stats-chart-no-answers = Todavía no hay check-ins respondidos
stats-chart-retention = Siguen activos 4 semanas después de unirse: { $four } · 12 semanas después: { $twelve }
stats-chart-wait = Tiempo habitual hasta que alguien dijo «Me encargo»: { $wait }
stats-bar-active = Miembros activos
stats-bar-new = Miembros nuevos
stats-bar-checkins-on = Check-ins activados
stats-bar-answered = Miembros que respondieron
stats-bar-yes = «Allí estaré»
stats-bar-no = «No puedo ir»
stats-bar-flags = Alertas de crisis
stats-feedback = 💬 Cómo se vivieron las reuniones (1-5, según las respuestas): a salvo { $safe } · con escucha { $heard }
