# /break: uma pausa para quem facilita (issue 24). A nota do limite suave, os novos avisos.
cmd-break = Fazer uma pausa de alertas e disponibilidade (facilitação)
breaks-ask = 🌿 <b>Precisas de uma pausa?</b> Faz parte de fazer isto bem. Enquanto estiveres fora não recebes alertas de crise nem turnos de disponibilidade, e os alertas que assumiste voltam para as outras pessoas.
    Por quanto tempo?
btn-breaks-days = { $days ->
    [one] 1 dia
   *[other] { $days } dias
}
btn-breaks-until = Até uma data…
btn-breaks-back = Estou de volta
breaks-ask-date = Até que dia? Escreve o último dia da tua pausa, por exemplo «20 de março» ou «20/3».
breaks-date-not-understood = Não consegui ler isso como uma data. Experimenta algo como «20 de março» ou «20/3».
breaks-bad-date = Essa data não serve para uma pausa: tem de ser depois de hoje e dentro de 90 dias. Experimenta outra.
breaks-not-facilitator = As pausas são para quem facilita: neste momento não facilitas nenhum grupo.
breaks-nobody-left = Ainda não posso começar a tua pausa: { $groups } ficaria sem ninguém a quem avisar numa crise. Pede a alguém da administração que adicione outra pessoa facilitadora (com { $command } add) e tenta outra vez.
breaks-started = 🌿 Estás em pausa até <b>{ $until }</b>. Até lá, nada de alertas de crise nem turnos de disponibilidade. { $handed ->
    [0] {""}
    [one] O alerta que tinhas assumido voltou para as outras pessoas.
   *[other] Os { $handed } alertas que tinhas assumido voltaram para as outras pessoas.
}
    As outras pessoas facilitadoras e a administração já sabem. Envia /break se quiseres voltar mais cedo. Cuida bem de ti.
breaks-current = 🌿 Estás em pausa até <b>{ $until }</b>. Volta quando quiseres.
breaks-back = Que bom ter-te de volta! Vais voltar a receber alertas e turnos de disponibilidade.
breaks-not-on-break = Neste momento não estás em pausa.
breaks-ended-self = 🌿 A tua pausa terminou. Que bom ter-te de volta: vais voltar a receber alertas de crise e turnos de disponibilidade. Vai com calma.
breaks-started-staff = 🌿 <b>{ $name } vai fazer uma pausa</b> até { $until }. Em { $group }, { $cover } enquanto estiver fora.
breaks-ended-staff = 🌿 <b>{ $name } está de volta</b> da pausa e volta a receber os alertas de { $group }.
breaks-cover-oncall = { $name } está disponível e recebe o primeiro aviso
breaks-cover-all = todas as pessoas facilitadoras recebem os alertas
breaks-cover-admins = os alertas vão para os admins
breaks-cap-note = 💛 { $name } assumiu { $count ->
    [one] 1 alerta de crise urgente
   *[other] { $count } alertas de crise urgentes
} nos últimos 7 dias. É muito para carregar. Talvez valha a pena perguntar como está? Por agora, os novos alertas vão primeiro para outras pessoas.
alert-notice-on-break = { $icon } <b>O alerta #{ $id } precisa de alguém outra vez</b>: { $name } tinha-o assumido e está agora em pausa.
alert-notice-repaged = { $icon } <b>O alerta #{ $id } continua aberto</b>: assumiste-o há algum tempo. Como está { $member }? Fecha-o quando estiver resolvido, ou pede a outra pessoa facilitadora que te substitua.
alert-notice-repaged-others = { $icon } <b>O alerta #{ $id } continua aberto</b>: { $name } assumiu-o há algum tempo e ainda não está fechado. Podes perguntar a { $name } como está a correr, ou ajudar?
audit-break-start = começou uma pausa (até)
audit-break-end = terminou uma pausa
event-repaged = { $when } assumido mas ainda não fechado: aviso { $step }, enviado a { $count } { $count ->
    [one] pessoa
   *[other] pessoas
}
event-on-break = { $when } { $name } entrou em pausa: aberto outra vez para as outras pessoas
