# Colegas que se preocupam: /report num grupo, /worried em privado e o cartão que os facilitadores recebem.

cmd-worried = Estou preocupado com alguém
category-peer_report = o aviso de um membro
category-hostile_reply = uma resposta hostil a um membro com um alerta aberto
report-card-count = { $count ->
        [one] 🙋 Avisado por um membro (que continua anônimo).
       *[other] 🙋 Avisado por { $count } membros (que continuam anônimos).
    }
report-card-reason = 💬 Nas palavras dele(a): { $reason }
report-card-target = 🎯 Dirigido a { $name }, que tem um alerta aberto.
report-usage =
    Para avisar sobre uma mensagem num grupo, responda a ela com /report. Você pode acrescentar algumas palavras: <code>/report isso magoa</code>.
    Apago o seu /report na hora, e ninguém no grupo vê que foi você: só os facilitadores do grupo ficam sabendo.
    Se você está preocupado com alguém, me envie /worried.
report-thanks = Obrigado por nos avisar sobre essa mensagem em { $group }. { $told ->
        [group] Os facilitadores do grupo já estão com ela.
        [admins] As pessoas que cuidam deste bot já estão com ela.
       *[no] Ainda não consegui falar com nenhum facilitador; continuo tentando.
    } Ninguém no grupo vê que foi você.
report-already = Você já avisou sobre essa mensagem em { $group }: os facilitadores estão com ela. Obrigado.
report-too-many = Você enviou vários avisos na última hora, então estou pausando os novos por um tempinho: os facilitadores estão com os que você enviou. Se alguém está em perigo agora, ligue para uma destas linhas ou para o número de emergência.
report-not-deleted = Não consegui apagar o seu /report em { $group }: o bot não tem permissão para apagar mensagens lá. Talvez você queira apagá-lo; mesmo assim, os facilitadores foram avisados.
report-urgent = O que você contou parece urgente. Se alguém está em perigo agora, ligue para o número de emergência ou para uma destas linhas:
worried-no-groups = Posso passar a sua preocupação aos facilitadores de um grupo, mas você ainda não está em nenhum. Se alguém pode estar em perigo, estas linhas podem ajudar agora mesmo:
worried-hint = Preocupado com alguém do seu grupo? Envie /worried: só os facilitadores ficam sabendo, nunca quem avisou.
worried-pick = Em que grupo está a pessoa com quem você se preocupa?
worried-ask =
    Estou ouvindo. Conte-me a sua preocupação com alguém de <b>{ $group }</b>: encaminhe-me uma das mensagens dessa pessoa ou escreva algumas palavras sobre o que o preocupa.
    Só os facilitadores do grupo vão ver, e eles nunca contam à pessoa quem avisou.
worried-sent = Obrigado por cuidar dessa pessoa. { $told ->
        [group] Passei a sua preocupação aos facilitadores de { $group }: um deles vai ver isso e talvez procure a pessoa com cuidado.
        [admins] Passei a sua preocupação às pessoas que cuidam deste bot: elas vão ver isso.
       *[no] Ainda não consegui falar com nenhum facilitador de { $group }; continuo tentando.
    } Não vão contar à pessoa que veio de você. Cuide-se também.
# Why a hostile reply is held (the writer is told it too: it never names the flag).
hold-reason-hostile = uma resposta que pode magoar alguém do grupo
