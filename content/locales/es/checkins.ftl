# Registro diario del ánimo: la pregunta, las palabras de ánimo, resúmenes y avisos a facilitadores.

checkin-prompt = 🌤 <b>¿Cómo te sientes hoy?</b>
    Toca la opción que mejor encaje. No hay respuestas incorrectas.
checkin-prompt-late = (Llega un poco tarde: estuve desconectado un rato.)
mood-5 = 😄 5 · Muy bien
mood-4 = 🙂 4 · Bien
mood-3 = 😐 3 · Regular
mood-2 = 😕 2 · Bajo
mood-1 = 😞 1 · Muy bajo
checkin-skip-today = Saltar hoy
checkin-weekly-summary = <b>Tu semana</b>
    { $answered ->
        [one] Registraste tu ánimo una vez
       *[other] Registraste tu ánimo { $answered } veces
    }, con un ánimo medio de { $average } sobre 5. { $streak ->
        [0] { "" }
        [one] Llevas 1 día seguido.
       *[other] Llevas { $streak } días seguidos.
    }
    Envía /mood para ver tu gráfico. Trátate con cariño esta semana. 🌱
checkin-request-asked = 🤝 <b>{ $name }</b> quiere que alguien de facilitación le escriba después de su registro de ánimo. <a href="tg://user?id={ $id }">Abrir chat</a>. (No es una alerta de crisis.)
checkin-request-low_mood = 🤝 <b>{ $name }</b> ha tenido unos días difíciles y aceptó que alguien de facilitación le escriba. <a href="tg://user?id={ $id }">Abrir chat</a>. (No es una alerta de crisis.)

# "Yo le escribo": el único botón de una petición, y lo que responde al pulsarlo.
btn-contact-take = 🙋 Yo le escribo
btn-contact-taken = ✅ { $name } le va a escribir
btn-contact-taken-you = ✅ Tú le vas a escribir
contact-reminder = ⏰ <b>Recordatorio:</b> nadie ha dicho todavía que vaya a escribirle.
contact-withdrawn = 🤝 Esta petición de contacto se ha retirado. No hace falta hacer nada más. Gracias.
contact-claimed = ¡Gracias! Las demás personas ven que tú le vas a escribir.
contact-yours = Dijiste que le escribirías. ¡Gracias!
contact-already = { $name } ya dijo que le escribiría.
contact-not-allowed = Esta petición fue a otras personas de facilitación, así que les toca a ellas. Gracias por ofrecerte.
contact-gone = Esta petición se ha retirado. No hace falta hacer nada más.
contact-someone = Alguien
audit-contact-claim = dijo que escribiría a un miembro que lo pidió

# /checkin: activar el registro, ver el plan y cambiarlo (la parte del chat).
checkin-intro = 🌤 <b>Registro diario del ánimo</b>
    Una vez al día, a la hora que elijas, te preguntaré cómo te sientes. Basta con un toque.
    Tú decides: puedes pausarlo o dejarlo cuando quieras, y solo tú ves tus respuestas.

    ¿Qué hora te va bien? (Tu zona horaria: { $zone })
btn-checkin-time-other = Otra hora…
checkin-time-ask = ¿A qué hora? Escríbela así: <b>21:30</b> o <b>8am</b>.
checkin-time-bad = Perdona, no he podido leer esa hora. Prueba algo como <b>21:30</b>, <b>08:00</b> o <b>9pm</b>.
checkin-days-ask = Registro a las { $time }: ¿qué días?
btn-checkin-every-day = Todos los días
btn-checkin-weekdays = Entre semana
btn-checkin-weekends = Fines de semana
btn-checkin-choose-days = Elegir días…
checkin-days-choose = Toca los días que quieras y luego <b>Listo</b>.
btn-checkin-days-done = Listo
checkin-days-none = Elige al menos un día.
checkin-consent-ask = Una última pregunta. Si pasas varios días difíciles seguidos, ¿puedo avisar a alguien de facilitación de que quizá te vendría bien hablar? (Nunca verían tus respuestas.)
btn-checkin-consent-yes = Sí, de acuerdo
btn-checkin-consent-no = No, gracias
checkin-on = ✅ Registro activado: { $days } a las { $time } ({ $zone }). El próximo: { $next }.
    { $share ->
        [on] Si pasas varios días difíciles, avisaré a alguien de facilitación de que quizá te vendría bien hablar.
       *[other] No le contaré a nadie nada de tus registros.
    }
    Envía /pause para tomarte un descanso, o /checkin para cambiar lo que quieras.
checkin-days-every = todos los días
checkin-days-weekdays = entre semana
checkin-days-weekends = los fines de semana
checkin-next-none = ninguno previsto
checkin-status = 🌤 <b>Tu registro diario</b>
    { $days } a las { $time } ({ $zone }). El próximo: { $next }.
checkin-status-paused = ⏸ En pausa hasta el { $date } (incluido).
checkin-status-options = Resumen semanal los domingos: { $summary ->
        [on] sí
       *[other] no
    }
    Avisar a facilitación en días difíciles: { $share ->
        [on] sí
       *[other] no
    }
btn-checkin-change-time = 🕘 Cambiar la hora
btn-checkin-change-days = 📅 Cambiar los días
btn-checkin-pause = ⏸ Pausar
btn-checkin-summary-on = ✅ Resumen semanal: sí
btn-checkin-summary-off = Resumen semanal: no
btn-checkin-share-on = ✅ Avisar a facilitación en días difíciles: sí
btn-checkin-share-off = Avisar a facilitación en días difíciles: no
btn-checkin-off = Desactivar el registro
checkin-saved = Guardado.
checkin-off-done = Registro desactivado. Tus registros anteriores siguen aquí, solo para ti (/mood). Envía /checkin cuando quieras volver a activarlo.
checkin-time-choose = ¿A qué hora quieres tu registro? (Tu zona horaria: { $zone })
checkin-days-change = ¿Qué días quieres tu registro?

