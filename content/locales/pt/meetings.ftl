# Reuniões: como aparecem, lembretes, avisos de mudanças e o que os membros pedem.

meeting-when = { $date }, { $time } ({ $zone })
meeting-span-days = { $n ->
    [one] { $n } dia
   *[other] { $n } dias
}
meeting-span-hours = { $n } h
meeting-span-minutes = { $n } min

meeting-name = { $name }
meeting-starts-in = 🗓 { $when } · começa daqui a { $span }
meeting-in-progress = 🟢 { $when } · já começou (há { $minutes } min)
meeting-when-cancelled = ❌ { $when } · cancelada
meeting-group-time = (Onde o grupo se reúne, a hora é { $time }, { $zone }.)
meeting-moved-from = ↪️ Antes era { $was }.
meeting-change-reason = Motivo: { $reason }
meeting-place = 📍 { $place }
meeting-area = 🌍 Online, com base em { $area }
meeting-online = 💻 Participar online: { $url }
meeting-online-notes = { $notes }
meeting-phone = ☎️ Por telefone: { $phone }
meeting-notes = ℹ️ { $notes }
meeting-recovery-group = 🤝 Organizada por { $group }

reminder-heading = ⏰ <b>Lembrete</b>
reminder-late = (Este lembrete chega atrasado: eu estava offline na hora certa. A reunião ainda não começou.)
rsvp-yes = 🙋 Vou estar lá
rsvp-no = Não vou poder
rsvp-counts = 🙋 Vão: { $yes } · Não podem: { $no }

meeting-news-cancelled = ❌ A reunião <b>{ $name }</b> de { $when } foi cancelada.
meeting-news-moved = ↪️ A reunião <b>{ $name }</b> de { $was } passou para <b>{ $when }</b>.
meeting-news-ended = <b>{ $name }</b> vai chegar ao fim: a última reunião é a de { $last }. Obrigado por fazer parte deste caminho.
meeting-news-new = 🆕 Uma reunião nova em { $group }:
meeting-news-retimed = 🕖 A reunião <b>{ $name }</b> mudou de dia ou de horário.
meeting-news-next = 🗓 Próxima: { $when } · { $length }
meeting-news-was = (Ia ser { $was }.)
meeting-news-new-place = 📍 A reunião <b>{ $name }</b> agora acontece em { $place }.
meeting-news-online-only = 📍 A reunião <b>{ $name }</b> agora é só online.
meeting-news-new-link = 💻 A reunião <b>{ $name }</b> tem um link novo para entrar: { $url }
meeting-news-no-link = 💻 A reunião <b>{ $name }</b> não tem mais link online.
meeting-news-calendar = 📅 Você salvou no seu calendário? Abra este arquivo para atualizar.
meeting-news-calendar-new = 📅 Abra este arquivo para adicionar ao seu calendário.

cmd-next = Quando e onde é a próxima reunião
cmd-meetings = As reuniões da semana, para pôr no calendário
cmd-reminders = Lembretes de reuniões e horas de silêncio
cmd-addmeeting = Adicionar uma reunião (facilitação)
cmd-editmeeting = Alterar uma reunião (facilitação)
cmd-cancelmeeting = Cancelar uma reunião (facilitação)
cmd-movemeeting = Mudar uma reunião de data ou hora (facilitação)
cmd-endmeeting = Terminar uma série de reuniões (facilitação)

# O que os membros veem: /next, /meetings, /reminders, horas de silêncio e "Vou estar lá".
next-none = Ainda não sei de nenhuma reunião marcada. Quando alguém da facilitação adicionar uma, ela aparece aqui em /next.
next-no-group = Ainda não entrou em nenhum grupo. Os locais e os links das reuniões são só para os membros de cada grupo: peça o link de convite do grupo a quem o facilita e, depois de entrar, o /next mostra aqui as suas reuniões.
btn-add-calendar = 📅 Adicionar ao calendário
btn-remind-me = 🔔 Quero um lembrete
next-also-on = 🗓 Também: { $dates }
next-rsvp-yes = 🙋 Você disse que vem.
next-rsvp-no = Você disse que não pode ir.
calendar-caption = Abra este anexo para pôr <b>{ $name }</b> no seu calendário.
week-header = <b>Reuniões dos próximos 7 dias</b>
week-none = Não há reuniões nos próximos 7 dias. O /next mostra a próxima.
btn-meetings-private = 🔔 Lembretes e calendário, no privado
btn-whole-schedule = 📅 Agenda completa: { $group }
btn-reminders = 🔔 Lembretes
button-no-longer-works = Esse botão já não funciona.
reminders-header = <b>Os seus lembretes de reuniões</b>
reminders-none = Ainda não tem lembretes. Toque numa reunião ou num grupo abaixo para escolher.
reminders-item-meeting = • { $name }: { $offsets }
reminders-item-group = • Todas as reuniões de { $group }: { $offsets }
reminders-quiet = 🌙 Horas de silêncio: { $start }–{ $end }
reminders-quiet-none = 🌙 Horas de silêncio: nenhuma
quiet-explain = Nas horas de silêncio não chega nenhum lembrete: se algum estiver marcado para esse período, chega quando elas acabam, ou não chega, se a reunião já tiver começado.
btn-quiet = 🌙 Horas de silêncio
btn-meeting-reminders = 🔔 { $name }
btn-group-reminders = 🔔 Todas as reuniões de { $group }
remind-choose-meeting = 🔔 Quando quer o lembrete de <b>{ $name }</b>? Toque para escolher; toque de novo para tirar.
remind-choose-group = 🔔 Quando quer o lembrete de cada reunião de <b>{ $group }</b>? Toque para escolher; toque de novo para tirar.
offset-days = { $n ->
    [one] 1 dia antes
   *[other] { $n } dias antes
}
offset-hours = { $n ->
    [one] 1 hora antes
   *[other] { $n } horas antes
}
offset-span = { $span } antes
btn-done = Pronto
remind-saved = ✅ Pronto. Vai receber um lembrete { $offsets }.
remind-saved-none = { $scope ->
    [group] Certo, sem lembretes para as reuniões deste grupo.
   *[meeting] Certo, sem lembretes para esta.
}
quiet-choose = 🌙 Em que horas prefere silêncio? Nessas horas não chega nenhum lembrete (hora local, { $zone }).
btn-quiet-none = Nenhuma
btn-quiet-other = Outras…
quiet-ask = Escreva as suas horas de silêncio com uma hora de início e uma de fim, por exemplo 22:30-07:00.
quiet-set = 🌙 Horas de silêncio definidas: { $start }–{ $end } (hora local, { $zone }).
quiet-cleared = Horas de silêncio desligadas: os lembretes podem chegar a qualquer hora.
quiet-bad = Não consegui entender. Escreva uma hora de início e uma de fim, por exemplo 22:30-07:00 (ou toque em Nenhuma).
rsvp-thanks-yes = Obrigado, até lá!
rsvp-thanks-no = Obrigado por avisar.
rsvp-need-start = Primeiro abra uma conversa privada comigo e envie /start; depois toque de novo.
rsvp-cancelled = Essa reunião foi cancelada, por isso não há nada a responder.
rsvp-past = Essa reunião já terminou.
