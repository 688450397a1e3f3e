# Textos comuns: ajuda, preferências, erros, grupos, menu de comandos.

help-member =
    <b>O que eu posso fazer</b>

    /start – configurar o bot, ou entrar num grupo com um link de convite
    /next – quando e onde é a próxima reunião, e como participar
    /meetings – as reuniões desta semana e os eventos para a sua agenda
    /reminders – lembretes de reuniões e horas de silêncio
    /rules – o que o seu grupo combinou (o acordo)
    /checkin – um check-in diário do humor à hora que escolher (só você vê); /pause, /resume
    /mood – o seu gráfico de humor e um pequeno resumo
    /crisis – linhas de crise para ligar ou mandar mensagem agora
    /worried – estou preocupado com alguém: avise os facilitadores do grupo (num grupo, responda /report a uma mensagem)
    /resources – encontrar ajuda na sua região ou online: ver temas ou pesquisar
    /settings – mudar o seu idioma ou fuso horário
    /privacy – o que guardo a seu respeito, para quê e durante quanto tempo
    /mydata – receber um documento com tudo o que guardo a seu respeito
    /forget – apagar tudo o que guardo a seu respeito
    /stop – parar todas as mensagens que envio por iniciativa própria
    /help – esta lista

    Se estiver em perigo ou pensar em pôr fim à sua vida, por favor, procure agora uma linha de crise ou o número de emergência local. Você merece apoio.

help-admin-extra =

    <b>Para a administração</b>
    /groups – os grupos em que estou, com os links de convite
    /setup – configurar de novo um grupo: nome, fuso horário, idioma, lembrete de reuniões
    /status – o que consigo ver em cada grupo, e o que mudar
    /facilitators – adicionar ou remover pessoas facilitadoras de um grupo (responda a uma mensagem da pessoa, encaminhe uma ou indique o número dela)
    /audit – quem fez o quê recentemente (facilitação e administração)
    /supervisors – adicionar ou remover supervisores, que cuidam de quem facilita
    /load – quanto cada facilitador está a carregar (também para supervisores)
    /reload – ler de novo os recursos depois de editá-los

need-start = Ainda não nos conhecemos. Envie /start e eu explico o que faço.

settings-menu =
    <b>As suas preferências</b>
    Idioma: { $language }
    Fuso horário: { $timezone }
    Formato da hora: { $example }
    { settings-checkins }

    O que quer mudar?

btn-language = Idioma
btn-clock = 🕒 Formato da hora
btn-timezone = Fuso horário
settings-choose-language = Que idioma quer que eu use?
settings-language-set = Combinado, a partir de agora falo em português.
settings-choose-timezone =
    Em que fuso horário está? Agora tenho <b>{ $timezone }</b>.
    Toque numa opção abaixo, ou escreva o nome (por exemplo Europe/Lisbon ou São Paulo).


unknown-command = Não conheço esse comando. Envie /help para ver o que posso fazer.
text-fallback =
    Obrigado por me escrever. 💛 Sou um bot simples, por isso não consigo responder a tudo o que me diz.
    Se hoje as coisas estão difíceis, você não está só: /crisis mostra pessoas para quem pode ligar ou mandar mensagem agora mesmo, e as pessoas facilitadoras estão do seu lado. /checkin ajuda a acompanhar como se sente, e /help mostra tudo o que posso fazer.
non-text-fallback = Só consigo ler mensagens de texto. Envie /help para ver o que posso fazer.
only-private = Vamos falar em privado, para os seus dados ficarem só entre nós. Toque no botão abaixo.
btn-open-private = Abrir uma conversa privada
not-a-person = Por favor, envie isto da sua própria conta, e não em nome de um grupo ou canal.
button-expired = Este botão expirou. Por favor, comece de novo.
something-went-wrong = Desculpe, houve um problema do meu lado. Tente de novo daqui a pouco.

admin-only = Desculpe, isso é só para as pessoas responsáveis por este bot.
groups-none = Ainda não estou em nenhum grupo. Adicione-me a um grupo e ele aparece aqui.
groups-list-header = <b>Grupos em que estou</b>
groups-list-item =
    • <b>{ $title }</b> – { $members ->
        [one] 1 membro
       *[other] { $members } membros
    }
      Link de convite: { $link }

bot-added-to-group =
    Olá a todos! 👋 Sou o bot de ajuda deste grupo.
    Para receber os horários das reuniões, lembretes e linhas de apoio, toque no botão abaixo e depois em Iniciar. O que me contar em privado fica em privado.
btn-join-group = Entrar com o bot

cmd-start = Configurar o bot ou entrar num grupo
cmd-help = O que posso fazer
cmd-settings = Idioma e fuso horário
cmd-privacy = O que guardo a seu respeito
cmd-mydata = Obter uma cópia dos seus dados
cmd-forget = Apagar os seus dados
cmd-stop = Parar as mensagens que envio por iniciativa própria
cmd-groups = Grupos e links de convite (administração)
cmd-crisis = Linhas de crise, agora
cmd-flags = Alertas abertos e recentes (facilitação)
cmd-flag = Um alerta e o seu histórico (facilitação)
cmd-oncall = Quem está disponível (facilitação)

settings-choose-clock = Como você quer que eu escreva as horas?
btn-clock-auto = Como se usa onde eu moro ({ $example })
settings-clock-set = Pronto: vou escrever as horas assim: { $example }.

question-dropped-meeting = Deixei de lado o que estava a fazer com uma reunião. Envie o mesmo comando outra vez para recomeçar.
question-dropped-resource = Deixei de lado o que estava a fazer com um recurso. Envie o mesmo comando outra vez para recomeçar.
question-dropped-announcement = Deixei de lado o anúncio que estava a escrever. Envie /announce para recomeçar.
question-dropped-setup = Deixei de lado a configuração do grupo que tinha começado. Envie /setup para recomeçar.
