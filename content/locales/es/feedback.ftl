# Opinión tras una reunión: dos preguntas de un toque, guardadas sin el nombre de la persona.

feedback-ask =
    💬 <b>¿Qué tal fue { $meeting } para ti?</b>

    Si quieres contárnoslo, toca un número: ¿cuánto te sentiste a salvo allí?
    1 = nada, 5 = del todo.

    Tu respuesta se guarda sin tu nombre, solo con la reunión y la semana. Puedes saltarla.
feedback-heard =
    ¿Y cuánto te sentiste escuchado o escuchada?
    1 = nada, 5 = del todo.
feedback-thanks = Gracias por contárnoslo. Ayuda al grupo a cuidar bien de todas las personas. 💛
feedback-skipped = No pasa nada. Gracias por venir.
feedback-closed = Esta pregunta ya se cerró. Gracias de todos modos.
btn-feedback-skip = Saltar
