# A facilitação adiciona, altera, cancela, muda e termina reuniões (/addmeeting, /editmeeting, ...).

mte-add-which-group = Para que grupo é esta reunião?
mte-ask-name = Como se chama a reunião? (por exemplo: Círculo de terça à noite)
mte-ask-freq = Com que frequência se reúne?
mte-ask-nth = Em que semana do mês?
mte-ask-day = Em que dia da semana?
mte-ask-date = Em que data? (por exemplo { $example } ou { $example_iso })
mte-ask-time = A que horas começa? (por exemplo 19:00 ou 19h30)
mte-ask-duration = Quanto tempo dura? Toque numa opção, ou escreva (por exemplo 1h30).
mte-ask-zone = Em que fuso horário é essa hora? Toque no botão, ou escreva um fuso ou uma cidade grande (por exemplo Europe/Lisbon ou São Paulo).
mte-ask-place = Onde se reúne? Envie o local e o endereço (por exemplo: Salão da Paróquia de São José, Rua das Flores, 12, Porto). Se for só online, toque no botão.
mte-ask-link = Que link as pessoas usam para entrar online? Envie o endereço completo, que comece por https:// — ou toque no botão, se não houver.
mte-ask-notes = Há alguma coisa que os membros devam saber? (por exemplo: toque a campainha da porta lateral) Envie, ou toque no botão para não deixar notas.
mte-ask-field = O que quer alterar em <b>{ $name }</b>?
mte-ask-on = Qual das datas de <b>{ $name }</b>?
mte-ask-newtime = Para quando passa? Escreva a nova data e hora, por exemplo { $example } 18:00 (hora de { $zone }).
mte-ask-reason = Quer explicar o motivo? Os membros vão ler. Escreva umas palavras, ou toque no botão.
mte-ask-last = Quando é a última reunião de <b>{ $name }</b>? Toque numa opção, ou escreva uma data (por exemplo { $example }).

mte-use-buttons = Escolha com os botões acima, ou envie /cancel para parar.
mte-bad-name = Envie um nome com 2 a 80 caracteres, por favor.
mte-bad-day = Não consegui entender «{ $text }» como dia da semana. Toque num dos dias nos botões, por favor.
mte-bad-date = Não consegui entender «{ $text }» como data. Escreva, por exemplo, { $example } ou { $example_iso }.
mte-date-past = «{ $text }» já passou (hoje é { $today }). Escolha hoje ou uma data posterior, como { $example }. Se for para o ano que vem, escreva também o ano: { $example_next_year }.
mte-bad-time = Não consegui entender «{ $text }» como hora. Escreva, por exemplo, 19:00 ou 19h30.
mte-bad-duration = Não consegui entender «{ $text }» como duração. Toque num botão, ou escreva, por exemplo, 90 ou 1h30 (de 5 minutos a 12 horas).
mte-bad-zone = Não conheço o fuso horário «{ $text }». Escreva um fuso como Europe/Lisbon ou America/Sao_Paulo, ou uma cidade grande como São Paulo ou Luanda.
mte-zone-did-you-mean = Não tenho certeza de qual fuso horário é «{ $text }». Você quis dizer um destes? Toque nele, ou escreva outra cidade.
mte-bad-place = Envie o local com 2 a 200 caracteres, ou toque no botão se for só online.
mte-bad-link = «{ $text }» não é um link que os membros consigam abrir. Envie o endereço completo, que comece por https://, por exemplo https://zoom.us/j/123456789
mte-bad-notes = As notas devem ter menos de 300 caracteres.
mte-bad-reason = O motivo deve ter menos de 200 caracteres.
mte-bad-datetime = Não consegui entender «{ $text }» como data e hora. Escreva, por exemplo, { $example } 18:00.
mte-datetime-past = «{ $text }» já passou (hoje é { $today }). Indique uma data e hora que ainda estejam para vir, como { $example } 18:00. Se for para o ano que vem, escreva também o ano.
mte-need-place-or-link = Os membros precisam de saber para onde ir ou como entrar: indique um local, um link online, ou os dois.
mte-once-past = Essa data e hora já passaram. Em que data vai ser?

mte-preview = É assim que os membros vão ver:
mte-saved = Pronto, reunião guardada: <b>{ $name }</b>. Os membros já a podem ver em /next.
    Para desmarcar ou mudar uma data, use /cancelmeeting ou /movemeeting; para fazer alterações, /editmeeting.
mte-stopped = Certo, parei. Nada foi alterado.
mte-nothing-to-stop = Neste momento não há nada para parar.
mte-not-yours = Só pode alterar reuniões dos grupos que facilita. Nada foi alterado.
mte-no-groups = Ainda nenhum grupo tem o bot. Primeiro adicione o bot ao seu grupo; depois pode adicionar aqui as reuniões dele.

