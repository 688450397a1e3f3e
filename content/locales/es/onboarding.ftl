# Bienvenida: /start, idioma, consentimiento, zona horaria, unirse a un grupo.
# Los argumentos entre { $llaves } los rellena el bot; no los cambies. Etiquetas HTML: <b>, <i>, <a>.

start-choose-language =
    ¡Hola, { $name }! 👋
    Soy el bot de ayuda de tu grupo de apoyo entre pares.

    ¿En qué idioma prefieres que te hable?

start-agreed = ✅ Aceptaste. Puedes cambiar de opinión cuando quieras con /forget.

start-explain =
    Esto es lo que hago, en pocas palabras:

    • Te digo cuándo y dónde se reúne tu grupo y cómo unirte en línea.
    • Si quieres, te pregunto una vez al día cómo te sientes.
    • Te muestro dónde encontrar ayuda, incluidas las líneas de crisis.

    <b>Lo que guardo sobre ti:</b> tu nombre, tu nombre de usuario de Telegram, tu idioma, tu zona horaria, los grupos a los que te uniste y los días en que me usaste (nunca lo que escribiste; para totales anónimos del grupo). Nada más, salvo que actives alguna función.

    <b>Seguridad:</b> leo los mensajes que me envías, y los de los grupos que puedo ver, buscando palabras y formas de decir las cosas que pueden indicar que alguien está en peligro (una lista de palabras y un pequeño modelo que funciona dentro del bot; tus mensajes no van a ningún otro sitio para esto). Si las veo, te comparto líneas de ayuda y aviso discretamente a las personas facilitadoras de tu grupo (pares con formación), para que alguien pueda acercarse a ti. Guardo un fragmento corto de ese mensaje durante { $days } días para que sepan qué pasó; no guardo nada de tus otros mensajes.

    Puedes ver todo lo que guardo con /mydata y borrarlo todo con /forget, cuando quieras.

    ¿Te parece bien?

btn-agree = Sí, me parece bien
btn-decline = No, gracias

start-declined =
    Está bien, de verdad. No he guardado nada sobre ti.
    Si cambias de opinión, envía /start de nuevo. /help sigue funcionando.

start-ask-timezone =
    Gracias. Una última cosa: ¿en qué zona horaria estás? La uso para los horarios de las reuniones y los recordatorios.
    Ahora tengo <b>{ $timezone }</b>.

    Toca una opción o escribe su nombre (por ejemplo America/Mexico_City o Madrid).

btn-keep-timezone = Mantener { $timezone }

start-done =
    Todo listo, { $name }. 🌱
    Envía /help para ver lo que puedo hacer. Me alegra que estés aquí.

start-welcome-back =
    ¡Hola de nuevo, { $name }! 🌱
    Envía /help para ver lo que puedo hacer, o /settings para cambiar tu idioma o tu zona horaria.

group-joined = Te has unido a <b>{ $group }</b>. ¡Bienvenido/a! 🤝
group-already-joined = Ya formas parte de <b>{ $group }</b>.
invite-invalid = Ese enlace de invitación ya no funciona. Pide uno nuevo a la persona facilitadora de tu grupo.

timezone-set = Entendido: tu zona horaria ahora es <b>{ $timezone }</b>.
timezone-unknown =
    No conozco la zona horaria «{ $text }».
    Escribe un nombre como Europe/Madrid, America/Bogota o simplemente una ciudad grande cerca de ti (Madrid, Bogota).
timezone-did-you-mean = No estoy seguro de qué zona horaria es «{ $text }». ¿Quisiste decir alguna de estas? Tócala, o escribe otra ciudad cerca de ti.

# Used instead of a name that is empty once invisible characters are removed.
name-fallback = amigo/a
