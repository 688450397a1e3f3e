# /resources: ver e pesquisar o diretório; pessoas facilitadoras a adicionar e editar recursos.

resources-choose = Que tipo de ajuda procura? Toque num tema, ou envie /resources e algumas palavras (por exemplo /resources emprego).
resources-empty-query = Não encontrei nenhuma palavra para pesquisar aí. Toque num tema:
resources-none = Não encontrei nada para «{ $words }». Pode tentar outras palavras.
resources-general = Posso procurar algo concreto: envie /resources e um tema, por exemplo /resources habitação.
resources-pick-topic = Ou toque num tema aqui em baixo para ver o que tenho para o seu país.
resources-found = <b>O que encontrei para «{ $words }»</b>
resources-in-category = <b>{ $category }</b>
resources-none-in-category = Ainda não tenho nada em { $category } para o seu país. Envie /crisis se precisar de alguém com quem falar agora.
resource-open = 🟢 aberto agora
resource-closed = ⚪ fechado agora
resource-hours = 🕒 { $hours }
# Opening hours that are the same every day of the week.
resource-every-day = Todos os dias

resources-add-which-group = Para que grupo é este recurso?
resources-ask-name = Como se chama o serviço? (por exemplo: Centro Comunitário do Bairro)
resources-ask-description = Numa ou duas frases: o que oferece, e a quem?
resources-ask-category = Que tema se aplica melhor?
resources-ask-phone = O número de telefone, se tiver (só dígitos, espaços e +).
resources-ask-website = O site, se tiver (por exemplo exemplo.org).
resources-bad-name = Envie um nome com 2 a 80 caracteres.
resources-bad-description = Envie uma descrição com 5 a 400 caracteres.
resources-bad-phone = Isso não parece um número de telefone. Use só dígitos, espaços e +, ou toque em Passar.
resources-bad-website = Isso não parece um endereço de site (por exemplo exemplo.org). Tente de novo, ou toque em Passar.
resources-preview = É assim que os membros vão ver:
resources-saved = Guardado: { $name }. Os membros já o podem encontrar.
resources-cancelled = Tudo bem, nada foi guardado.
resources-mine = Os recursos dos seus grupos. Toque num para editar ou retirar:
resources-mine-none = Os seus grupos ainda não têm recursos adicionados pela conversa. Adicione um com /addresource.
resources-not-yours = Só pode mudar recursos dos seus próprios grupos. Os recursos que vêm da configuração do bot só podem ser mudados editando essa configuração.
resources-updated = Atualizado: { $name }.
resources-retired = Retirado: { $name }. Deixou de aparecer.
resources-reloaded = Recursos lidos de novo da configuração: { $added } adicionados, { $changed } alterados, { $removed } removidos.
resources-reload-failed = A configuração dos recursos tem um problema, por isso nada mudou: { $problem }
btn-skip = Passar
btn-save = Guardar
btn-cancel = Cancelar
btn-edit-name = Mudar o nome
btn-edit-description = Mudar a descrição
btn-edit-phone = Mudar o telefone
btn-edit-website = Mudar o site
btn-retire = Retirar
cmd-resources = Encontrar ajuda na sua região ou online
cmd-addresource = Adicionar um recurso (facilitação)
cmd-myresources = Editar os recursos dos seus grupos (facilitação)
cmd-reload = Ler de novo a configuração dos recursos (administração)
