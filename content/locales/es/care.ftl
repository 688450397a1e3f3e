# Cuidado de quienes facilitan: supervisión, la carga de cada cual, hablar tras un momento difícil.

cmd-load = Cuánto está cargando cada facilitador (administración, supervisión)
cmd-supervisors = Añadir o quitar supervisores (administración)

care-person-id = la persona con id { $id }
care-sup-header = <b>Supervisores</b>
care-sup-person = • { $name }
care-sup-none = Todavía nadie.
care-sup-footer =
    Los supervisores ven cuánto está cargando cada facilitador (/load) y se enteran cuando un facilitador quiere hablar de un momento difícil. Nunca ven los mensajes ni los nombres de los miembros, y no reciben alertas de crisis.
    Para añadir uno: reenvíame uno de sus mensajes, envía /supervisors add y su id numérico, o responde a uno de sus mensajes en un grupo con /supervisors add.
btn-care-sup-make = Hacerle supervisor
btn-care-sup-remove = Quitar a { $name }
care-sup-usage = Para añadir un supervisor, envía /supervisors add y su id numérico; para quitarlo, /supervisors remove y su id. /supervisors a secas muestra la lista.
care-sup-group-usage = Responde a uno de los mensajes de la persona con /supervisors add o /supervisors remove.
care-sup-not-person = Ese mensaje no lo envió una persona, así que no puedo hacerla supervisora.
care-sup-username = No puedo añadir a alguien solo por su @usuario: Telegram no les dice a los bots de quién es un nombre de usuario, y podría dar el papel a la persona equivocada. Reenvíame uno de sus mensajes, envía /supervisors add y su id numérico, o responde a uno de sus mensajes en un grupo con /supervisors add.
care-sup-added = ✅ { $name } ahora es supervisor.
care-sup-already = { $name } ya es supervisor.
care-sup-removed = { $name } ya no es supervisor.
care-sup-not-one = { $name } no es supervisor.
care-sup-must-open-bot = { $name } todavía no me ha abierto, así que no puedo escribirle. Pídele que abra { $link } y pulse Iniciar: hasta entonces no sabrá cuándo alguien quiere hablar.
care-sup-welcome =
    🤝 Ahora eres supervisor de quienes facilitan aquí.
    Cuando un facilitador quiera hablar de un momento difícil, te avisaré. /load muestra cuánto está cargando cada uno. No verás los mensajes ni los nombres de los miembros.
care-sup-goodbye = Ya no eres supervisor aquí. Gracias por cuidar de quienes facilitan.
audit-supervisor-add = nombró a un supervisor
audit-supervisor-remove = quitó a un supervisor

care-load-refused = Lo siento, eso es solo para las personas que gestionan este bot y sus supervisores.
care-load-empty = Todavía no hay facilitadores, ni alertas en los últimos 30 días.
care-load-header = <b>Cuánto está cargando cada facilitador</b>
    Últimos 7 días · últimos 30 días
care-load-name = <b>{ $name }</b>
care-load-name-id = <b>la persona con id { $id }</b>
care-load-received = Alertas recibidas: { $week } · { $month }
care-load-taken = Atendidas: { $week } · { $month }
care-load-resolved = Resueltas: { $week } · { $month }
care-load-night = De noche (22:00–07:00): { $week } · { $month }
care-load-on-call = Horas de guardia: { $week } · { $month }
care-load-footer = Las horas de guardia cuentan los turnos que cada cual tomó o recibió y los turnos de la rotación de cada grupo tal como está ahora.

care-offer =
    💛 Gracias por estar ahí en un momento difícil.
    ¿Te ayudaría hablarlo? Puedo pedir a un supervisor o a otro facilitador que se ponga en contacto contigo. No se comparte nada del miembro.
btn-care-supervisor = Hablarlo con un supervisor
btn-care-peer = Hablar con otro facilitador
btn-care-later = Ahora no
care-later = Está bien. Si más adelante quieres hablar, pídeselo a alguien de la administración. Cuídate mucho.
care-asked-sent-sup = He pedido a los supervisores que se pongan en contacto contigo. No se ha compartido nada del miembro.
care-asked-sent-peer = He pedido a los demás facilitadores de tu grupo que se pongan en contacto contigo. No se ha compartido nada del miembro.
care-asked-already-sup = Ya se lo he pedido a los supervisores; alguien debería escribirte pronto.
care-asked-already-peer = Ya se lo he pedido a los demás facilitadores; alguien debería escribirte pronto.
care-asked-nobody-sup = Todavía no hay ningún supervisor al que pueda escribir. La administración puede nombrar uno con /supervisors. También puedes hablar con otro facilitador.
care-asked-nobody-peer = Ahora mismo no hay otro facilitador de tu grupo al que pueda escribir. Puedes hablarlo con un supervisor.
care-gone = Esto ya se ha cerrado. Si quieres hablar, pídeselo a alguien de la administración.

care-request =
    🤝 <b>{ $name }</b> querría hablar de un momento difícil.
    ¿Podrías escribirle en privado cuando puedas?
btn-care-write = Escribir a { $name }
care-contact = Aquí tienes a { $name }: <a href="tg://user?id={ $id }">{ $name }</a>. Toca el nombre para abrir un chat.

care-checkin =
    🌱 ¿Cómo estás después del momento difícil de ayer?
    No tienes que responder. Lo que pulses queda entre nosotros y no se guarda.
btn-care-feel-ok = Estoy bien
btn-care-feel-shaken = Un poco removido
btn-care-feel-low = No muy bien
care-feel-ok = Me alegra saberlo. Gracias por lo que hiciste ayer. 💛
care-feel-shaken = Es muy comprensible después de lo que viviste. Trátate con cariño hoy y descansa si puedes. 💛
care-feel-low = Siento que te pese. No tienes que cargarlo solo: un supervisor puede hablarlo contigo.
