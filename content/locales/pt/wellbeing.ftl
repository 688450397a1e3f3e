# O check-in de bem-estar: opcional, com consentimento próprio; as perguntas são a redação
# oficial da escala (content/wellbeing/phq4.toml), não textos nossos.

cmd-wellbeing = Um breve check-in de bem-estar, se quiser
wellbeing-offer =
    🌱 <b>Um breve check-in de bem-estar, se quiser</b>

    Agora, e de novo depois de 8 e de 12 semanas, posso fazer quatro perguntas curtas sobre como foram as duas últimas semanas. Leva um minuto. A decisão é sua: dizer não não muda mais nada.

    Suas respostas são suas. Quem facilita o grupo nunca as vê. O grupo só vê como cinco pessoas ou mais mudaram juntas, nunca as respostas de alguém. /mydata mostra suas respostas, e /forget ou “Parar” as apaga.

    Quer participar?
wellbeing-item =
    { $stem }

    <b>{ $item }</b>

    Pergunta { $number } de { $count }
wellbeing-done = Obrigado. Por agora é só. Se as coisas estiverem pesadas, você não precisa carregar isso sozinho ou sozinha: /crisis mostra com quem você pode falar agora mesmo.
wellbeing-joined = Obrigado por participar. Vou perguntar de novo quando chegar a hora.
wellbeing-declined = Tudo bem. Não vou perguntar de novo. Se mudar de ideia, /wellbeing está aqui.
wellbeing-stopped = Pronto. Você parou o check-in de bem-estar e suas respostas foram apagadas.
wellbeing-later-ok = Tudo bem. Nada foi guardado desta vez.
wellbeing-closed = Estas perguntas já foram encerradas. Obrigado mesmo assim.
wellbeing-unavailable = O check-in de bem-estar usa perguntas testadas em cada idioma, e ainda não há uma versão testada no seu idioma, por isso não o ofereço. Nada mais muda.
wellbeing-taking-part =
    🌱 Você participa do check-in de bem-estar. Você respondeu { $times ->
        [one] uma vez
       *[other] { $times } vezes
    }. Só você vê suas respostas (/mydata).

    Pode parar quando quiser: suas respostas são apagadas.
btn-wellbeing-yes = Sim, quero
btn-wellbeing-no = Não, obrigado
btn-wellbeing-later = Agora não
btn-wellbeing-stop = Parar e apagar minhas respostas
