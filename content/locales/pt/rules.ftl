# /rules: o acordo de um grupo, visto pelos membros e escrito pelos facilitadores.

cmd-rules = O que combinamos no grupo
rules-shown =
    📜 <b>{ $group }: o nosso acordo</b>

    { $text }
rules-none = 📜 { $group } ainda não tem um acordo escrito.
rules-none-staff = 📜 { $group } ainda não tem um acordo escrito. Toque em «Escrever» para adicionar um: os membros veem-no com /rules.
rules-none-group = Este grupo ainda não tem um acordo escrito. Os facilitadores podem escrevê-lo: /rules numa conversa privada comigo.
rules-no-groups = Ainda não está em nenhum grupo. Quando entrar num com o link de convite, /rules mostra o que os membros combinaram.
rules-pick = De que grupo quer ver o acordo?
rules-ask = Escreva o acordo de <b>{ $group }</b> numa só mensagem: o que os membros combinam (o que se diz aqui fica aqui, uma voz de cada vez, respeito...). Substitui o atual. No máximo { $max } caracteres.
rules-saved = ✅ Guardado. Os membros de { $group } veem-no com /rules.
rules-cleared = 🗑 O acordo de { $group } foi removido.
rules-not-yours = Esse acordo é para os membros do grupo.
rules-not-allowed = Só os facilitadores do grupo podem mudar o acordo.
rules-too-short = É muito curto para um acordo: escreva o texto completo, por favor (pelo menos { $min } caracteres).
rules-too-long = É mais longo do que cabe numa mensagem ({ $length } caracteres, no máximo { $max }). Encurte-o, por favor.
rules-not-a-command = Isso parece um comando, não um acordo. Escreva o texto do acordo, por favor.
btn-rules-write = ✏️ Escrever
btn-rules-change = ✏️ Mudar
btn-rules-clear = 🗑 Remover
audit-rules-set = mudou o acordo do grupo
audit-rules-clear = removeu o acordo do grupo
btn-rules-languages = 🌐 Noutra língua
rules-pick-language = Em que língua quer escrever o acordo de { $group }?
rules-ask-language = Escreva o acordo de <b>{ $group }</b> em { $language }, numa só mensagem. Os membros que usam o bot nessa língua veem este texto.
rules-write-first = Escreva primeiro o acordo na língua do grupo, por favor.
rules-pinned = 📌 Publiquei-o no grupo e afixei-o.
rules-not-pinned = Não consegui afixá-lo no grupo: para que fique afixado, dê-me a permissão de administrador «Afixar mensagens».
rules-accept-changed =
    📜 O acordo de <b>{ $group }</b> mudou. Leia-o, por favor:

    { $text }

    Toque em «Concordo» se estiver de acordo.
rules-accepted = ✅ Obrigado. Aceitou o acordo de { $group }.
rules-accept-outdated = Essa versão do acordo de { $group } voltou a mudar. /rules mostra a atual.
audit-rules-translate = escreveu o acordo do grupo noutra língua
rules-accept-new =
    📜 <b>{ $group }</b> já tem um acordo escrito. Leia-o, por favor:

    { $text }

    Toque em «Concordo» se estiver de acordo.
