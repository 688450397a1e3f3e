# /break: uma pausa para quem facilita (issue 24). A nota do limite suave, os lembretes.
cmd-break = Fazer uma pausa de alertas e plantão (facilitação)
breaks-ask = 🌿 <b>Precisa de uma pausa?</b> Isso faz parte de cuidar bem deste trabalho. Enquanto estiver fora, não recebe alertas de crise nem turnos de plantão, e os alertas que assumiu voltam para as outras pessoas.
    Por quanto tempo?
btn-breaks-days = { $days ->
    [one] 1 dia
   *[other] { $days } dias
}
btn-breaks-until = Até uma data…
btn-breaks-back = Estou de volta
breaks-ask-date = Até que dia? Escreva o último dia da sua pausa, por exemplo «20 de março» ou «20/3».
breaks-date-not-understood = Não consegui ler isso como uma data. Tente algo como «20 de março» ou «20/3».
breaks-bad-date = Essa data não serve para uma pausa: precisa ser depois de hoje e dentro de 90 dias. Tente outra.
breaks-not-facilitator = As pausas são para quem facilita: no momento, você não facilita nenhum grupo.
breaks-nobody-left = Ainda não posso começar sua pausa: { $groups } ficaria sem ninguém para avisar numa crise. Peça a alguém da administração que adicione outra pessoa facilitadora (com { $command } add) e tente de novo.
breaks-nobody-left-admin = Ainda não posso começar sua pausa: { $groups } ficaria sem ninguém para avisar numa crise, porque você é a última pessoa da administração que consigo alcançar. Adicione outra pessoa facilitadora ({ $command } add) ou peça a outra pessoa da administração que continue disponível, e tente de novo.
breaks-started = 🌿 Você está em pausa até <b>{ $until }</b>. Até lá, nada de alertas de crise nem turnos de plantão. { $handed ->
    [0] {""}
    [one] O alerta que você tinha assumido voltou para as outras pessoas.
   *[other] Os { $handed } alertas que você tinha assumido voltaram para as outras pessoas.
}
    As outras pessoas facilitadoras e a administração já sabem. Envie /break se quiser voltar antes. Cuide-se bem.
breaks-current = 🌿 Você está em pausa até <b>{ $until }</b>. Volte quando quiser.
breaks-back = Que bom que você voltou! Vai receber de novo alertas e turnos de plantão.
breaks-not-on-break = No momento você não está em pausa.
breaks-ended-self = 🌿 Sua pausa terminou. Que bom que você voltou: vai receber de novo alertas de crise e turnos de plantão. Vá com calma.
breaks-started-staff = 🌿 <b>{ $name } vai fazer uma pausa</b> até { $until }. Em { $group }, { $cover } enquanto estiver fora.
breaks-ended-staff = 🌿 <b>{ $name } está de volta</b> da pausa e volta a receber os alertas de { $group }.
breaks-cover-oncall = { $name } está de plantão e recebe o alerta primeiro
breaks-cover-all = todas as pessoas facilitadoras recebem os alertas
breaks-cover-admins = os alertas vão para os admins
breaks-cap-note = 💛 { $name } assumiu { $count ->
    [one] 1 alerta de crise urgente
   *[other] { $count } alertas de crise urgentes
} nos últimos 7 dias. É muita coisa para carregar. Que tal perguntar como a pessoa está? Por enquanto, os novos alertas vão primeiro para outras pessoas.
breaks-cap-note-alone = 💛 { $name } assumiu { $count ->
    [one] 1 alerta de crise urgente
   *[other] { $count } alertas de crise urgentes
} nos últimos 7 dias. É muita coisa para carregar. Que tal perguntar como a pessoa está? É a única pessoa facilitadora do grupo, então os alertas continuam chegando primeiro para ela: outra pessoa facilitadora ajudaria a dividir a carga.
alert-notice-on-break = { $icon } <b>O alerta #{ $id } precisa de alguém outra vez</b>: { $name } tinha assumido e agora está em pausa.
alert-notice-repaged = { $icon } <b>O alerta #{ $id } continua aberto</b>: você o assumiu há algum tempo. Como está { $member }? Feche quando estiver resolvido, ou peça a outra pessoa facilitadora que assuma no seu lugar.
alert-notice-repaged-others = { $icon } <b>O alerta #{ $id } continua aberto</b>: { $name } assumiu há algum tempo e ele ainda não foi fechado. Pode perguntar a { $name } como vão as coisas, ou ajudar?
audit-break-start = começou uma pausa (até)
audit-break-end = terminou uma pausa
event-repaged = { $when } assumido mas ainda não fechado: aviso { $step }, enviado a { $count } { $count ->
    [one] pessoa
   *[other] pessoas
}
event-on-break = { $when } { $name } entrou em pausa: aberto outra vez para as outras pessoas
