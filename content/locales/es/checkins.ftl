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
