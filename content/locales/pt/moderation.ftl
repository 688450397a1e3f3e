# Moderação: /warn, /mute, /ban e /hold dos facilitadores (como resposta no grupo), mensagens
# retidas e recursos. Simples e gentil: a pessoa sabe o que aconteceu, porquê, por quanto tempo
# e como recorrer; ninguém fica exposto no grupo.

mod-someone = alguém do grupo
mod-a-group = o seu grupo
mod-length = { $unit ->
    [weeks] { $count ->
        [one] 1 semana
       *[other] { $count } semanas
    }
    [days] { $count ->
        [one] 1 dia
       *[other] { $count } dias
    }
    [hours] { $count ->
        [one] 1 hora
       *[other] { $count } horas
    }
   *[minutes] { $count ->
        [one] 1 minuto
       *[other] { $count } minutos
    }
}
mod-kind = { $kind ->
    [warn] um aviso
    [mute] uma pausa para escrever
    [ban] uma saída do grupo
   *[hold] uma mensagem retida para revisão
}

# O que a pessoa fica a saber, em privado.
mod-told-warn =
    💬 Um facilitador de <b>{ $group }</b> envia-lhe um lembrete sobre o acordo do grupo.

    Motivo: { $reason }

    Trata-se de algo que foi escrito, não de quem é. Nada mais muda: pode continuar a participar. Se acha que não foi justo, toque em «Recorrer» e conte-nos em poucas palavras.
mod-told-mute =
    🔇 Um facilitador de <b>{ $group }</b> pausou as suas mensagens no grupo durante { $length } (até { $until }).

    Motivo: { $reason }

    Continua a poder ler o grupo, e eu estou aqui consigo em privado. Quando o tempo acabar, pode voltar a escrever e eu aviso-o. Se acha que não foi justo, toque em «Recorrer» e conte-nos em poucas palavras.
mod-told-ban =
    🚪 Um facilitador de <b>{ $group }</b> retirou-o do grupo.

    Motivo: { $reason }

    Continuo aqui consigo em privado, e /crisis mostra sempre onde encontrar ajuda agora mesmo. Se acha que não foi justo, toque em «Recorrer» e conte-nos em poucas palavras.
mod-told-ban-until =
    🚪 Um facilitador de <b>{ $group }</b> retirou-o do grupo durante { $length } (até { $until }).

    Motivo: { $reason }

    Depois disso pode voltar a entrar com o link de convite do grupo. Continuo aqui consigo em privado, e /crisis mostra sempre onde encontrar ajuda agora mesmo. Se acha que não foi justo, toque em «Recorrer» e conte-nos em poucas palavras.
mod-told-hold =
    🕊 Uma mensagem que escreveu em <b>{ $group }</b> está retida para revisão: fica escondida do grupo até um facilitador a ver.

    Motivo: { $reason }

    Pode voltar a ser publicada tal como estava. Nada mais muda: pode continuar a escrever. Se acha que não foi justo, toque em «Recorrer» e conte-nos em poucas palavras.
mod-told-hold-crisis =
    💛 Escondi do grupo, por agora, uma mensagem que escreveu em <b>{ $group }</b>, para que quem cuida do grupo a veja primeiro. Não fez nada de mal: pareceu que talvez esteja a passar por algo muito difícil.
mod-told-unmute = 🔈 Já pode voltar a escrever em <b>{ $group }</b>. Que bom tê-lo de volta.
mod-told-unban = 🚪 Volta a ser bem-vindo em <b>{ $group }</b>: pode entrar de novo com o link de convite.
mod-told-released = ✅ A sua mensagem retida em <b>{ $group }</b> foi revista e voltou a ser publicada no grupo.
mod-told-released-empty = ✅ A sua mensagem retida em <b>{ $group }</b> foi revista e está tudo bem. Só consigo voltar a publicar texto, por isso, se quiser, volte a partilhá-la.
mod-told-kept-hidden = 💛 Alguém que cuida de <b>{ $group }</b> viu a mensagem que escreveu lá. Por agora fica fora do grupo, e não fez nada de mal. Se neste momento tudo pesa muito, /crisis mostra-lhe onde encontrar ajuda já, de dia ou de noite.
mod-told-discarded = Um facilitador de <b>{ $group }</b> reviu a sua mensagem retida e decidiu deixá-la fora do grupo. Se acha que não foi justo, toque em «Recorrer» na minha mensagem anterior.
mod-told-held-expired = A sua mensagem retida em <b>{ $group }</b> não foi revista a tempo, por isso fica fora do grupo e a minha cópia foi apagada. Isto não conta contra si: pode continuar a escrever.
mod-told-appeal-upheld = Os administradores leram o seu recurso sobre <b>{ $group }</b> e decidiram manter a decisão. Obrigado por nos contar como viveu isto.
mod-told-appeal-lifted = Os administradores leram o seu recurso sobre <b>{ $group }</b> e levantaram a decisão. Obrigado por nos contar.
btn-mod-appeal = 🙋 Recorrer

