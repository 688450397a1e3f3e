# Privacidad: /privacy, /mydata, /forget, /stop.

privacy-text =
    <b>Tu privacidad</b>

    <b>Lo que guardo:</b> tu número de usuario de Telegram (no tu teléfono), tu nombre y tu nombre de usuario, el idioma y la zona horaria que elegiste, los grupos a los que te uniste a través de mí y el momento en que aceptaste esto.
    <b>Para qué:</b> para responderte en tu idioma, mostrarte las horas en tu zona horaria y saber qué reuniones y qué personas facilitadoras son las tuyas.
    <b>Tus mensajes:</b> leo los mensajes que me envías, y los de los grupos que puedo ver, buscando palabras y formas de decir las cosas que pueden indicar que alguien está en peligro (una lista de palabras y un pequeño modelo que funciona dentro del bot; tus mensajes no van a ningún otro sitio para esto). Si las veo, te envío líneas de ayuda y aviso a las personas facilitadoras de tu grupo (tu nombre, dónde, y un fragmento corto con las palabras preocupantes) para que un par con formación pueda acercarse a ti. Guardo ese fragmento y tu nombre con la alerta durante { $days } días; después solo queda un recuento anónimo. No guardo tus otros mensajes.
    <b>Avisos y preocupaciones:</b> si avisas de un mensaje (/report) o me cuentas que te preocupa alguien (/worried), guardo que fuiste tú, sobre quién era y tus palabras durante { $days } días, para los facilitadores del grupo; ellos ven tus palabras pero no tu nombre, y a esa persona nunca se le dice.
    <b>Días en que me usaste:</b> la fecha (nunca lo que escribiste) de cada día en que me escribes o pulsas un botón, durante { $activity_days } días, para que las personas facilitadoras vean totales anónimos, como cuántos miembros participaron este mes. Nunca quién: cualquier cifra que venga de menos de 5 personas se oculta.
    <b>Si los activas:</b> recordatorios de reuniones (qué reuniones, con cuánta antelación, tus horas de silencio y si dijiste que irías) y el registro diario del ánimo (tu hora y tus días, el ánimo de cada día y las notas que añadas). Las notas se borran a los { $note_days } días; el ánimo se queda hasta que lo borres. Las personas facilitadoras nunca ven tus registros: si pides que alguien te escriba (o aceptaste que pudieran tras unos días difíciles), solo se les dice que te gustaría hablar.
    <b>Recién llegado a un grupo:</b> durante tus primeras horas en un grupo, cuándo entraste (para que un facilitador vea antes tus enlaces); después se borra. Si quienes me gestionan bloquean una cuenta por spam, su número de usuario sigue en su lista de bloqueo incluso después de /forget, para que el bloqueo se mantenga.
    <b>Opiniones y chequeo de bienestar:</b> tras una reunión a la que dijiste que irías, puedo preguntarte qué tal fue; tu respuesta se guarda sin tu nombre. El chequeo de bienestar tiene su propio sí o no: /wellbeing te lo muestra, y ahí puedes pararlo y borrar tus respuestas.
    <b>Durante cuánto tiempo:</b> hasta que lo borres con /forget, o hasta que tu grupo deje de usarme.
    <b>Quién lo ve:</b> solo las personas que gestionan este bot en tu comunidad. Las personas facilitadoras solo ven totales, nunca tus respuestas, salvo que estés en peligro.

    /mydata te envía un archivo con todo. /forget lo borra todo.

mydata-caption = Aquí tienes todo lo que guardo sobre ti.
mydata-none = No guardo nada sobre ti. 🌿

forget-confirm =
    Esto borra todo lo que guardo sobre ti: tus ajustes, tus grupos y cualquier otra cosa que hayas activado. No se puede deshacer.
    ¿Quieres que te olvide?
forget-confirm-staff =
    <b>Formas parte del equipo.</b>{ $group_count ->
        [0] {""}
       *[other] {" "}Si borras tus datos, también dejarás de facilitar en: { $groups }.
    }{ $admin ->
        [yes] {" "}Dejarás de administrar el bot (salvo que eso esté fijado en sus ajustes).
       *[no] {""}
    }{ $held ->
        [0] {""}
        [one] {" "}La alerta que atendías vuelve a las demás personas que la recibieron, y se les avisará.
       *[other] {" "}Las { $held } alertas que atendías vuelven a las demás personas que las recibieron, y se les avisará.
    }
btn-forget-yes = Sí, olvídame
btn-no = No, mantenerlo
forget-done =
    Hecho. He borrado todo lo que guardaba sobre ti.
    Cuídate. Si algún día quieres volver, envía /start.
forget-cancelled = De acuerdo, no he borrado nada.
forget-nothing = No guardo nada sobre ti, así que no hay nada que borrar.

stop-done =
    De acuerdo. Ya no te enviaré nada por mi cuenta (ni recordatorios ni preguntas diarias).
    Puedes seguir preguntándome lo que quieras, y tus ajustes se quedan hasta que uses /forget.
    Si algo que escribes me preocupa, las personas facilitadoras de tu grupo se siguen enterando, para que alguien pueda escribirte.
    ¿Cambiaste de idea? Vuelve a activar los recordatorios con /reminders y las preguntas diarias con /checkin.
