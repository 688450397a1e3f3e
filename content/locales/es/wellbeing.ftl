# El chequeo de bienestar: voluntario, con su propio consentimiento; las preguntas son la
# redacción oficial de la escala (content/wellbeing/phq4.toml), no textos nuestros.

cmd-wellbeing = Un breve chequeo de bienestar, si quieres
wellbeing-offer =
    🌱 <b>Un breve chequeo de bienestar, si quieres</b>

    Ahora, y otra vez a las 8 y a las 12 semanas, puedo hacerte cuatro preguntas cortas sobre cómo han ido las dos últimas semanas. Lleva un minuto. Tú decides: decir que no no cambia nada más.

    Tus respuestas son tuyas. Las personas facilitadoras nunca las ven. El grupo solo ve cómo cambian juntas cinco personas o más, nunca las respuestas de nadie. /mydata te las muestra, y /forget o «Parar» las borra.

    ¿Quieres participar?
wellbeing-item =
    { $stem }

    <b>{ $item }</b>

    Pregunta { $number } de { $count }
wellbeing-done = Gracias. Eso es todo por ahora. Si las cosas pesan, no tienes que llevarlo a solas: /crisis te muestra con quién puedes hablar ahora mismo.
wellbeing-joined = Gracias por participar. Te volveré a preguntar cuando toque.
wellbeing-declined = Está bien. No te lo volveré a preguntar. Si cambias de idea, /wellbeing sigue aquí.
wellbeing-stopped = Hecho. Has dejado el chequeo de bienestar y tus respuestas se han borrado.
wellbeing-later-ok = No pasa nada. Esta vez no se ha guardado nada.
wellbeing-closed = Estas preguntas ya se cerraron. Gracias de todos modos.
wellbeing-unavailable = El chequeo de bienestar usa preguntas probadas en cada idioma, y aún no hay una versión probada en tu idioma, así que no lo ofrezco. Nada más cambia.
wellbeing-taking-part =
    🌱 Participas en el chequeo de bienestar. Has respondido { $times ->
        [one] una vez
       *[other] { $times } veces
    }. Solo tú puedes ver tus respuestas (/mydata).

    Puedes parar cuando quieras: tus respuestas se borran.
btn-wellbeing-yes = Sí, me gustaría
btn-wellbeing-no = No, gracias
btn-wellbeing-later = Ahora no
btn-wellbeing-stop = Parar y borrar mis respuestas
