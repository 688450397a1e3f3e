# Configuración guiada del grupo (en privado) y el enlace de configuración en el saludo del grupo.

cmd-setup = Configurar un grupo: nombre, zona horaria, idioma, recordatorio

setup-intro =
    ¡Gracias por añadirme a <b>{ $title }</b>! 🌱
    Vamos a configurarlo juntos: cuatro preguntas cortas (el nombre del grupo, su zona horaria, el idioma de mis mensajes en el chat del grupo y un recordatorio antes de cada reunión). Es cosa de un minuto.
btn-setup-start = Configurar ahora
btn-setup-later = Más tarde
btn-setup-stop = Dejar la configuración

setup-ask-name =
    <b>1 de 4 · Nombre</b>
    ¿Cómo llamo al grupo? Toca el botón para dejar <b>{ $title }</b>, o escribe un nombre nuevo (de 2 a 64 caracteres), por ejemplo: Círculo de los martes.
btn-setup-keep-name = Dejar «{ $title }»
setup-name-too-long = Ese nombre es demasiado largo: que tenga como mucho { $max } caracteres, por favor.
setup-name-too-short = Ese nombre es demasiado corto: usa al menos 2 letras o números, por ejemplo: Círculo de los martes.
setup-name-command = El nombre de un grupo no puede empezar con «/», porque así empiezan los comandos. Escribe solo el nombre, por ejemplo: Círculo de los martes.

setup-ask-timezone =
    <b>2 de 4 · Zona horaria</b>
    Las horas de las reuniones y los recordatorios siguen la zona horaria del grupo. Ahora es <b>{ $timezone }</b>. Toca una, o escribe una ciudad grande o el nombre de una zona, por ejemplo: Madrid, Bogotá o America/Mexico_City.
btn-setup-type-zone = Escribir una ciudad o zona
setup-type-timezone = Escribe el nombre de una ciudad grande cerca del grupo, o el de una zona, por ejemplo: Lima, Buenos Aires o Europe/Madrid.
setup-timezone-unknown = No conozco la zona horaria «{ $text }». Escribe una ciudad grande cerca del grupo (Madrid, Bogotá, Lima) o una zona como Europe/Madrid.
setup-timezone-did-you-mean = No estoy seguro de qué zona horaria es «{ $text }». ¿Quisiste decir alguna de estas? Tócala, o escribe otra ciudad cerca del grupo.

setup-ask-language =
    <b>3 de 4 · Idioma</b>
    ¿En qué idioma escribo mis mensajes en el chat del grupo? Cada miembro sigue eligiendo su propio idioma para nuestro chat privado.

setup-ask-reminder =
    <b>4 de 4 · Recordatorio de reuniones</b>
    ¿Publico un recordatorio en el chat del grupo antes de cada reunión? Los miembros también pueden elegir sus propios recordatorios en privado.
setup-post-off = No

setup-done =
    ✅ <b>{ $title }</b> ya está configurado.
    🕒 Zona horaria: { $timezone }
    🗣 Idioma de mis mensajes: { $language }
    ⏰ Recordatorio en el chat del grupo: { $reminder }
setup-invite = Los miembros se unen con este enlace (también está en mi mensaje de bienvenida en el grupo): { $link }
setup-next-header = <b>Lo que queda por hacer</b>
setup-next-readd = • Ya no puedo escribir en el grupo. Vuelve a añadirme y luego envía /setup.
setup-next-privacy = • Todavía no veo los mensajes de los miembros, así que no puedo darme cuenta si alguien está en peligro. Hazme administrador del grupo (sin permisos especiales), o en @BotFather envía /setprivacy, elige este bot, elige Disable, y luego sácame del grupo y vuelve a añadirme.
setup-next-facilitators = • Añade a quienes facilitan el grupo con /facilitators. Mientras tanto, las alertas van a los administradores.
setup-next-ask-admin = • Pide a un administrador del bot que añada a quienes facilitan el grupo (/facilitators). Mientras tanto, las alertas van a los administradores.
setup-next-meeting = • Añade la primera reunión del grupo con /addmeeting (pueden hacerlo facilitadores y administradores).
setup-next-none = No queda nada más: el grupo está listo. (Quien administra el bot puede enviar /status cuando quiera para comprobarlo.)

setup-not-allowed = Solo un administrador del bot, o un administrador del grupo en Telegram, puede configurar este grupo. No se ha cambiado nada.
setup-expired = Ese botón es de una configuración anterior. Envía /setup para empezar de nuevo.
setup-later = Sin problema. Envía /setup cuando quieras.
setup-stopped = Configuración detenida; no se ha cambiado nada. Envía /setup para empezar de nuevo.
setup-choose-button = Elige uno de los botones de abajo, por favor.
setup-use-buttons = Toca uno de los botones de arriba, por favor (o «Dejar la configuración»).
setup-no-groups = No hay ningún grupo que puedas configurar. Primero añádeme a tu grupo (tienes que ser administrador del grupo) y luego vuelve a enviar /setup.
setup-pick-group = ¿Qué grupo quieres configurar?
setup-link-invalid = Ese enlace de configuración ya no funciona. Envía /setup para ver los grupos que puedes configurar.

bot-added-setup-link = { $name }, para terminar de configurar el grupo, ábreme en privado con el botón de abajo y pulsa Iniciar.
btn-setup-in-private = Configurar el grupo (administración)
setup-gate-hint = 🚪 Para que quien llegue responda a una pregunta, lea el acuerdo del grupo (/rules) y dé su consentimiento antes de entrar, envía /gate. /invite crea un enlace para una persona.
btn-setup-gate = 🚪 Configurar la puerta de entrada
