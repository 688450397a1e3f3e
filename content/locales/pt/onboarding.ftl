# Boas-vindas: /start, idioma, consentimento, fuso horário, entrar num grupo.
# Os argumentos { $assim } são preenchidos pelo bot; mantenha-os. HTML permitido: <b>, <i>, <a>.

start-choose-language =
    Olá, { $name }! 👋
    Sou o bot de ajuda do seu grupo de apoio entre pares.

    Que idioma quer que eu use?

start-agreed = ✅ Você aceitou. Pode mudar de opinião quando quiser com /forget.

start-explain =
    Em palavras simples, é isto que eu faço:

    • Digo quando e onde o seu grupo se reúne, e como participar online.
    • Se quiser, posso perguntar uma vez por dia como se sente.
    • Mostro onde encontrar ajuda, incluindo linhas de crise.

    <b>O que guardo a seu respeito:</b> o seu primeiro nome, o seu nome público no Telegram (o seu @), o seu idioma, o seu fuso horário, os grupos em que entrou e as datas em que me usou (nunca o que escreveu; servem para totais do grupo sem nomes). Mais nada, a não ser que ative alguma função.

    <b>Segurança:</b> leio as mensagens que me envia, e as dos grupos que consigo ver, à procura de palavras e formas de dizer as coisas que podem indicar que alguém está em perigo (uma lista de palavras e um pequeno modelo que funciona dentro do bot; para isto, as suas mensagens não vão para nenhum outro lugar). Se as encontrar, mostro linhas de apoio e aviso discretamente as pessoas facilitadoras do seu grupo (pares com formação), para que alguém possa falar com você. Guardo um trecho curto dessa mensagem durante { $days } dias, para saberem o que aconteceu; não guardo nada das suas outras mensagens.

    Pode ver tudo o que guardo com /mydata e apagar tudo com /forget, a qualquer momento.

    Está de acordo?

btn-agree = Sim, tudo bem
btn-decline = Não, prefiro não

start-declined =
    Não tem problema nenhum. Não guardei nada a seu respeito.
    Se mudar de opinião, é só enviar /start outra vez. O /help continua disponível.

start-ask-timezone =
    Obrigado. Só mais uma coisa: em que fuso horário está? Serve para os horários das reuniões e os lembretes.
    Agora tenho <b>{ $timezone }</b>.

    Toque numa opção abaixo, ou escreva o nome (por exemplo America/Sao_Paulo ou Europe/Lisbon).

btn-keep-timezone = Manter { $timezone }

start-done =
    Está tudo pronto, { $name }. 🌱
    Envie /help para ver o que posso fazer. Fico feliz por você estar aqui.

start-welcome-back =
    Olá de novo, { $name }! 🌱
    Envie /help para ver o que posso fazer, ou /settings para mudar o seu idioma ou fuso horário.

group-joined = Agora faz parte de <b>{ $group }</b>. Boas-vindas! 🤝
group-already-joined = Você já faz parte de <b>{ $group }</b>.
invite-invalid = Esse link de convite já não funciona. Peça um novo à pessoa facilitadora do seu grupo.

timezone-set = Entendido: o seu fuso horário agora é <b>{ $timezone }</b>.
timezone-unknown =
    Não conheço o fuso horário «{ $text }».
    Escreva um nome como America/Sao_Paulo ou Europe/Lisbon, ou simplesmente uma cidade grande da sua região (por exemplo São Paulo ou Manaus).
timezone-did-you-mean = Não tenho certeza de qual fuso horário é «{ $text }». Você quis dizer um destes? Toque nele, ou escreva outra cidade perto de você.

# Usado em vez de um nome que fica vazio depois de tirar os caracteres invisíveis.
name-fallback = amigo/a
