# Textos de /facilitators: a administração adiciona e remove pessoas facilitadoras dos grupos.

cmd-facilitators = Adicionar ou remover pessoas facilitadoras de um grupo (administração)

fac-usage =
    <b>Adicionar ou remover uma pessoa facilitadora</b>
    • No grupo: responda a uma mensagem da pessoa com /facilitators add (ou /facilitators remove).
    • Aqui: encaminhe uma mensagem da pessoa e depois escolha o grupo.
    • Aqui: envie /facilitators add e o id numérico de Telegram da pessoa, por exemplo /facilitators add 123456789 (ou /facilitators remove 123456789).
    Envie só /facilitators para ver quem facilita cada grupo.
fac-group-usage = Para adicionar alguém, responda aqui a uma mensagem dessa pessoa com /facilitators add. Para remover, responda com /facilitators remove.
fac-reply-not-person = Essa mensagem não foi enviada por uma pessoa que eu possa adicionar (veio de um bot, de um canal ou de um administrador que publica sem mostrar o nome).
fac-group-unknown = Não conheço esse grupo. Envie /facilitators para ver os grupos onde estou, com os ids.
fac-no-groups = Ainda não estou em nenhum grupo. Primeiro adicione o bot a um grupo e depois escolha quem o facilita.
fac-username = Não consigo adicionar alguém só pelo @nome: o Telegram não diz aos bots a quem pertence um @nome, e esses nomes podem passar para outras pessoas, por isso eu poderia dar o papel à pessoa errada. Em vez disso, responda a uma mensagem dessa pessoa no grupo com /facilitators add, encaminhe aqui uma mensagem dela, ou envie /facilitators add e o id numérico dela.
fac-hidden = As opções de privacidade dessa pessoa escondem quem enviou a mensagem encaminhada, por isso não consigo saber quem é. Em vez disso, responda a uma mensagem dela no grupo com /facilitators add, ou envie /facilitators add e o id numérico dela.
fac-forward-not-person = Essa mensagem foi encaminhada de uma conversa ou de um canal, não de uma pessoa.
fac-pick-group = O que deve mudar para { $name }? Escolha um grupo.
btn-fac-add = ➕ Adicionar à facilitação de { $title }
btn-fac-remove-from = ➖ Tirar de { $title }
fac-person-id = a pessoa com id { $id }

fac-added = ✅ { $name } passou a facilitar { $title }.
fac-already = { $name } já facilitava { $title }: nada mudou.
fac-removed = { $name } deixou de facilitar { $title }.
fac-not-one = { $name } não facilitava { $title }: nada mudou.
fac-orphaned = ⚠️ { $title } já não tem ninguém a facilitar: os alertas de crise vão para a administração.
fac-must-open-bot = { $name } ainda não abriu uma conversa comigo, por isso não consigo falar com essa pessoa. Peça a essa pessoa que abra { $link } e toque em Iniciar: até lá, não vai receber os alertas de crise.

fac-welcome =
    Agora é uma das pessoas que facilitam { $title }. Obrigado por cuidar do grupo. 💚

    Quando alguém do grupo puder estar em crise, vai receber um alerta meu, para poder ir ao encontro dessa pessoa. Também pode assumir turnos, organizar reuniões e adicionar recursos. Envie /help para ver os comandos para quem facilita.
fac-goodbye = Deixou de facilitar { $title }. Obrigado por tudo o que fez pelo grupo. 💚

fac-list-header = <b>Quem facilita cada grupo</b>
fac-list-group = <b>{ $title }</b> (id <code>{ $id }</code>)
fac-list-none = ⚠️ Ainda ninguém facilita este grupo: os alertas de crise vão para a administração.
fac-list-person = • { $name }
fac-list-footer = Para adicionar alguém, responda a uma mensagem dessa pessoa no grupo com /facilitators add, ou encaminhe aqui uma mensagem dela. Para remover alguém, toque no nome abaixo.
btn-fac-remove = Tirar { $name } de { $title }
fac-confirm-remove = Tirar { $name } da facilitação de { $title }?
btn-fac-confirm = Sim, tirar
btn-fac-keep = Manter
fac-kept = Nada mudou.
