# Cuidar de quem facilita: supervisão, quanto cada pessoa carrega, conversar depois de um momento difícil.

cmd-load = Quanto cada pessoa facilitadora está carregando (administração, supervisão)
cmd-supervisors = Adicionar ou remover pessoas da supervisão (administração)

care-person-id = a pessoa com id { $id }
care-sup-header = <b>Supervisão</b>
care-sup-person = • { $name }
care-sup-none = Ninguém ainda.
care-sup-footer =
    Quem faz a supervisão vê quanto cada pessoa facilitadora está carregando (/load) e fica sabendo quando alguém gostaria de conversar sobre um momento difícil. Nunca vê as mensagens nem os nomes dos membros, e não recebe alertas de crise.
    Para adicionar alguém: encaminhe para mim uma das mensagens da pessoa, envie /supervisors add e o id numérico, ou responda a uma das mensagens da pessoa num grupo com /supervisors add.
btn-care-sup-make = Colocar na supervisão
btn-care-sup-remove = Remover { $name }
care-sup-usage = Para adicionar alguém à supervisão, envie /supervisors add e o id numérico; para remover, /supervisors remove e o id. /supervisors sozinho mostra a lista.
care-sup-group-usage = Responda a uma das mensagens da pessoa com /supervisors add ou /supervisors remove.
care-sup-not-person = Essa mensagem não foi enviada por uma pessoa, por isso não posso colocá-la na supervisão.
care-sup-username = Não consigo adicionar alguém só pelo @nome de usuário: o Telegram não diz aos bots de quem é um nome de usuário, e eu poderia dar o papel à pessoa errada. Encaminhe para mim uma das mensagens da pessoa, envie /supervisors add e o id numérico, ou responda a uma das mensagens da pessoa num grupo com /supervisors add.
care-sup-added = ✅ { $name } agora faz parte da supervisão.
care-sup-already = { $name } já faz parte da supervisão.
care-sup-removed = { $name } não faz mais parte da supervisão.
care-sup-not-one = { $name } não faz parte da supervisão.
care-sup-must-open-bot = { $name } ainda não abriu o bot, por isso não consigo escrever para essa pessoa. Peça que abra { $link } e toque em Iniciar: até lá, ela não vai saber quando alguém quiser conversar.
care-sup-welcome =
    🤝 Agora você faz parte da supervisão de quem facilita aqui.
    Quando uma pessoa facilitadora quiser conversar sobre um momento difícil, eu aviso. /load mostra quanto cada pessoa está carregando. Você não vai ver as mensagens nem os nomes dos membros.
care-sup-goodbye = Você não faz mais parte da supervisão aqui. Obrigado por cuidar de quem facilita.
audit-supervisor-add = colocou alguém na supervisão
audit-supervisor-remove = tirou alguém da supervisão

care-load-refused = Desculpe, isso é só para as pessoas responsáveis por este bot e para a supervisão.
care-load-empty = Ainda não há pessoas facilitadoras, nem alertas nos últimos 30 dias.
care-load-header = <b>Quanto cada pessoa facilitadora está carregando</b>
    Últimos 7 dias · últimos 30 dias
care-load-name = <b>{ $name }</b>
care-load-name-id = <b>a pessoa com id { $id }</b>
care-load-received = Alertas recebidos: { $week } · { $month }
care-load-taken = Assumidos: { $week } · { $month }
care-load-resolved = Resolvidos: { $week } · { $month }
care-load-night = À noite (22:00–07:00): { $week } · { $month }
care-load-on-call = Horas de plantão: { $week } · { $month }
care-load-footer = As horas de plantão contam os turnos assumidos ou passados adiante e os turnos da rotação de cada grupo como ela está hoje.

care-offer =
    💛 Obrigado por ter estado presente num momento difícil.
    Ajudaria conversar sobre isso? Posso pedir a alguém da supervisão ou a outra pessoa facilitadora que fale com você. Nada sobre o membro é passado adiante.
btn-care-supervisor = Conversar com a supervisão
btn-care-peer = Conversar com outra pessoa facilitadora
btn-care-later = Agora não
care-later = Tudo bem. Se quiser conversar mais tarde, é só pedir à administração. Cuide-se bem.
care-asked-sent-sup = Pedi à supervisão que fale com você. Nada sobre o membro foi passado adiante.
care-asked-sent-peer = Pedi às outras pessoas facilitadoras do seu grupo que falem com você. Nada sobre o membro foi passado adiante.
care-asked-already-sup = Já pedi à supervisão; alguém deve escrever para você em breve.
care-asked-already-peer = Já pedi às outras pessoas facilitadoras; alguém deve escrever para você em breve.
care-asked-nobody-sup = Ainda não há ninguém na supervisão que eu consiga alcançar. A administração pode colocar alguém com /supervisors. Você também pode conversar com outra pessoa facilitadora.
care-asked-nobody-peer = No momento não consigo alcançar outra pessoa facilitadora do seu grupo. Você pode conversar com a supervisão.
care-gone = Isso já foi encerrado. Se quiser conversar, é só pedir à administração.

care-request =
    🤝 <b>{ $name }</b> gostaria de conversar sobre um momento difícil.
    Pode escrever em particular quando puder?
btn-care-write = Escrever para { $name }
care-contact = Aqui está { $name }: <a href="tg://user?id={ $id }">{ $name }</a>. Toque no nome para abrir uma conversa.

care-checkin =
    🌱 Como você está depois do momento difícil de ontem?
    Não precisa responder. O que você tocar fica entre nós e não é guardado.
btn-care-feel-ok = Estou bem
btn-care-feel-shaken = Um pouco abalado(a)
btn-care-feel-low = Não muito bem
care-feel-ok = Fico feliz em saber. Obrigado pelo que você fez ontem. 💛
care-feel-shaken = É muito compreensível depois do que você passou. Seja gentil com você hoje e descanse se puder. 💛
care-feel-low = Sinto muito que isso esteja pesando. Você não precisa carregar isso sozinho(a): alguém da supervisão pode conversar com você.
