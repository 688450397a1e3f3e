# Textos de /stats: estatísticas de um grupo, sem nomes, para facilitação, administração e financiadores.

cmd-stats = Estatísticas do seu grupo, sem identificar ninguém

stats-bad =
    Não entendi. Envie /stats para ver os últimos 30 dias, ou escolha um destes períodos:
    /stats 7, /stats 30, /stats 90 ou /stats 365 (dias).
stats-no-groups = Ainda não facilita nenhum grupo, por isso não há estatísticas para mostrar.
stats-pick-group = De que grupo quer ver as estatísticas (últimos { $days } dias)?
btn-stats-group = 📊 { $title }
stats-not-yours = Só pode ver as estatísticas dos grupos que facilita.

stats-title = <b>📊 Estatísticas de { $title }</b>
stats-period = Últimos { $days } dias: de { $start } a { $end } (datas UTC)
stats-active = 👥 Membros ativos: { $value }
stats-new = 🆕 Membros novos: { $value }
stats-retention = 🔁 Ainda ativos 4 semanas depois de entrar: { $four } · 12 semanas depois: { $twelve }
stats-checkins = ✅ Check-ins ativados: { $on } · responderam pelo menos uma vez: { $answered }
stats-moods = 🙂 Humor nos check-ins respondidos: { $moods }
stats-mood-share = { $mood } { $share }
stats-rsvps = 📅 Respostas às reuniões: «Vou estar lá» { $yes } · «Não vou poder» { $no }
stats-flags = 🚩 Alertas de crise: { $flags } · tempo habitual até alguém dizer «Eu assumo»: { $wait }
stats-fewer = oculto (menos de 5 pessoas)*
stats-none = ainda nenhum
stats-no-flags = nenhum alerta
stats-no-answers = ainda sem respostas
stats-minutes = { $minutes } min
stats-hours = { $hours } h
stats-percent = { $value }%
stats-footnote = * Para proteger a privacidade de todas as pessoas, qualquer número que venha de menos de 5 pessoas aparece como «oculto (menos de 5 pessoas)» em vez do número (no humor, cada humor em separado), para que ninguém possa ser identificado. Aqui não se nomeia ninguém.
    «Ainda ativos» diz respeito aos membros que entraram no ano anterior às últimas 4 (ou 12) semanas do período: a proporção dos que ainda usaram o bot 4 (ou 12) semanas ou mais depois de entrar.

stats-chart-title = { $title }
stats-chart-subtitle = Últimos { $days } dias ({ $start } a { $end })
stats-chart-counts = Pessoas e respostas
stats-chart-moods = Humor nos check-ins respondidos
stats-chart-hidden = oculto (menos de 5 pessoas)
stats-chart-no-answers = Ainda não há check-ins respondidos
stats-chart-retention = Ainda ativos 4 semanas depois de entrar: { $four } · 12 semanas depois: { $twelve }
stats-chart-wait = Tempo habitual até alguém dizer «Eu assumo»: { $wait }
stats-bar-active = Membros ativos
stats-bar-new = Membros novos
stats-bar-checkins-on = Check-ins ativados
stats-bar-answered = Membros que responderam
stats-bar-yes = «Vou estar lá»
stats-bar-no = «Não vou poder»
stats-bar-flags = Alertas de crise
stats-feedback = 💬 Como foram as reuniões (1-5, pelas respostas): segurança { $safe } · escuta { $heard }
