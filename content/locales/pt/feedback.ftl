# Opinião depois de uma reunião: duas perguntas com um toque, guardadas sem o nome da pessoa.

feedback-ask =
    💬 <b>Como foi { $meeting } para você?</b>

    Se quiser nos contar, toque num número: quão seguro ou segura você se sentiu lá?
    1 = nada, 5 = totalmente.

    Sua resposta é guardada sem o seu nome, só com a reunião e a semana. Você pode pular.
feedback-heard =
    E quão ouvido ou ouvida você se sentiu?
    1 = nada, 5 = totalmente.
feedback-thanks = Obrigado por nos contar. Isso ajuda o grupo a cuidar bem de todo mundo. 💛
feedback-skipped = Tudo bem. Obrigado por ter vindo.
feedback-closed = Esta pergunta já foi encerrada. Obrigado mesmo assim.
btn-feedback-skip = Pular
