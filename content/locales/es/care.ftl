# Cuidado de quienes facilitan: supervisión, la carga de cada cual, hablar tras un momento difícil.

cmd-load = Cuánto está cargando cada persona facilitadora (administración, supervisión)
cmd-supervisors = Añadir o quitar personas de supervisión (administración)

care-person-id = la persona con id { $id }
care-sup-header = <b>Supervisión</b>
care-sup-person = • { $name }
care-sup-none = Todavía nadie.
care-sup-footer =
    Quienes supervisan ven cuánto está cargando cada persona facilitadora (/load) y se enteran cuando alguien quiere hablar de un momento difícil. Nunca ven los mensajes ni los nombres de los miembros, y no reciben alertas de crisis.
    Para añadir uno: reenvíame uno de sus mensajes, envía /supervisors add y su id numérico, o responde a uno de sus mensajes en un grupo con /supervisors add.
btn-care-sup-make = Añadir a la supervisión
btn-care-sup-remove = Quitar a { $name }
care-sup-usage = Para añadir a alguien a la supervisión, envía /supervisors add y su id numérico; para quitarlo, /supervisors remove y su id. /supervisors a secas muestra la lista.
care-sup-group-usage = Responde a uno de los mensajes de la persona con /supervisors add o /supervisors remove.
care-sup-not-person = Ese mensaje no lo envió una persona, así que no puedo hacerla supervisora.
care-sup-username = No puedo añadir a alguien solo por su @usuario: Telegram no les dice a los bots de quién es un nombre de usuario, y podría dar el papel a la persona equivocada. Reenvíame uno de sus mensajes, envía /supervisors add y su id numérico, o responde a uno de sus mensajes en un grupo con /supervisors add.
care-sup-added = ✅ { $name } ahora forma parte de la supervisión.
care-sup-already = { $name } ya forma parte de la supervisión.
care-sup-removed = { $name } ya no forma parte de la supervisión.
care-sup-not-one = { $name } no forma parte de la supervisión.
care-sup-must-open-bot = { $name } todavía no me ha abierto, así que no puedo escribirle. Pídele que abra { $link } y pulse Iniciar: hasta entonces no sabrá cuándo alguien quiere hablar.
care-sup-welcome =
    🤝 Ahora formas parte de la supervisión de quienes facilitan aquí.
    Cuando una persona facilitadora quiera hablar de un momento difícil, te avisaré. /load muestra cuánto está cargando cada uno. No verás los mensajes ni los nombres de los miembros.
care-sup-goodbye = Ya no formas parte de la supervisión aquí. Gracias por cuidar de quienes facilitan.
audit-supervisor-add = añadió a alguien a la supervisión
audit-supervisor-remove = quitó a alguien de la supervisión

care-load-refused = Lo siento, eso es solo para las personas que gestionan este bot y para la supervisión.
care-load-empty = Todavía no hay personas facilitadoras, ni alertas en los últimos 30 días.
care-load-header = <b>Cuánto está cargando cada persona facilitadora</b>
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
    ¿Te ayudaría hablarlo? Puedo pedir a la supervisión o a otra persona facilitadora que se ponga en contacto contigo. No se comparte nada del miembro.
btn-care-supervisor = Hablarlo con la supervisión
btn-care-peer = Hablar con otra persona facilitadora
btn-care-later = Ahora no
care-later = Está bien. Si más adelante quieres hablar, pídeselo a alguien de la administración. Cuídate mucho.
care-asked-sent-sup = He pedido a la supervisión que se ponga en contacto contigo. No se ha compartido nada del miembro.
care-asked-sent-peer = He pedido a las demás personas facilitadoras de tu grupo que se pongan en contacto contigo. No se ha compartido nada del miembro.
care-asked-already-sup = Ya se lo he pedido a la supervisión; alguien debería escribirte pronto.
care-asked-already-peer = Ya se lo he pedido a las demás personas facilitadoras; alguien debería escribirte pronto.
care-asked-nobody-sup = Todavía no hay nadie en la supervisión a quien pueda escribir. La administración puede añadir a alguien con /supervisors. También puedes hablar con otra persona facilitadora.
care-asked-nobody-peer = Ahora mismo no hay otra persona facilitadora de tu grupo a quien pueda escribir. Puedes hablarlo con la supervisión.
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
care-feel-low = Siento que te pese. No tienes que cargarlo en soledad: alguien de la supervisión puede hablarlo contigo.
