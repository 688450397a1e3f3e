# Privacidade: /privacy, /mydata, /forget, /stop.

privacy-text =
    <b>A sua privacidade</b>

    <b>O que guardo:</b> o número de identificação da sua conta no Telegram (não o seu número de telefone), o seu primeiro nome e o seu nome público no Telegram (o seu @), o idioma e o fuso horário que escolheu, os grupos em que entrou através de mim e o momento em que aceitou isto.
    <b>Para quê:</b> para responder no seu idioma, mostrar os horários no seu fuso horário e saber quais são as reuniões e as pessoas facilitadoras do seu grupo.
    <b>As suas mensagens:</b> leio as mensagens que me envia, e as dos grupos que consigo ver, à procura de palavras e formas de dizer as coisas que podem indicar que alguém está em perigo (uma lista de palavras e um pequeno modelo que funciona dentro do bot; para isto, as suas mensagens não vão para nenhum outro lugar). Se as encontrar, respondo com linhas de apoio e as pessoas facilitadoras do seu grupo são avisadas (o seu nome, onde, e um trecho curto com as palavras preocupantes), para que um par com formação possa falar com você. Guardo esse trecho e o seu nome com o alerta durante { $days } dias; depois, fica só uma contagem que não identifica ninguém. Não guardo as suas outras mensagens.
    <b>Avisos e preocupações:</b> se você avisar sobre uma mensagem (/report) ou me contar que está preocupado com alguém (/worried), guardo que foi você, sobre quem era e as suas palavras por { $days } dias, para os facilitadores do grupo; eles veem as suas palavras, mas não o seu nome, e a pessoa nunca fica sabendo.
    <b>Dias em que me usou:</b> a data (nunca o que escreveu) de cada dia em que me escreve ou toca num botão, guardada durante { $activity_days } dias, para que as pessoas facilitadoras possam ver totais sem nomes, como quantos membros estiveram ativos este mês. Nunca quem: qualquer número que venha de menos de 5 pessoas fica oculto.
    <b>Se os ativar:</b> lembretes de reuniões (que reuniões, com quanta antecedência, as suas horas de silêncio e se disse que ia) e check-ins diários (a sua hora e os seus dias, o humor de cada dia e qualquer nota que acrescente). As notas são apagadas depois de { $note_days } dias; o humor fica guardado até que você o apague. As pessoas facilitadoras nunca veem os seus check-ins: se pedir que uma delas fale com você (ou se aceitou que o possam fazer depois de alguns dias difíceis), só são informadas de que gostaria de conversar.
    <b>Novo num grupo:</b> nas suas primeiras horas num grupo, quando entrou (para que um facilitador veja primeiro os seus links); depois é apagado. Se as pessoas responsáveis por mim bloquearem uma conta por spam, o número dela fica na lista de bloqueio mesmo depois de /forget, para que o bloqueio se mantenha.
    <b>Opiniões e check-in de bem-estar:</b> depois de uma reunião em que você disse que iria, posso perguntar como foi; sua resposta é guardada sem o seu nome. O check-in de bem-estar tem o seu próprio sim ou não: /wellbeing mostra, e ali você pode pará-lo e apagar suas respostas.
    <b>Durante quanto tempo:</b> até que você apague tudo com /forget, ou até que o seu grupo deixe de me usar.
    <b>Quem vê:</b> só as pessoas responsáveis por este bot na sua comunidade. As pessoas facilitadoras só veem totais, nunca as suas respostas, a não ser que você esteja em perigo.

    /mydata envia um documento com tudo. /forget apaga tudo.

mydata-caption = Aqui está tudo o que guardo a seu respeito.
mydata-none = Não guardo nada a seu respeito. 🌿

forget-confirm =
    Isto apaga tudo o que guardo a seu respeito: as suas preferências, os seus grupos e tudo o mais que tiver ativado. Não é possível desfazer.
    Quer que eu me esqueça de você?
forget-confirm-staff =
    <b>Você tem funções aqui.</b>{ $group_count ->
        [0] {""}
       *[other] {" "}Se apagar os seus dados, também deixa de ser pessoa facilitadora em: { $groups }.
    }{ $admin ->
        [yes] {" "}O seu papel de administração também desaparece (a não ser que esteja definido na configuração do bot).
       *[no] {""}
    }{ $held ->
        [0] {""}
        [one] {" "}O alerta que assumiu volta para as outras pessoas que o receberam, e elas serão avisadas.
       *[other] {" "}Os { $held } alertas que assumiu voltam para as outras pessoas que os receberam, e elas serão avisadas.
    }
btn-forget-yes = Sim, esqueça-me
btn-no = Não, manter tudo
forget-done =
    Pronto. Apaguei tudo o que guardava a seu respeito.
    Cuide-se. Se um dia quiser voltar, envie /start.
forget-cancelled = Tudo bem, nada foi apagado.
forget-nothing = Não guardo nada a seu respeito, por isso não há nada para apagar.

stop-done =
    Tudo bem. A partir de agora, não envio nada por iniciativa própria (nem lembretes, nem check-ins).
    Você ainda pode fazer perguntas a qualquer momento, e as suas preferências ficam guardadas até usar /forget.
    Se algo que você escrever me preocupar, as pessoas facilitadoras do seu grupo continuam sabendo, para que alguém possa falar com você.
    Mudou de ideia? Ative de novo os lembretes com /reminders e os check-ins diários com /checkin.
