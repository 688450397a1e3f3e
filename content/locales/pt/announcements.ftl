# Textos de /announce: a facilitação e a administração enviam uma mensagem a todos os membros de um grupo.

cmd-announce = Enviar um aviso aos membros de um grupo

ann-private-only = Os avisos são preparados na nossa conversa privada, para o grupo não ver rascunhos. Abra uma conversa privada comigo e envie /announce.
ann-no-groups = Ainda não estou em nenhum grupo, por isso não há ninguém para avisar.
ann-pick-group = Para que grupo é este aviso?
ann-not-allowed = Só pode enviar avisos para os grupos que facilita.
ann-ask-text =
    O que devem receber os membros de <b>{ $title }</b>?
    Envie a mensagem como texto simples (até { $max } caracteres). Envie /cancel para parar.
ann-empty = Essa mensagem está vazia. Envie o texto do aviso, por favor.
ann-too-long = Essa mensagem tem { $length } caracteres; um aviso pode ter no máximo { $max }. Encurte o texto e envie de novo, por favor.
ann-text-only = Por enquanto, os avisos só podem ser de texto. Envie a mensagem como texto simples, por favor.
ann-preview-intro = É exatamente isto que os membros vão receber:
ann-preview-audience =
    Vai chegar a { $count ->
        [one] { $count } membro
       *[other] { $n } membros
    } de <b>{ $title }</b>.
ann-nobody = Ainda ninguém em <b>{ $title }</b> pode receber avisos: nenhum membro entrou através de mim, ou pediram para não receber mensagens minhas. Nada foi enviado.
ann-dropped = Certo, o aviso não foi enviado.
btn-ann-send = ✅ Enviar
btn-ann-change = ✏️ Mudar o texto
btn-ann-cancel = ✖️ Cancelar
btn-ann-stop-sending = ✋ Parar o envio

ann-message =
    📣 <b>Aviso para { $title }</b>

    { $text }

ann-progress =
    📣 Envio do aviso para <b>{ $title }</b>
    { $done } de { $total } enviados
ann-eta-unknown = Tempo que falta: ainda não sei…
ann-eta-seconds = Faltam cerca de { $count } segundos
ann-eta-minutes =
    { $count ->
        [one] Falta cerca de { $count } minuto
       *[other] Faltam cerca de { $count } minutos
    }
ann-eta-hours =
    { $count ->
        [one] Falta cerca de { $count } hora
       *[other] Faltam cerca de { $count } horas
    }

ann-report-done = ✅ O aviso foi enviado.
ann-report-cancelled = ✋ O aviso foi cancelado.
ann-report-group = Grupo: <b>{ $title }</b>
ann-report-delivered = Entregues: { $n }
ann-report-blocked = Bloquearam o bot: { $n }
ann-report-failed = Não foi possível entregar (outros motivos): { $n }
ann-report-not-sent = Não enviados: { $n }
ann-cancel-refused = Só quem escreveu este aviso, uma pessoa que facilite o grupo ou um administrador pode cancelar o envio.
ann-cancel-too-late = O envio deste aviso já terminou.
