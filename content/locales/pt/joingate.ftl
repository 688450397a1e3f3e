# A porta de entrada (/gate, /invite), o modo de ataque e a verificação de permissões do /status.
# Os argumentos entre { $chavetas } são preenchidos pelo bot; mantenha-os. Etiquetas HTML permitidas: <b>, <i>, <a>.

cmd-gate = Pedidos de adesão, a pergunta, minutos só de leitura
cmd-invite = Um link de convite pessoal para uma pessoa

gate-question-default = O que o traz a este grupo? Bastam algumas palavras.
gate-welcome =
    Olá 👋 Pediu para entrar em <b>{ $group }</b>. Sou o bot que ajuda o grupo.

    Antes de entrar, uma pergunta dos facilitadores (ninguém lê a sua resposta, serve só para eu saber que é uma pessoa):

    <i>{ $question }</i>

    Escreva aqui a sua resposta. Tem { $minutes } minutos.
gate-answer-again = Não vi uma resposta. Escreva algumas palavras para responder à pergunta, por favor.
gate-agreement =
    Obrigado. Isto é o que os membros de <b>{ $group }</b> combinam:

    { $text }

    Toque em «Concordo» se estiver de acordo.
btn-gate-agree = ✅ Concordo
gate-expired = Esse pedido já terminou. Para tentar de novo, use outra vez o link de convite do grupo.
gate-approve-failed = Não consegui deixá-lo entrar agora: talvez outra pessoa já tenha tratado do seu pedido, ou ele terminou. Pode usar outra vez o link de convite do grupo.
gate-approved = 🎉 Bem-vindo a <b>{ $group }</b>! Já está dentro. /rules mostra o acordo do grupo e /help o que posso fazer.
gate-approved-readonly = 🎉 Bem-vindo a <b>{ $group }</b>! Já está dentro. Nos primeiros { $minutes } minutos pode ler, mas ainda não escrever: aproveite para conhecer o grupo com calma. /rules mostra o acordo do grupo.
gate-declined-consent = Não faz mal. Não o deixei entrar em <b>{ $group }</b>, porque o grupo precisa que eu guarde um pequeno registo dos seus membros. Se mudar de ideias, use outra vez o link de convite do grupo.
gate-timed-out = O seu pedido para entrar em <b>{ $group }</b> terminou porque não recebi resposta a tempo. Não faz mal: quando quiser, use outra vez o link de convite do grupo.

gate-card =
    🚪 <b>{ $group }: a porta de entrada</b>

    Pedidos de adesão: { $on ->
        [yes] ativados (quem chega responde primeiro a uma pergunta, lê o acordo e dá o seu consentimento)
       *[no] desativados
    }
    A pergunta: <i>{ $question }</i>
    Só leitura depois de entrar: { $minutes ->
        [0] não
       *[other] { $minutes } min
    }
    Modo de ataque: { $raid ->
        [yes] ativado
       *[no] desativado
    }
    O link de convite do bot: { $link }
btn-gate-on = 🚪 Ativar os pedidos de adesão
btn-gate-off = Desativar os pedidos de adesão
btn-gate-word = ✏️ Escrever a pergunta
btn-gate-default-wording = ↩️ Usar a pergunta habitual
btn-gate-readonly = { $minutes ->
    [0] Sem só leitura
   *[other] { $minutes } min
}
btn-gate-invite = 🎟 Link de convite pessoal
gate-no-groups = Só os facilitadores de um grupo e os administradores do bot podem mudar a porta de entrada ou criar links de convite.
gate-pick = A porta de entrada de que grupo?
gate-invite-pick = Um link de convite pessoal para que grupo?
gate-invite-name = De { $name }
gate-invite-made =
    🎟 Um link pessoal para uma pessoa entrar em <b>{ $group }</b>. Funciona uma só vez, e a pessoa entra diretamente, sem a pergunta da porta:

    { $link }
gate-link-failed = Não consegui criar um link de convite para <b>{ $group }</b>. Torne-me administrador do grupo com a permissão de convidar utilizadores («Convidar utilizadores via link») e tente de novo, por favor.
gate-not-allowed = Só os facilitadores do grupo podem mudar isto.
gate-word-ask = Escreva, com as suas palavras, a pergunta a que responde quem pede para entrar em <b>{ $group }</b> (no máximo { $max } caracteres). Qualquer resposta sincera deixa passar: é uma verificação humana, não um exame.
gate-word-saved = ✅ Guardado. Quem pedir para entrar em { $group } recebe a sua pergunta.
gate-question-command = Isso parece um comando. Escreva a própria pergunta, por favor.
gate-question-short = É muito curto para uma pergunta. Escreva a pergunta completa, por favor.
gate-question-long = É demasiado longo ({ $length } caracteres, no máximo { $max }). Encurte-a, por favor.
gate-link-name = Porta de entrada
gate-open-link-name = Link aberto
gate-raid-link-name = Modo de ataque
gate-on =
    🚪 Os pedidos de adesão estão ativados em <b>{ $group }</b>. Partilhe este link: quem o usar responde primeiro à pergunta, lê o acordo e dá o seu consentimento, e eu deixo-o entrar.

    { $link }
gate-off =
    Os pedidos de adesão estão desativados em <b>{ $group }</b>. O link da porta já não funciona; com este entra-se diretamente:

    { $link }

gate-raid-on =
    🚨 <b>Modo de ataque em { $group }</b>: entrou muita gente em pouco tempo. Mudei o link de convite do grupo para pedidos de adesão, por isso quem chega agora passa pela porta. Por agora, partilhe este link:

    { $link }

    Os links criados por outros administradores (também o de quem criou o grupo) continuam a deixar entrar diretamente: só consigo mudar os meus. Se continuar a entrar gente, um administrador pode revogá-los nas definições do grupo → Links de convite.

    Volto ao link normal depois de um tempo de calma, ou toque no botão quando tiver passado.
gate-raid-on-no-link = 🚨 <b>Modo de ataque em { $group }</b>: entrou muita gente em pouco tempo, mas não consegui mudar o link para pedidos de adesão (preciso da permissão de convidar utilizadores). Verifique o grupo e o seu link, por favor.
gate-raid-off =
    ✅ O modo de ataque em <b>{ $group }</b> terminou. O link do grupo:

    { $link }
btn-gate-end-raid = Terminar o modo de ataque
gate-raid-already-over = O modo de ataque já tinha terminado.

status-gate-on = 🚪 Os pedidos de adesão (ou o modo de ataque) estão ativados.
gate-right-invite = ⚠️ Não consigo criar links de convite: nas definições do grupo, torne-me administrador com «Convidar utilizadores via link».
gate-right-pin = ⚠️ Não consigo afixar o acordo do grupo: dê-me a permissão de administrador «Afixar mensagens».
gate-right-restrict = ⚠️ Não consigo pôr os novos membros só a ler: dê-me a permissão de administrador «Banir utilizadores» (inclui restringir).
gate-right-delete = ⚠️ Não consigo ocultar mensagens para revisão: dê-me a permissão de administrador «Apagar mensagens».

audit-joingate-requests = ativou ou desativou os pedidos de adesão
audit-joingate-question = escreveu a pergunta da porta de entrada
audit-joingate-readonly = definiu os minutos só de leitura depois de entrar
audit-joingate-invite = criou um link de convite pessoal
audit-joingate-raid-on = ativou o modo de ataque
audit-joingate-raid-off = terminou o modo de ataque
