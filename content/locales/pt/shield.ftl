# O escudo contra spam: links de quem chegou há pouco em revisão, limite de mensagens, bloqueios.

cmd-shield = Escudo contra spam: os links de quem chega esperam revisão
cmd-block = Bloquear alguém em todos os nossos grupos
cmd-unblock = Levantar um bloqueio
shield-someone = alguém (id { $id })
shield-reason-link = um link de um membro novo
shield-reason-forward = uma mensagem reencaminhada por um membro novo
shield-reason-media = uma foto, vídeo ou ficheiro de um membro novo
shield-reason-banned-in = banido de { $group }
shield-held =
    Olá, { $name }, bem-vindo ao { $group }. A sua mensagem está à espera por um momento: enquanto alguém é novo no grupo (as primeiras { $hours } horas), os links, mensagens reencaminhadas, fotos, vídeos e ficheiros passam primeiro por um facilitador. É assim que mantemos o spam à distância, e não tem nada a ver consigo.

    Alguém vai vê-la em breve. Não precisa de fazer nada e pode continuar a escrever como sempre.
shield-held-crisis = Olá, { $name }. Como chegou há pouco ao { $group }, a sua mensagem foi primeiro para os facilitadores em vez de ir para o grupo todo. Eles têm-na e vão vê-la em breve. Não está sozinho nisto.
shield-muted = Olá, { $name }, chegaram muitas mensagens suas no { $group } em poucos segundos, por isso o grupo fica em pausa para si durante { $minutes } minutos. Acontece, e não é um castigo. Depois pode escrever como sempre. Se alguma coisa estiver mal, pode dizer-me aqui.
shield-flood-staff = 🛡 { $name } enviou mais de { $count } mensagens em { $seconds } segundos no { $group }. Silenciei durante { $minutes } minutos; levanta-se sozinho.
shield-flood-staff-unmuted = 🛡 { $name } enviou mais de { $count } mensagens em { $seconds } segundos no { $group }. Não consegui silenciar: preciso da permissão para restringir membros lá.
shield-removed-list = 🛡 { $name } (id { $id }) entrou no { $group }. Está na nossa lista de bloqueio, por isso removi-o.
shield-removed-cas = 🛡 { $name } (id { $id }) entrou no { $group }. Está na lista pública de spammers (CAS), por isso removi-o.
shield-not-removed-list = 🛡 { $name } (id { $id }) entrou no { $group }. Está na nossa lista de bloqueio, mas não consegui removê-lo: preciso da permissão para banir membros lá.
shield-not-removed-cas = 🛡 { $name } (id { $id }) entrou no { $group }. Está na lista pública de spammers (CAS), mas não consegui removê-lo: preciso da permissão para banir membros lá.
shield-block-usage = Para bloquear alguém em todos os nossos grupos: /block seguido do id de utilizador e umas palavras sobre o motivo, por exemplo: /block 123456789 links de spam
shield-unblock-usage = Para levantar um bloqueio: /unblock seguido do id de utilizador, por exemplo: /unblock 123456789
shield-block-refused = Só quem gere este bot pode bloquear alguém em todos os grupos (e não a si próprio).
shield-blocked = 🛡 { $id } está bloqueado em todos os nossos grupos. Removido de { $done } { $done ->
        [one] grupo
       *[other] grupos
    }; não foi possível em { $failed } (preciso da permissão para banir membros lá). Se entrar mais tarde num grupo, removo-o e aviso os facilitadores.
shield-blocked-already = 🛡 { $id } já estava bloqueado. Removido de { $done } { $done ->
        [one] grupo
       *[other] grupos
    }; não foi possível em { $failed }.
shield-not-blocked = { $id } não está na nossa lista de bloqueio.
shield-unblocked = ✅ { $id } já não está bloqueado. O banimento foi levantado em { $done } { $done ->
        [one] grupo
       *[other] grupos
    }; não foi possível em { $failed }. Pode voltar a entrar com um link de convite.
shield-admins-only = Só quem gere este bot pode banir alguém de todos os grupos.
shield-not-allowed = Só os facilitadores do grupo podem mudar isto.
shield-no-groups = Ainda não facilita nenhum grupo.
shield-card =
    🛡 <b>{ $group }: escudo contra spam</b>

    Nas primeiras { $hours } horas depois de alguém entrar, os seus links, mensagens reencaminhadas, fotos, vídeos e ficheiros esperam pela revisão de um facilitador. A pessoa é avisada do motivo, com gentileza. Quem envia várias mensagens por segundo fica em pausa alguns minutos.
shield-card-off =
    🛡 <b>{ $group }: escudo contra spam</b>

    Os links e imagens de quem chega aparecem logo (a espera para membros novos está desligada). Quem envia várias mensagens por segundo continua a ficar em pausa alguns minutos.
btn-shield-window = { $hours ->
        [0] Desligado
       *[other] { $hours } h
    }
btn-shield-ban-everywhere = 🛡 Banir também de todos os nossos grupos
audit-shield-block = bloqueou alguém em todos os grupos
audit-shield-unblock = levantou um bloqueio
audit-shield-window = mudou quanto tempo os links de membros novos esperam revisão
# To the bot's admins when someone is banned from one group (a button bans them everywhere).
shield-offer-ban-everywhere = 🛡 { $name } foi banido de <b>{ $group }</b>. Banir também de todos os nossos grupos? Assim sai de onde estiver e fica fora de todos os grupos do bot.
