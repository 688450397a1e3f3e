# Configuração guiada do grupo (em privado) e o link de configuração na saudação do grupo.

cmd-setup = Configurar um grupo: nome, fuso horário, idioma, lembrete

setup-intro =
    Obrigado por me adicionar a <b>{ $title }</b>! 🌱
    Vamos configurar o grupo juntos: são quatro perguntas curtas (o nome do grupo, o fuso horário, o idioma das minhas mensagens na conversa do grupo e um lembrete antes de cada reunião). Leva mais ou menos um minuto.
btn-setup-start = Configurar agora
btn-setup-later = Mais tarde
btn-setup-stop = Parar a configuração

setup-ask-name =
    <b>1 de 4 · Nome</b>
    Como devo chamar o grupo? Toque no botão para manter <b>{ $title }</b>, ou escreva um nome novo (de 2 a 64 caracteres), por exemplo: Círculo de terça à noite.
btn-setup-keep-name = Manter «{ $title }»
setup-name-too-long = Esse nome é comprido demais: use no máximo { $max } caracteres, por favor.
setup-name-too-short = Esse nome é curto demais: use pelo menos 2 letras ou números, por exemplo: Círculo de terça.
setup-name-command = O nome de um grupo não pode começar por «/», porque é assim que começam os comandos. Escreva só o nome, por exemplo: Círculo de terça.

setup-ask-timezone =
    <b>2 de 4 · Fuso horário</b>
    As horas das reuniões e os lembretes seguem o fuso horário do grupo. Neste momento é <b>{ $timezone }</b>. Toque num dos botões, ou escreva uma cidade grande ou o nome de um fuso, por exemplo: São Paulo, Luanda ou Europe/Lisbon.
btn-setup-type-zone = Escrever cidade ou fuso
setup-type-timezone = Escreva o nome de uma cidade grande perto do grupo, ou o nome de um fuso, por exemplo: Recife, Maputo ou Europe/Lisbon.
setup-timezone-unknown = Não conheço o fuso horário «{ $text }». Escreva uma cidade grande perto do grupo (São Paulo, Recife, Luanda) ou o nome de um fuso, como Europe/Lisbon.
setup-timezone-did-you-mean = Não tenho certeza de qual fuso horário é «{ $text }». Você quis dizer um destes? Toque nele, ou escreva outra cidade perto do grupo.

setup-ask-language =
    <b>3 de 4 · Idioma</b>
    Em que idioma devo escrever as minhas mensagens na conversa do grupo? Isto não muda a nossa conversa privada: lá, cada membro escolhe o seu próprio idioma.

setup-ask-reminder =
    <b>4 de 4 · Lembrete de reuniões</b>
    Devo publicar um lembrete na conversa do grupo antes de cada reunião? Os membros também podem escolher os seus próprios lembretes em privado.
setup-post-off = Desligado

setup-done =
    ✅ <b>{ $title }</b> está configurado.
    🕒 Fuso horário: { $timezone }
    🗣 Idioma das minhas mensagens: { $language }
    ⏰ Lembrete na conversa do grupo: { $reminder }
setup-invite = Os membros entram com este link (também está na minha mensagem de boas-vindas no grupo): { $link }
setup-next-header = <b>O que falta fazer</b>
setup-next-readd = • Já não consigo escrever no grupo. Adicione o bot ao grupo de novo e depois envie /setup.
setup-next-privacy = • Ainda não vejo as mensagens dos membros, por isso não consigo perceber quando alguém pode estar em perigo. Promova o bot a administrador do grupo (sem permissões especiais), ou no @BotFather envie /setprivacy, escolha este bot, escolha Disable, depois tire o bot do grupo e volte a adicioná-lo.
setup-next-facilitators = • Adicione as pessoas facilitadoras do grupo com /facilitators. Até lá, os alertas de crise vão para a administração.
setup-next-ask-admin = • Peça a um administrador do bot que adicione as pessoas facilitadoras do grupo (/facilitators). Até lá, os alertas de crise vão para a administração.
setup-next-meeting = • Adicione a primeira reunião do grupo com /addmeeting (a facilitação e a administração podem fazê-lo).
setup-next-none = Não falta mais nada: o grupo está pronto. (A administração do bot pode enviar /status a qualquer momento para confirmar.)

setup-not-allowed = Só um administrador do bot, ou um administrador do grupo no Telegram, pode configurar este grupo. Nada foi alterado.
setup-expired = Esse botão é de uma configuração anterior. Envie /setup para começar de novo.
setup-later = Sem problema. Envie /setup quando quiser.
setup-stopped = Configuração interrompida; nada foi alterado. Envie /setup para começar de novo.
setup-choose-button = Escolha um dos botões abaixo, por favor.
setup-use-buttons = Toque num dos botões acima, por favor (ou em «Parar a configuração»).
setup-no-groups = Não há nenhum grupo que possa configurar. Primeiro adicione o bot ao seu grupo (é preciso que seja administrador desse grupo) e depois envie /setup de novo.
setup-pick-group = Que grupo quer configurar?
setup-link-invalid = Esse link de configuração já não funciona. Envie /setup para ver os grupos que pode configurar.

bot-added-setup-link = { $name }, para acabar de configurar o grupo, abra uma conversa privada comigo com o botão abaixo e toque em Iniciar.
btn-setup-in-private = Configurar o grupo (administração)
setup-gate-hint = 🚪 Para que quem chega responda a uma pergunta, leia o acordo do grupo (/rules) e dê o seu consentimento antes de entrar, envie /gate. /invite cria um link para uma pessoa.
btn-setup-gate = 🚪 Configurar a porta de entrada