btn-mte-stop = ✖️ Parar, sem alterar nada
btn-mte-weekly = Semanal
btn-mte-biweekly = De 2 em 2 semanas
btn-mte-monthly = Mensal (ex.: 1.ª segunda-feira)
btn-mte-once = Só uma vez
btn-mte-nth-1 = 1.ª
btn-mte-nth-2 = 2.ª
btn-mte-nth-3 = 3.ª
btn-mte-nth-4 = 4.ª
btn-mte-nth-last = Última
btn-mte-minutes = { $n } min
btn-mte-keep-zone = Manter { $zone }
btn-mte-online-only = Só online
btn-mte-no-link = Sem link online
btn-mte-no-notes = Sem notas
btn-mte-no-reason = Sem motivo
btn-mte-field-name = Nome
btn-mte-field-schedule = Dia e frequência
btn-mte-field-time = Hora
btn-mte-field-duration = Duração
btn-mte-field-zone = Fuso horário
btn-mte-field-place = Local
btn-mte-field-link = Link online
btn-mte-field-notes = Notas
btn-mte-change-name = ✏️ Mudar nome
btn-mte-change-schedule = ✏️ Mudar dia
btn-mte-change-time = ✏️ Mudar hora
btn-mte-change-duration = ✏️ Mudar duração
btn-mte-change-zone = ✏️ Mudar fuso horário
btn-mte-change-place = ✏️ Mudar local
btn-mte-change-link = ✏️ Mudar link
btn-mte-change-notes = ✏️ Mudar notas
btn-mte-last-next = Depois da próxima ({ $date })
btn-mte-last-today = Hoje é o último dia ({ $date })

# Dias e ordinais usados nas regras abaixo ("Todos os meses: segunda-feira da primeira semana").
mte-nth-word-1 = primeira
mte-nth-word-2 = segunda
mte-nth-word-3 = terceira
mte-nth-word-4 = quarta
mte-nth-word-last = última
mte-rule-weekly = 🔁 Todas as semanas: { $day }
mte-rule-every = 🔁 De { $n } em { $n } semanas: { $day }
mte-rule-monthly = 🔁 Todos os meses: { $day } da { $nth } semana
mte-rule-once = 🔁 Só desta vez

mte-edit-choose = Que reunião quer alterar?
mte-cancel-choose = De que reunião quer desmarcar uma data?
mte-move-choose = De que reunião quer mudar uma data?
mte-end-choose = Que série de reuniões vai terminar?
mte-none = Os seus grupos ainda não têm reuniões. Adicione uma com /addmeeting.
mte-no-dates = <b>{ $name }</b> não tem próximas datas.
mte-updated = Pronto, alterações guardadas: <b>{ $name }</b>. É assim que os membros a veem agora:
mte-confirm = Confirme, por favor. É isto que vou anunciar:
btn-mte-confirm-cancel = ✅ Sim, desmarcar essa data
btn-mte-confirm-move = ✅ Sim, mudar
btn-mte-confirm-end = ✅ Sim, terminar a série
btn-mte-confirm-edit = ✅ Sim, salvar e avisar
mte-updated-quiet = Salvo: <b>{ $name }</b>. Ninguém recebeu mensagem sobre isso; é assim que os membros veem agora:
mte-news-on = ativadas
mte-news-off = desativadas
btn-mte-group-news = 📣 Novidades das reuniões na conversa do grupo: { $state }
btn-mte-group-news-named = 📣 Novidades das reuniões em { $group }: { $state }
mte-group-news-saved = { $on ->
    [yes] Pronto: as mudanças nas reuniões também vão ser publicadas em { $group }.
   *[no] Pronto: as mudanças nas reuniões não vão mais ser publicadas em { $group }. Só quem acompanha cada reunião vai ser avisado.
}
mte-told = { $chat ->
    [yes] { $n ->
        [0] Vou avisar só a conversa do grupo.
        [one] Vou avisar { $n } pessoa inscrita e a conversa do grupo.
       *[other] Vou avisar { $n } pessoas inscritas e a conversa do grupo.
    }
   *[no] { $n ->
        [0] Ainda ninguém segue esta reunião aqui, por isso não há ninguém para avisar.
        [one] Vou avisar { $n } pessoa inscrita.
       *[other] Vou avisar { $n } pessoas inscritas.
    }
}
mte-cancel-done = Desmarcada: <b>{ $name }</b> de { $date }.
mte-move-done = Mudança feita: <b>{ $name }</b> passa para { $when }.
mte-end-done = Pronto: <b>{ $name }</b> termina depois de { $date }.
mte-change-failed = Não foi possível: talvez essa data já tenha começado, a nova hora já tenha passado, ou alguém tenha alterado a reunião ao mesmo tempo. Nada foi alterado; comece de novo, por favor.

mte-post-off = desligado
btn-mte-post-off = Desligado
mte-post-before = { $span } antes
btn-mte-group-post = ⏰ Lembrete na conversa do grupo: { $when }
btn-mte-group-post-named = ⏰ Lembrete na conversa de { $group }: { $when }
mte-post-choose = Quanto tempo antes de cada reunião devo publicar um lembrete em { $group }?
mte-post-saved = Pronto: o lembrete na conversa de { $group } passa a ser { $when }.