# O recurso, escrito pela pessoa.
mod-appeal-ask = Em poucas palavras: porque acha que não foi justo? Os administradores de <b>{ $group }</b> vão ler, e eu conto-lhe o que decidirem.
mod-appeal-sent = Obrigado. Os administradores de <b>{ $group }</b> têm o seu recurso; conto-lhe o que decidirem.
mod-appeal-already = Já recorreu desta decisão; os administradores têm o seu recurso.
mod-appeal-gone = Essa decisão já não está registada, por isso não há nada para recorrer.
mod-appeal-too-short = Escreva algumas palavras sobre porque acha que não foi justo, por favor.
mod-appeal-too-long = É um pouco longo para um recurso: por favor, mantenha-o abaixo de 1000 caracteres.
mod-appeal-nobody = Lamento: neste momento não há ninguém que possa rever as decisões de <b>{ $group }</b>, por isso não consegui fazer chegar o seu recurso. Nada se perde: pode voltar a tocar em «Recorrer» mais tarde. Se isto lhe pesa, também pode escrever diretamente a quem gere o grupo.

# Para facilitadores, no grupo ou em privado.
mod-only-facilitators = Só os facilitadores deste grupo podem usar /{ $command }.
mod-reply-needed = Use /{ $command } como resposta à mensagem da pessoa, com um motivo: por exemplo /mute 1h continua a publicar links.
mod-hold-too-old = O Telegram só me deixa ocultar uma mensagem nas 48 horas depois de ser enviada, e esta é mais antiga, por isso deixei-a onde está. Pode continuar a usar /warn, ou alguém que administre o grupo pode apagá-la à mão.
mod-hold-reason-default = um facilitador quis vê-la primeiro
mod-unreply-needed = Use /{ $command } como resposta a uma das mensagens da pessoa.
mod-not-a-person = Essa mensagem não é de uma pessoa sobre quem eu possa agir.
mod-not-yourself = Não pode usar isso em si próprio.
mod-not-staff = Facilitadores e administradores não são moderados pelo bot. Fale diretamente com eles, ou com um administrador.
mod-not-chat-admin = É um dos administradores do Telegram do grupo: o Telegram não me deixa restringi-lo.
mod-bot-not-admin = Ainda não consigo fazer isso: preciso de ser administrador deste grupo. Quem criou o grupo pode adicionar-me nas definições do grupo → Administradores.
mod-missing-right = Ainda não consigo fazer isso: como administrador deste grupo preciso da permissão «{ $right }». Quem criou o grupo pode ativá-la nas definições do grupo → Administradores → eu.
mod-right-restrict = Banir utilizadores
mod-right-delete = Apagar mensagens
mod-mute-supergroup-only = O Telegram só permite pausar as mensagens de alguém em supergrupos. Um grupo passa a sê-lo quando quem o criou o torna público ou mostra o histórico a quem entra; /ban e /hold já funcionam aqui.
mod-bad-duration = Não percebi «{ $word }» como um tempo. Escreva assim: 10m, 1h, 1d ou 7d (de 1 minuto a 365 dias).
mod-mute-needs-duration = Diga primeiro por quanto tempo: /mute 1h e o motivo (10m, 1h, 1d, 7d…).
mod-reason-too-long = Encurte o motivo, por favor (300 caracteres no máximo): a pessoa vai lê-lo.
mod-reason-empty = Escreva o motivo em poucas palavras, por favor.
mod-reason-ask = Cada ação precisa de um motivo, e { $name } vai lê-lo. Em poucas palavras: porquê { $kind ->
    [warn] o aviso
    [mute] a pausa para escrever
    [ban] a saída do grupo
   *[hold] reter a mensagem
}? Se mudar de ideias, deixe estar: esqueço isto daqui a 30 minutos.
mod-reason-in-group = Acrescente um motivo depois do comando, por exemplo /{ $command } continua a publicar links. (Ou abra primeiro uma conversa privada comigo e eu pergunto-lhe lá.)
mod-failed = O Telegram não me deixou fazer isso agora. Verifique as minhas permissões de administrador no grupo e tente de novo.
mod-resume-failed = Fui interrompido enquanto { $kind ->
    [mute] pausava as mensagens de { $name }
   *[ban] removia { $name }
} em <b>{ $group }</b>, e quando tentei de novo o Telegram não deixou. Nada foi feito. Verifique as minhas permissões de administrador no grupo e tente de novo.
mod-done = ✅ Feito em <b>{ $group }</b>: { $kind ->
    [warn] { $name } recebeu um aviso
    [mute] { $name } não pode escrever durante { $length }
    [ban] { $name } saiu do grupo
   *[hold] a mensagem de { $name } está retida para revisão
}. Motivo: { $reason }. { $told ->
    [yes] A pessoa soube em privado, com a forma de recorrer.
   *[no] Esta pessoa ainda não abriu uma conversa privada comigo, por isso não lhe pude dizer.
}
mod-done-unmute = ✅ { $name } já pode escrever em <b>{ $group }</b>; já lhe disse.
mod-done-unban = ✅ { $name } já pode voltar a entrar em <b>{ $group }</b>; já lhe disse.