# /pause y /resume
checkin-pause-ask = ¿Cuánto tiempo quieres descansar del registro? También puedes escribir, por ejemplo, /pause 3 días o /pause hasta el { $example }.
btn-checkin-pause-1 = 1 día
btn-checkin-pause-3 = 3 días
btn-checkin-pause-7 = 1 semana
btn-checkin-resume = Reanudar ahora
checkin-paused = ⏸ Registro en pausa hasta el { $end } (incluido). Vuelve el { $resume }. Cuídate; envía /resume si quieres volver antes.
checkin-pause-bad = No he podido entenderlo. Prueba <b>/pause 3</b>, <b>/pause 3 días</b>, <b>/pause una semana</b> o <b>/pause hasta el { $example }</b> (hasta un año).
checkin-pause-past = El { $date } ya pasó (hoy es { $today }). Prueba <b>/pause hasta el { $example }</b> o <b>/pause 3 días</b>.
checkin-not-on = El registro está desactivado, así que no hay nada que pausar. Envía /checkin si quieres activarlo.
checkin-resumed = ▶️ Qué bien tenerte de vuelta: el registro vuelve a estar activo. El próximo: { $next }.
checkin-not-paused = El registro no está en pausa. El próximo: { $next }.

# Responder al registro
checkin-thanks = Gracias por contarme cómo estás: { $mood }
btn-checkin-note = ✏️ Añadir una nota
btn-checkin-help = 🤝 Me gustaría que alguien de facilitación me escribiera
checkin-closed = Este registro ya se cerró: hasta la próxima
checkin-skipped = Vale, hoy no hay registro. Hasta la próxima.
checkin-skipped-text = Hoy lo saltamos. Hasta la próxima. 🌱
checkin-note-ask = Escribe unas palabras: solo tú las verás.
checkin-note-saved = He guardado tu nota.
checkin-note-offer = ¿Guardo esto como la nota de hoy? Solo tú la verás.
btn-checkin-keep-note = ✏️ Guardar como nota de hoy
btn-checkin-drop-note = No, gracias
checkin-note-not-kept = Vale, no lo he guardado.
checkin-help-sent = He avisado a las personas de facilitación de tu grupo. Alguna te escribirá en cuanto pueda. Si necesitas a alguien ahora mismo: /crisis
checkin-help-sent-admins = Tu grupo no tiene a nadie de facilitación ahora mismo, así que he avisado a las personas que gestionan este bot. Alguna te escribirá en cuanto pueda. Si necesitas a alguien ahora mismo: /crisis
checkin-help-already = Ya lo pediste, y no lo he olvidado.
checkin-help-nobody = Todavía no he podido avisar a nadie, pero seguiré intentándolo hasta que alguien pueda. Si necesitas a alguien ahora mismo: /crisis
checkin-low-run = 💛 Parece que los últimos días han sido duros. Gracias por contármelo; eso tiene mérito.
    Si sientes que es demasiado, en /crisis hay personas con quienes hablar ahora mismo, y en /resources hay apoyo cerca de ti.
    { $told ->
        [yes] Como acordaste, he avisado a las personas de facilitación de tu grupo de que quizá te vendría bien hablar.
        [later] Como acordaste, avisaré a alguien de facilitación de que quizá te vendría bien hablar. Todavía no he podido avisar a nadie, pero seguiré intentándolo.
       *[other] Si quieres, alguien de facilitación puede escribirte.
    }
btn-checkin-talk = 🤝 Hablar con alguien de facilitación

# /mood: gráficos y su resumen
mood-caption = 📈 <b>Tus últimos { $days } días</b>
    { $answered ->
        [one] 1 registro
       *[other] { $answered } registros
    } · ánimo medio { $average } sobre 5
    { $streak ->
        [0] { "" }
        [one] Llevas 1 día seguido.
       *[other] Llevas { $streak } días seguidos.
    }
mood-caption-year = 🟩 <b>Tu año en píxeles</b>
    { $answered ->
        [one] 1 registro
       *[other] { $answered } registros
    } · ánimo medio { $average } sobre 5
    { $streak ->
        [0] { "" }
        [one] Llevas 1 día seguido.
       *[other] Llevas { $streak } días seguidos.
    }
mood-caption-best = Mejores días: { $dates }
mood-caption-hardest = Días más difíciles: { $dates }
mood-none = Aún no hay registros en los últimos { $days } días. Cuando respondas uno, tu gráfico aparecerá aquí. 🌱
mood-bad = Puedo mostrar /mood (los últimos 30 días), /mood 90 o /mood year.
mood-chart-title = Mi ánimo: los últimos { $days } días
mood-chart-title-year = Mi año en píxeles
mood-chart-no-data = Aún no hay registros
mood-chart-no-answer = Sin respuesta
mood-word-1 = Muy bajo
mood-word-2 = Bajo
mood-word-3 = Regular
mood-word-4 = Bien
mood-word-5 = Muy bien

# Para /settings y el menú de comandos
settings-checkins = 🌤 El registro diario del ánimo, y si se avisa a facilitación en días difíciles: /checkin
btn-settings-checkins = 🌤 Registro diario
cmd-checkin = Registro diario: activar, desactivar, hora y días
cmd-mood = Tu gráfico del ánimo
cmd-pause = Pausar el registro un tiempo
cmd-resume = Reanudar el registro
