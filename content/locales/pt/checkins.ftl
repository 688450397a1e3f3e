# Check-ins diários: a pergunta, as palavras de humor, os resumos e os avisos à facilitação.

checkin-prompt = 🌤 <b>Como se sente hoje?</b>
    Toque na opção que mais se aproxima. Não há respostas erradas.
checkin-prompt-late = (Esta pergunta chega um pouco atrasada: estive offline durante algum tempo.)
mood-5 = 😄 5 · Muito bem
mood-4 = 🙂 4 · Bem
mood-3 = 😐 3 · Mais ou menos
mood-2 = 😕 2 · Mal
mood-1 = 😞 1 · Muito mal
checkin-skip-today = Hoje não
checkin-weekly-summary = <b>A sua semana</b>
    { $answered ->
        [one] Fez o check-in uma vez
       *[other] Fez o check-in { $answered } vezes
    }, com um humor médio de { $average } em 5. { $streak ->
        [0] { "" }
        [one] Sequência atual: 1 dia.
       *[other] Sequência atual: { $streak } dias seguidos.
    }
    Envie /mood para ver o seu gráfico. Trate-se com carinho esta semana. 🌱
checkin-request-asked = 🤝 <b>{ $name }</b> gostaria que uma pessoa facilitadora lhe escrevesse depois do check-in. <a href="tg://user?id={ $id }">Abrir conversa</a>. (Isto não é um alerta de crise.)
checkin-request-low_mood = 🤝 <b>{ $name }</b> teve alguns dias difíceis e aceitou que uma pessoa facilitadora lhe escreva. <a href="tg://user?id={ $id }">Abrir conversa</a>. (Isto não é um alerta de crise.)

# "Eu falo com a pessoa": o único botão de um pedido, e as respostas quando é tocado.
btn-contact-take = 🙋 Eu falo com a pessoa
btn-contact-taken = ✅ { $name } vai falar com a pessoa
btn-contact-taken-you = ✅ Você vai falar com a pessoa
contact-reminder = ⏰ <b>Lembrete:</b> ainda ninguém disse que vai falar com a pessoa.
contact-withdrawn = 🤝 Este pedido de conversa foi retirado. Não é preciso fazer mais nada aqui — obrigado.
contact-claimed = Obrigado! As outras pessoas já veem que é você quem vai falar com a pessoa.
contact-yours = Você disse que ia falar com a pessoa. Obrigado!
contact-already = { $name } já disse que vai falar com a pessoa.
contact-not-allowed = Este pedido foi para outras pessoas facilitadoras, por isso cabe a elas responder. Obrigado por se oferecer.
contact-gone = Este pedido foi retirado. Não é preciso fazer mais nada.
contact-someone = Alguém
audit-contact-claim = disse que ia falar com um membro que fez o pedido

# /checkin: ativar os check-ins, o plano e as mudanças (o lado da conversa).
checkin-intro = 🌤 <b>Check-ins diários</b>
    Uma vez por dia, à hora que escolher, pergunto como se sente. Basta um toque.
    A escolha é sua: pode pausar ou parar quando quiser, e só você vê as suas respostas.

    Que hora prefere? (O seu fuso horário: { $zone })
btn-checkin-time-other = Outra hora…
checkin-time-ask = A que horas? Escreva assim: <b>21:30</b> ou <b>8h</b>.
checkin-time-bad = Desculpe, não consegui ler isso como uma hora. Tente algo como <b>21:30</b>, <b>08:00</b> ou <b>21h</b>.
checkin-days-ask = Check-in às { $time }: em que dias?
btn-checkin-every-day = Todos os dias
btn-checkin-weekdays = Dias úteis
btn-checkin-weekends = Fins de semana
btn-checkin-choose-days = Escolher os dias…
checkin-days-choose = Toque nos dias que quiser e depois em <b>Pronto</b>.
btn-checkin-days-done = Pronto
checkin-days-none = Escolha pelo menos um dia.
checkin-consent-ask = Uma última pergunta. Se tiver vários dias difíceis seguidos, posso avisar uma pessoa facilitadora de que talvez queira conversar? (Ela nunca veria as suas respostas.)
btn-checkin-consent-yes = Sim, pode ser
btn-checkin-consent-no = Não, prefiro que não
checkin-on = ✅ Check-ins ativados: { $days } às { $time } ({ $zone }). Próximo: { $next }.
    { $share ->
        [on] Se tiver vários dias difíceis seguidos, aviso uma pessoa facilitadora de que talvez queira conversar.
       *[other] Não conto nada a ninguém sobre os seus check-ins.
    }
    Envie /pause para fazer uma pausa, ou /checkin para mudar o que quiser.
checkin-days-every = todos os dias
checkin-days-weekdays = dias úteis
checkin-days-weekends = fins de semana
checkin-next-none = nenhum previsto
checkin-status = 🌤 <b>Os seus check-ins diários</b>
    { $days } às { $time } ({ $zone }). Próximo: { $next }.
checkin-status-paused = ⏸ Em pausa até { $date }, inclusive.
checkin-status-options = Resumo semanal aos domingos: { $summary ->
        [on] ativado
       *[other] desativado
    }
    Avisar a facilitação em dias difíceis: { $share ->
        [on] sim
       *[other] não
    }
btn-checkin-change-time = 🕘 Mudar a hora
btn-checkin-change-days = 📅 Mudar os dias
btn-checkin-pause = ⏸ Pausar
btn-checkin-summary-on = ✅ Resumo semanal: ativado
btn-checkin-summary-off = Resumo semanal: desativado
btn-checkin-share-on = ✅ Avisar a facilitação em dias difíceis: sim
btn-checkin-share-off = Avisar a facilitação em dias difíceis: não
btn-checkin-off = Desativar os check-ins
checkin-saved = Guardado.
checkin-off-done = Check-ins desativados. Os seus check-ins anteriores ficam aqui, e só você os vê (/mood). Envie /checkin quando os quiser de volta.
checkin-time-choose = A que horas quer o seu check-in? (O seu fuso horário: { $zone })
checkin-days-change = Em que dias quer fazer o check-in?

