# Cuidar de quem facilita: supervisão, quanto cada pessoa carrega, conversar depois de um momento difícil.

cmd-load = Quanto cada facilitador está a carregar (administração, supervisão)
cmd-supervisors = Adicionar ou remover supervisores (administração)

care-person-id = a pessoa com id { $id }
care-sup-header = <b>Supervisores</b>
care-sup-person = • { $name }
care-sup-none = Ainda ninguém.
care-sup-footer =
    Os supervisores veem quanto cada facilitador está a carregar (/load) e sabem quando um facilitador gostaria de conversar sobre um momento difícil. Nunca veem as mensagens nem os nomes dos membros, e não recebem alertas de crise.
    Para adicionar um: reencaminhe-me uma das mensagens da pessoa, envie /supervisors add e o id numérico, ou responda a uma das mensagens da pessoa num grupo com /supervisors add.
btn-care-sup-make = Torná-lo supervisor
btn-care-sup-remove = Remover { $name }
care-sup-usage = Para adicionar um supervisor, envie /supervisors add e o id numérico; para remover, /supervisors remove e o id. /supervisors sozinho mostra a lista.
care-sup-group-usage = Responda a uma das mensagens da pessoa com /supervisors add ou /supervisors remove.
care-sup-not-person = Essa mensagem não foi enviada por uma pessoa, por isso não posso torná-la supervisora.
care-sup-username = Não consigo adicionar alguém só pelo @nome de utilizador: o Telegram não diz aos bots a quem pertence um nome de utilizador, e eu poderia dar o papel à pessoa errada. Reencaminhe-me uma das mensagens da pessoa, envie /supervisors add e o id numérico, ou responda a uma das mensagens da pessoa num grupo com /supervisors add.
care-sup-added = ✅ { $name } é agora supervisor.
care-sup-already = { $name } já é supervisor.
care-sup-removed = { $name } já não é supervisor.
care-sup-not-one = { $name } não é supervisor.
care-sup-must-open-bot = { $name } ainda não me abriu, por isso não consigo escrever-lhe. Peça-lhe que abra { $link } e toque em Iniciar: até lá não saberá quando alguém quer conversar.
care-sup-welcome =
    🤝 Agora é supervisor de quem facilita aqui.
    Quando um facilitador quiser conversar sobre um momento difícil, eu aviso. /load mostra quanto cada pessoa está a carregar. Não verá as mensagens nem os nomes dos membros.
care-sup-goodbye = Já não é supervisor aqui. Obrigado por cuidar de quem facilita.
audit-supervisor-add = nomeou um supervisor
audit-supervisor-remove = removeu um supervisor

care-load-refused = Desculpe, isso é só para as pessoas responsáveis por este bot e os seus supervisores.
care-load-empty = Ainda não há facilitadores, nem alertas nos últimos 30 dias.
care-load-header = <b>Quanto cada facilitador está a carregar</b>
    Últimos 7 dias · últimos 30 dias
care-load-name = <b>{ $name }</b>
care-load-name-id = <b>a pessoa com id { $id }</b>
care-load-received = Alertas recebidos: { $week } · { $month }
care-load-taken = Assumidos: { $week } · { $month }
care-load-resolved = Resolvidos: { $week } · { $month }
care-load-night = À noite (22:00–07:00): { $week } · { $month }
care-load-on-call = Horas de plantão: { $week } · { $month }
care-load-footer = As horas de plantão contam os turnos assumidos ou passados e os turnos da rotação de cada grupo tal como está agora.

care-offer =
    💛 Obrigado por ter estado presente num momento difícil.
    Ajudaria conversar sobre isso? Posso pedir a um supervisor ou a outro facilitador que entre em contacto consigo. Nada sobre o membro é partilhado.
btn-care-supervisor = Conversar com um supervisor
btn-care-peer = Conversar com outro facilitador
btn-care-later = Agora não
care-later = Tudo bem. Se quiser conversar mais tarde, é só pedir à administração. Cuide bem de si.
care-asked-sent-sup = Pedi aos supervisores que entrem em contacto consigo. Nada sobre o membro foi partilhado.
care-asked-sent-peer = Pedi aos outros facilitadores do seu grupo que entrem em contacto consigo. Nada sobre o membro foi partilhado.
care-asked-already-sup = Já pedi aos supervisores; alguém deve escrever-lhe em breve.
care-asked-already-peer = Já pedi aos outros facilitadores; alguém deve escrever-lhe em breve.
care-asked-nobody-sup = Ainda não há nenhum supervisor que eu consiga contactar. A administração pode nomear um com /supervisors. Também pode conversar com outro facilitador.
care-asked-nobody-peer = Neste momento não consigo contactar outro facilitador do seu grupo. Pode conversar com um supervisor.
care-gone = Isto já fechou. Se quiser conversar, é só pedir à administração.

care-request =
    🤝 <b>{ $name }</b> gostaria de conversar sobre um momento difícil.
    Pode entrar em contacto em privado quando puder?
btn-care-write = Escrever a { $name }
care-contact = Aqui está { $name }: <a href="tg://user?id={ $id }">{ $name }</a>. Toque no nome para abrir uma conversa.

care-checkin =
    🌱 Como está depois do momento difícil de ontem?
    Não precisa de responder. O que tocar fica entre nós e não é guardado.
btn-care-feel-ok = Estou bem
btn-care-feel-shaken = Um pouco abalado
btn-care-feel-low = Não muito bem
care-feel-ok = Fico contente por saber. Obrigado pelo que fez ontem. 💛
care-feel-shaken = É muito compreensível depois do que passou. Seja gentil consigo hoje e descanse se puder. 💛
care-feel-low = Lamento que isto lhe pese. Não tem de carregar isto sozinho: um supervisor pode conversar consigo.
