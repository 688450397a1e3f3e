# Textos compartidos: ayuda, ajustes, errores, grupos, menú de comandos.

help-member =
    <b>Lo que puedo hacer por ti</b>

    /start – configurarme, o unirte a un grupo con un enlace de invitación
    /next – cuándo y dónde es la próxima reunión, y cómo conectarte
    /meetings – las reuniones de esta semana y el calendario
    /reminders – recordatorios de reuniones y horas de silencio
    /rules – lo que acuerda tu grupo (su acuerdo)
    /checkin – registro diario del ánimo a tu hora (solo lo ves tú); /pause, /resume
    /mood – tu gráfico de ánimo y un breve resumen
    /crisis – líneas de crisis a las que puedes llamar o escribir ahora
    /worried – me preocupa alguien: avisa a los facilitadores de su grupo (en un grupo, responde /report a un mensaje)
    /resources – encontrar ayuda cerca o en línea: explorar temas o buscar
    /settings – cambiar tu idioma o tu zona horaria
    /privacy – qué guardo sobre ti, para qué y durante cuánto tiempo
    /mydata – recibir un archivo con todo lo que guardo sobre ti
    /forget – borrar todo lo que guardo sobre ti
    /stop – dejar de recibir los mensajes que envío por mi cuenta
    /help – esta lista

    Si estás en peligro o piensas en quitarte la vida, por favor contacta ahora con una línea de crisis o con el número de emergencias de tu país. Mereces apoyo.

help-admin-extra =

    <b>Para administradores</b>
    /groups – los grupos en los que estoy, con sus enlaces de invitación
    /setup – configurar de nuevo un grupo: nombre, zona horaria, idioma, recordatorio de reuniones
    /status – lo que puedo ver en cada grupo y qué cambiar
    /facilitators – añadir o quitar facilitadores de un grupo (responde a su mensaje, reenvía uno o da su número)
    /audit – quién hizo qué últimamente (facilitadores y administradores)
    /supervisors – añadir o quitar supervisores, que cuidan de quienes facilitan
    /load – cuánto está cargando cada facilitador (también para supervisores)
    /reload – leer de nuevo los archivos de recursos después de editarlos

need-start = Todavía no nos conocemos. Envía /start y te explico lo que hago.

settings-menu =
    <b>Tus ajustes</b>
    Idioma: { $language }
    Zona horaria: { $timezone }
    Formato de hora: { $example }
    { settings-checkins }

    ¿Qué quieres cambiar?

btn-language = Idioma
btn-clock = 🕒 Formato de hora
btn-timezone = Zona horaria
settings-choose-language = ¿En qué idioma prefieres que te hable?
settings-language-set = De acuerdo, a partir de ahora te hablaré en español.
settings-choose-timezone =
    ¿En qué zona horaria estás? Ahora tengo <b>{ $timezone }</b>.
    Toca una opción o escribe su nombre (por ejemplo Europe/Madrid o Bogota).


unknown-command = No conozco ese comando. Envía /help para ver lo que puedo hacer.
text-fallback =
    Gracias por escribirme. 💛 Soy un bot sencillo y no puedo responder a todo lo que me dices.
    Si hoy las cosas pesan, no estás solo ni sola: /crisis te muestra personas a las que puedes llamar o escribir ahora mismo, y las personas facilitadoras están ahí para ti. /checkin te ayuda a seguir cómo te sientes, y /help te muestra todo lo que puedo hacer.
non-text-fallback = Solo puedo leer mensajes de texto. Envía /help para ver lo que puedo hacer.
only-private = Hablemos en privado para que tus datos queden entre nosotros. Toca el botón de abajo.
btn-open-private = Abrir un chat privado
not-a-person = Envía esto desde tu propia cuenta, no en nombre de un grupo o un canal.
button-expired = Este botón ya no funciona. Empieza de nuevo, por favor.
something-went-wrong = Lo siento, algo ha fallado por mi parte. Inténtalo de nuevo en un momento.

admin-only = Lo siento, eso es solo para las personas que gestionan este bot.
groups-none = Todavía no estoy en ningún grupo. Añádeme a un grupo y aparecerá aquí.
groups-list-header = <b>Grupos en los que estoy</b>
groups-list-item =
    • <b>{ $title }</b> – { $members ->
        [one] 1 miembro
       *[other] { $members } miembros
    }
      Enlace de invitación: { $link }

bot-added-to-group =
    ¡Hola a todos! 👋 Soy el bot de ayuda de este grupo.
    Para recibir los horarios de las reuniones, recordatorios y líneas de ayuda, toca el botón de abajo y pulsa Iniciar. Lo que me cuentes en privado se queda en privado.
btn-join-group = Unirme con el bot

cmd-start = Configurarme o unirte a un grupo
cmd-help = Lo que puedo hacer
cmd-settings = Idioma y zona horaria
cmd-privacy = Qué guardo sobre ti
cmd-mydata = Descargar tus datos
cmd-forget = Borrar tus datos
cmd-stop = Dejar de recibir mensajes automáticos
cmd-groups = Grupos y enlaces de invitación (administración)
cmd-crisis = Líneas de crisis, ahora
cmd-flags = Alertas abiertas y recientes (facilitación)
cmd-flag = Una alerta y su historial (facilitación)
cmd-oncall = Quién está de guardia (facilitación)

settings-choose-clock = ¿Cómo quieres que escriba las horas?
btn-clock-auto = Como se usa donde vivo ({ $example })
settings-clock-set = Hecho: escribiré las horas así: { $example }.

question-dropped-meeting = He dejado a un lado lo que estabas haciendo con una reunión. Envía el mismo comando para empezar de nuevo.
question-dropped-resource = He dejado a un lado lo que estabas haciendo con un recurso. Envía el mismo comando para empezar de nuevo.
question-dropped-announcement = He dejado a un lado el anuncio que estabas escribiendo. Envía /announce para empezar de nuevo.
question-dropped-setup = He dejado a un lado la configuración del grupo que habías empezado. Envía /setup para empezar de nuevo.