# /pause e /resume
checkin-pause-ask = Durante quanto tempo quer pausar os check-ins? Também pode escrever, por exemplo, /pause 3 dias ou /pause até { $example }.
btn-checkin-pause-1 = 1 dia
btn-checkin-pause-3 = 3 dias
btn-checkin-pause-7 = 1 semana
btn-checkin-resume = Retomar agora
checkin-paused = ⏸ Check-ins em pausa até { $end }, inclusive. Recomeçam: { $resume }. Cuide-se; envie /resume para voltar mais cedo.
checkin-pause-bad = Não consegui entender isso. Tente <b>/pause 3</b>, <b>/pause 3 dias</b>, <b>/pause 1 semana</b> ou <b>/pause até { $example }</b> (no máximo um ano).
checkin-pause-past = { $date } já passou (hoje é { $today }). Tente <b>/pause até { $example }</b> ou <b>/pause 3 dias</b>.
checkin-not-on = Os check-ins estão desativados, por isso não há nada para pausar. Envie /checkin se os quiser ativar.
checkin-resumed = ▶️ Está de volta: os check-ins estão ativados outra vez. Próximo: { $next }.
checkin-not-paused = Os check-ins não estão em pausa. Próximo: { $next }.

# Responder a um check-in
checkin-thanks = Obrigado por responder: { $mood }
btn-checkin-note = ✏️ Acrescentar uma nota
btn-checkin-help = 🤝 Gostaria que uma pessoa facilitadora falasse comigo
checkin-closed = Este check-in já fechou — até breve
checkin-skipped = Tudo bem, hoje fica sem check-in. Até breve.
checkin-skipped-text = Hoje fica sem check-in. Até breve. 🌱
checkin-note-ask = Escreva algumas palavras — só você vai ver isto.
checkin-note-saved = A sua nota ficou guardada.
checkin-note-offer = Guardo isto como a nota de hoje? Só você vai ver.
btn-checkin-keep-note = ✏️ Guardar como nota de hoje
btn-checkin-drop-note = Não, obrigado
checkin-note-not-kept = Tudo bem, não guardei.
checkin-help-sent = Avisei as pessoas facilitadoras do seu grupo. Uma delas vai falar com você quando puder. Se precisar de alguém agora mesmo: /crisis
checkin-help-sent-admins = Neste momento o seu grupo não tem nenhuma pessoa facilitadora, por isso avisei as pessoas responsáveis por este bot. Uma delas vai falar com você quando puder. Se precisar de alguém agora mesmo: /crisis
checkin-help-already = Já pediu, e eu não me esqueci.
checkin-help-nobody = Ainda não consegui avisar ninguém, mas vou continuar a tentar até alguém poder. Se precisar de alguém agora mesmo: /crisis
checkin-low-run = 💛 Parece que os últimos dias têm sido difíceis. Obrigado por me contar; isso não é pouco.
    Se sentir que é demais, em /crisis há pessoas com quem pode falar agora mesmo, e em /resources há apoio na sua região.
    { $told ->
        [yes] Como combinou, avisei as pessoas facilitadoras do seu grupo de que talvez queira conversar.
        [later] Como combinou, vou avisar uma pessoa facilitadora de que talvez queira conversar. Ainda não consegui falar com ninguém, mas vou continuar a tentar.
       *[other] Se quiser, uma pessoa facilitadora pode falar com você.
    }
btn-checkin-talk = 🤝 Falar com uma pessoa facilitadora

# /mood: os gráficos e o seu resumo
mood-caption = 📈 <b>Os seus últimos { $days } dias</b>
    { $answered ->
        [one] 1 check-in
       *[other] { $answered } check-ins
    } · humor médio { $average } em 5
    { $streak ->
        [0] { "" }
        [one] Sequência atual: 1 dia.
       *[other] Sequência atual: { $streak } dias seguidos.
    }
mood-caption-year = 🟩 <b>O seu ano em cores</b>
    { $answered ->
        [one] 1 check-in
       *[other] { $answered } check-ins
    } · humor médio { $average } em 5
    { $streak ->
        [0] { "" }
        [one] Sequência atual: 1 dia.
       *[other] Sequência atual: { $streak } dias seguidos.
    }
mood-caption-best = Melhores dias: { $dates }
mood-caption-hardest = Dias mais difíceis: { $dates }
mood-none = Ainda não há check-ins nos últimos { $days } dias. Quando responder a um, o seu gráfico aparece aqui. 🌱
mood-bad = Posso mostrar /mood (os últimos 30 dias), /mood 90 ou /mood ano.
mood-chart-title = O meu humor: os últimos { $days } dias
mood-chart-title-year = O meu ano em cores
mood-chart-no-data = Ainda sem check-ins
mood-chart-no-answer = Sem resposta
mood-word-1 = Muito mal
mood-word-2 = Mal
mood-word-3 = Mais ou menos
mood-word-4 = Bem
mood-word-5 = Muito bem

# Para /settings e o menu de comandos
settings-checkins = 🌤 Check-ins diários, e se uma pessoa facilitadora é avisada em dias difíceis: /checkin
btn-settings-checkins = 🌤 Check-ins
cmd-checkin = Check-ins diários: ativar, desativar, hora e dias
cmd-mood = O seu gráfico de humor
cmd-pause = Pausar os check-ins durante algum tempo
cmd-resume = Retomar os check-ins
