# Textos de /announce: facilitadores y administradores envían un mensaje a todo un grupo.

cmd-announce = Enviar un aviso a los miembros de un grupo

ann-private-only = Los avisos se preparan en nuestro chat privado, para que el grupo no vea borradores. Abre un chat privado conmigo y envía /announce.
ann-no-groups = Todavía no estoy en ningún grupo, así que no hay nadie a quien avisar.
ann-pick-group = ¿Para qué grupo es este aviso?
ann-not-allowed = Solo puedes enviar avisos a los grupos que facilitas.
ann-ask-text =
    ¿Qué quieres que reciban los miembros de <b>{ $title }</b>?
    Envíame el mensaje como texto (hasta { $max } caracteres). Envía /cancel para dejarlo.
ann-empty = Ese mensaje está vacío. Envíame el texto del aviso, por favor.
ann-too-long = Ese mensaje tiene { $length } caracteres y un aviso puede tener como máximo { $max }. Acórtalo un poco y vuelve a enviarlo, por favor.
ann-text-only = Por ahora los avisos solo pueden ser de texto. Envíame el mensaje escrito, por favor.
ann-preview-intro = Esto es exactamente lo que recibirán los miembros:
ann-preview-audience =
    Le llegará a { $count ->
        [one] 1 miembro
       *[other] { $n } miembros
    } de <b>{ $title }</b>.
ann-nobody = Nadie en <b>{ $title }</b> puede recibir avisos todavía: ningún miembro se ha unido a través de mí, o me pidieron que no les escriba. No se envió nada.
ann-dropped = De acuerdo, el aviso no se envió.
btn-ann-send = ✅ Enviar
btn-ann-change = ✏️ Cambiar el texto
btn-ann-cancel = ✖️ Cancelar
btn-ann-stop-sending = ✋ Dejar de enviar

ann-message =
    📣 <b>Aviso para { $title }</b>

    { $text }

ann-progress =
    📣 Enviando el aviso a <b>{ $title }</b>
    { $done } de { $total } enviados
ann-eta-unknown = Calculando cuánto va a tardar…
ann-eta-seconds = Quedan unos { $count } segundos
ann-eta-minutes =
    { $count ->
        [one] Queda más o menos 1 minuto
       *[other] Quedan unos { $count } minutos
    }
ann-eta-hours =
    { $count ->
        [one] Queda más o menos 1 hora
       *[other] Quedan unas { $count } horas
    }

ann-report-done = ✅ El aviso se ha enviado.
ann-report-cancelled = ✋ El aviso se canceló.
ann-report-group = Grupo: <b>{ $title }</b>
ann-report-delivered = Entregados: { $n }
ann-report-blocked = Han bloqueado el bot: { $n }
ann-report-failed = No se pudieron entregar (otros motivos): { $n }
ann-report-not-sent = Sin enviar: { $n }
ann-cancel-refused = Solo quien escribió este aviso, una persona que facilite su grupo o un administrador pueden cancelarlo.
ann-cancel-too-late = Este aviso ya terminó de enviarse.
