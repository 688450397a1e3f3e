# Apoio em crise para membros e alertas de crise para pessoas facilitadoras.

crisis-reply-self =
    { $name }, obrigado por me contar. Fico muito feliz por ter falado comigo. Não tem que passar por isto sem ninguém.
    { $told ->
        [group] Avisei uma pessoa facilitadora do seu grupo, para que alguém possa falar com você.
        [admins] Avisei as pessoas responsáveis por este bot, para que alguém possa falar com você.
       *[no] Ainda não consegui avisar nenhuma pessoa facilitadora, e vou continuar a tentar. Enquanto isso, por favor, fale com uma das linhas abaixo: elas existem para momentos como este.
    }
    Se estiver em perigo agora, ligue para o número de emergência local.

crisis-reply-other =
    { $name }, parece que alguém de quem gosta pode estar num momento muito difícil. Obrigado por se preocupar com essa pessoa.
    Se puder, fique com ela, ouça sem julgar e pergunte diretamente se ela está com pensamentos de suicídio: perguntar não coloca essa ideia na cabeça dela. Ajude-a a falar com uma das linhas abaixo e, se ela estiver em perigo imediato, ligue para o número de emergência.
    { $told ->
        [group] Também avisei uma pessoa facilitadora.
        [admins] Também avisei as pessoas responsáveis por este bot.
       *[no] {""}
    }

crisis-still-here = Continuo aqui, ao seu lado, { $name }. { $told ->
        [group] Uma pessoa facilitadora já sabe e vai falar com você.
        [admins] As pessoas responsáveis por este bot já sabem e vão falar com você.
       *[no] Ainda não consegui avisar ninguém e continuo a tentar; as linhas que enviei estão abertas agora mesmo.
    } Envie /crisis para vê-las de novo.

crisis-nobody-yet =
    { $name }, quero ser honesto com você: ainda não consegui avisar nenhuma pessoa facilitadora. Continuo a tentar, e não vou parar.
    Por favor, não espere por nós: as pessoas das linhas abaixo estão disponíveis agora mesmo. Se estiver em perigo, ligue para o número de emergência local.

# Publicado num grupo quando não há como avisar facilitação nem administração: nada sobre ninguém.
staff-wanted-group = 🔔 Há uma mensagem à espera das pessoas facilitadoras deste grupo. Se for uma delas, abra uma conversa privada comigo e envie /start, por favor.

crisis-group-nudge = { $name }, estou aqui se quiser falar em privado. Toque no botão abaixo.
btn-talk-privately = Falar em privado

btn-other-country = 🌍 Outro país
crisis-choose-country = Em que país está? Mostro as linhas de crise desse país (e guardo a escolha, se já me tiver configurado).
crisis-lines-header = <b>Pessoas com quem pode falar agora</b>
crisis-lines-country = Linhas de crise — { $country }:
lines-call = ligar
lines-text = mensagem
lines-emergency = Número de emergência
lines-website = Site

crisis-start-help =
    Estou aqui, para o que precisar. Você não está só, e procurar ajuda é importante.
    Quando se sentir capaz, envie /start e eu explico o que mais posso fazer.

# Alertas enviados à facilitação e à administração.
alert-title = { $icon } <b>Alerta de crise #{ $id }</b> · { $tier }
alert-reminder = ⏰ Ainda ninguém assumiu este alerta (lembrete { $round }).
alert-who = <b>Quem:</b>
alert-where-private = <b>Onde:</b> conversa privada com o bot
alert-where-group = <b>Onde:</b> grupo «{ $title }»
alert-what = <b>O quê:</b> { $category } · { $count ->
        [one] 1 mensagem
       *[other] { $count } mensagens
    } · a primeira às { $time }
alert-state-open = À espera de alguém que o assuma. Toque em «Eu assumo» se puder.
alert-state-acknowledged = ✅ Assumido por { $name } às { $time }.
alert-state-resolved = ☑️ Resolvido por { $name } às { $time }.
alert-state-false = ⚪ Marcado como falso alarme por { $name } às { $time }.
alert-state-erased = 🗑 Fechado: o membro apagou os seus dados com /forget, depois de ter recebido as linhas de crise.
alert-note = <b>Nota de passagem:</b> { $note }

# Uma mensagem nova (o Telegram não avisa de edições) por cima do alerta quando algo muda.
alert-notice-repeat = { $icon } <b>Alerta #{ $id }: { $member } voltou a escrever</b>
alert-notice-tier-raised = Agora é mais urgente: { $tier } (antes: { $old }). A nova mensagem:
alert-notice-tier-same = Nível sem mudança: { $tier }. A nova mensagem:
alert-notice-reopened = { $icon } <b>O alerta #{ $id } foi reaberto por { $name }</b>: precisa de alguém outra vez.
alert-notice-handed-back = { $icon } <b>O alerta #{ $id } precisa de alguém outra vez</b>: quem o tinha assumido saiu (apagou os seus dados).
alert-notice-erased = <b>O alerta #{ $id } está fechado</b>: o membro apagou os seus dados com /forget, depois de ter recebido as linhas de crise. Não posso dizer mais nada sobre essa pessoa.

# Antes de fechar, pergunta-se na mesma mensagem.
alert-confirm-res = <b>Marcar o alerta #{ $id } como resolvido?</b> Fica fechado para todos.
alert-confirm-fa = <b>Marcar o alerta #{ $id } como falso alarme?</b> Fica fechado para todos e os lembretes param.
alert-someone = alguém

tier-concern = preocupação
tier-high = risco alto
tier-imminent = perigo iminente

category-ideation = pensamentos de suicídio
category-plan_or_means = um plano ou os meios
category-self_harm = autolesão
category-overdose = overdose
category-farewell = despedida
category-harm_to_others = fazer mal a outras pessoas
category-danger_abuse = perigo ou abuso
category-third_party = preocupação com outra pessoa

btn-ack = Eu assumo
btn-resolve = Resolvido
btn-false-alarm = Falso alarme
btn-taken-by = ✅ Assumido por { $name }
btn-confirm-res = ✅ Sim, resolvido
btn-confirm-fa = Sim, falso alarme
btn-confirm-cancel = ↩ Não, voltar
btn-reopen = ↩ Reabrir

flag-taken = Você assumiu o alerta #{ $id }. Obrigado.
flag-already-taken = { $name } já assumiu o alerta #{ $id }.
flag-closed = O alerta #{ $id } já está fechado.
flag-not-allowed = Só as pessoas facilitadoras deste grupo e a administração podem agir sobre este alerta.
flag-unknown = Não encontro esse alerta.
flag-resolved = O alerta #{ $id } está resolvido.
flag-false-alarm = O alerta #{ $id } está marcado como falso alarme.
flag-not-closed = O alerta #{ $id } continua aberto.
flag-reopen-too-late = O alerta #{ $id } foi fechado há mais de 24 horas e já não pode ser reaberto aqui. Se estiver com alguma preocupação, por favor, fale diretamente com a pessoa.
flag-reopened = O alerta #{ $id } está aberto outra vez. Todas as pessoas que o receberam foram avisadas.
flag-who = { $name } assumiu o alerta #{ $id } às { $time }.
flag-note-ask =
    O alerta #{ $id } está resolvido. Há alguma coisa que a próxima pessoa facilitadora deva saber?
    Envie-a agora como nota de passagem (nos próximos 30 minutos), ou envie /skip.
flag-note-saved = Obrigado, adicionei a sua nota ao alerta #{ $id }.
flag-note-skipped = Certo, sem nota.
flag-note-none = Não há nenhuma nota sua pendente.