# Mensagens retidas: o cartão de revisão que os facilitadores recebem em privado.
mod-held-card =
    🕊 <b>Retida para revisão</b> em { $group }
    De: { $name }
    Motivo: { $reason }

    <blockquote>{ $text }</blockquote>

    «Publicar» devolve-a ao grupo, da parte de { $name }; «Descartar» apaga a minha cópia. Em ambos os casos, { $name } fica a saber.
mod-held-card-crisis =
    ⚠️ <b>Retida para revisão: pode ser um pedido de ajuda</b> ({ $group })
    De: { $name }
    Motivo: { $reason }

    <blockquote>{ $text }</blockquote>

    Um alerta de crise segue em separado para a equipa do grupo: responda-lhe também. «Manter escondida» só esconde esta mensagem; nunca fecha o alerta.
mod-held-card-done = 🕊 A mensagem de { $name } retida em { $group } já foi revista: { $outcome ->
    [expired] ninguém a reviu a tempo, por isso fica fora do grupo e a minha cópia foi apagada.
    [release_empty] estava tudo bem; não tinha texto para voltar a publicar, e quem a escreveu pode partilhá-la outra vez.
    [release] voltou ao grupo.
    [keep_hidden] continua escondida (o alerta de crise segue em separado).
   *[discard] foi descartada, e a minha cópia foi apagada.
}
mod-held-card-erased = 🕊 Uma mensagem retida para revisão em { $group } foi retirada: quem a escreveu pediu-me para apagar os seus dados, por isso a minha cópia também foi apagada. Não é preciso fazer mais nada.
mod-held-no-text = (sem texto para mostrar: uma foto, um autocolante ou um ficheiro, ou uma mensagem retida a partir de um cartão de denúncia: veja a denúncia)
btn-mod-release = ✅ Publicar
btn-mod-discard = 🗑 Descartar
btn-mod-keep-hidden = 🙈 Manter escondida
mod-released = ✅ Publicada de novo em { $group }.
mod-released-empty = ✅ Revista e está tudo bem. Não tinha texto que eu pudesse voltar a publicar em { $group }, por isso disse-lhe que pode partilhá-la outra vez.
mod-discarded = 🗑 Descartada: a minha cópia foi apagada.
mod-not-hidden = ⚠️ Não consegui esconder a mensagem de { $name } em <b>{ $group }</b>: o Telegram recusou (talvez me falte a permissão «Apagar mensagens», ou tem mais de 48 horas ou já não existe). Se ninguém a apagou, continua no grupo. Nada ficou registado e { $name } não foi informado de nada.
mod-already-reviewed = Alguém já reviu essa mensagem.
mod-not-allowed = Só os facilitadores do grupo podem fazer isso.
mod-released-post =
    💬 <b>De { $name }</b> (retida para revisão, agora de volta):
    { $text }

# Recursos: o cartão que os administradores recebem.
mod-appeal-card =
    🙋 <b>Um recurso</b> de { $name } ({ $group })
    Sobre: { $kind ->
        [warn] um aviso
        [mute] uma pausa para escrever
        [ban] uma saída do grupo
       *[hold] uma mensagem retida
    }
    O motivo dado: { $reason }

    As suas palavras:
    <blockquote>{ $text }</blockquote>
btn-mod-uphold = Manter
btn-mod-lift = Levantar
mod-appeal-upheld = Mantido. { $name } fica a saber.
mod-appeal-lifted = Levantado. { $name } fica a saber.
mod-appeal-decided = Este recurso já foi decidido.
mod-admins-only = Só os administradores do bot decidem os recursos.

# Os botões de um cartão de denúncia.
btn-mod-warn = ⚠️ Avisar
btn-mod-mute-hour = 🔇 Pausa 1 h
btn-mod-hold = 🕊 Reter

# O registo de ações.
audit-moderation-warn = avisou uma pessoa do grupo
audit-moderation-mute = pausou as mensagens de uma pessoa
audit-moderation-ban = retirou uma pessoa de um grupo
audit-moderation-hold = reteve uma mensagem para revisão
audit-moderation-unmute = deixou uma pessoa voltar a escrever
audit-moderation-unban = deixou uma pessoa voltar a entrar
audit-moderation-expired = (terminou uma pausa ou uma saída com prazo)
audit-moderation-release = publicou de novo uma mensagem retida
audit-moderation-discard = descartou uma mensagem retida
audit-moderation-keep-hidden = manteve escondida uma mensagem retida (possível crise)
audit-moderation-appeal-upheld = manteve uma decisão após um recurso
audit-moderation-appeal-lifted = levantou uma decisão após um recurso
