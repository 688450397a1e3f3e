# O relatório do programa (/impact, `peerbot impact`): números de todos os grupos para a
# administração e financiadores; todo número sobre menos de 5 pessoas fica oculto.

cmd-impact = Relatório do programa de todos os grupos (PDF e CSV)
impact-pick =
    📊 <b>Relatório do programa</b>

    Que período ele deve cobrir? Você vai receber um PDF para ler e um CSV para planilhas. Qualquer número sobre menos de 5 pessoas fica oculto.
btn-impact-month = Mês passado
btn-impact-quarter = Trimestre passado
btn-impact-year = Ano passado
btn-impact-month-compare = Mês passado, com o anterior
btn-impact-quarter-compare = Trimestre passado, com o anterior
btn-impact-year-compare = Ano passado, com o anterior
impact-working = Estou montando o relatório ({ $period }). Ele chega em instantes.
impact-caption-pdf = <b>Relatório do programa</b>, { $period }. Ninguém é identificado, e os números sobre menos de 5 pessoas ficam ocultos.
impact-caption-csv = Os mesmos números em CSV, para planilhas.
impact-no-groups = Ainda não há grupos, então não há nada para relatar.

impact-title = Relatório do programa
impact-period = de { $start } a { $end }
impact-compared = comparado com o período de { $start } a { $end }
impact-all-groups = Todos os grupos
impact-fewer = menos de 5
impact-protected = oculto (veja a nota)
impact-none = nada ainda
impact-minutes = { $minutes } min
impact-points = { $points } pts
impact-score = { $score } de 5
impact-legend-current = Este período
impact-legend-earlier = Período anterior
impact-was = antes { $value }
impact-section-people = Pessoas
impact-section-meetings = Encontros
impact-section-care = Bem-estar e segurança
impact-page = Página { $page } de { $pages }
impact-made = Feito em { $date }. Ninguém é identificado neste relatório.
impact-key-figures = Resumo: todos os grupos

impact-metric-participation = Membros ativos
impact-metric-new-members = Novos membros
impact-metric-retention-4w-percent = Continuam vindo após 4 semanas
impact-metric-retention-12w-percent = Continuam vindo após 12 semanas
impact-metric-attendance-yes = Respostas «Vou estar lá»
impact-metric-attendance-per-meeting = «Vou estar lá» por encontro
impact-metric-felt-safe-mean = Sentiram-se seguros (1 a 5)
impact-metric-felt-heard-mean = Sentiram-se ouvidos (1 a 5)
impact-metric-wellbeing-change-8w = Mudança no mal-estar após 8 semanas (PHQ-4, abaixo de 0 é melhor)
impact-metric-wellbeing-change-12w = Mudança no mal-estar após 12 semanas (PHQ-4, abaixo de 0 é melhor)
impact-metric-crisis-flags = Alertas de crise
impact-metric-time-to-human-median-minutes = Tempo até uma pessoa responder (mediana)
impact-metric-alerts-per-facilitator-median = Alertas por facilitador (mediana)
impact-metric-alerts-per-facilitator-max = Alertas por facilitador (máximo)

impact-methods-title = Como ler este relatório
impact-methods-intro = Este relatório conta o que os membros fizeram com o bot, nunca o que disseram. Ninguém é identificado, e os números vêm dos próprios registros do bot para os dias do período (UTC).
impact-about-participation = Membros ativos: membros que usaram o bot pelo menos uma vez no período (uma mensagem ou um botão).
impact-about-new-members = Novos membros: membros que entraram em um grupo pelo bot no período.
impact-about-retention-4w-percent = Continuam vindo após 4 semanas: dos membros que entraram no período pelo menos 4 semanas antes do fim, a parte que voltou a usar o bot 4 semanas ou mais depois de entrar.
impact-about-retention-12w-percent = Continuam vindo após 12 semanas: o mesmo, 12 semanas depois de entrar.
impact-about-attendance-yes = Respostas «Vou estar lá»: quantas vezes os membros disseram que iriam a um encontro do grupo no período.
impact-about-attendance-per-meeting = «Vou estar lá» por encontro: essas respostas divididas pelos encontros que tiveram pelo menos uma.
impact-about-felt-safe-mean = Sentiram-se seguros: a resposta média, de 1 (nada) a 5 (totalmente), a «Quão seguro você se sentiu?» depois de um encontro. As respostas não têm nome, então só contam os encontros com 5 respostas ou mais em uma semana.
impact-about-felt-heard-mean = Sentiram-se ouvidos: o mesmo para «Quão ouvido você se sentiu?».
impact-about-wellbeing-change-8w = Mudança no bem-estar: para os membros que escolheram fazer a verificação de bem-estar (PHQ-4, de 0 a 12, mais baixo é melhor), a mudança média das primeiras respostas para as respostas após 8 semanas, dadas no período. Um número negativo significa menos sofrimento.
impact-about-wellbeing-change-12w = O mesmo após 12 semanas.
impact-about-crisis-flags = Alertas de crise: momentos em que o bot percebeu que alguém podia estar em perigo e avisou a facilitação do grupo.
impact-about-time-to-human-median-minutes = Tempo até uma pessoa responder: o valor do meio dos minutos entre um alerta e o momento em que a primeira pessoa da facilitação ou da administração o assumiu.
impact-about-alerts-per-facilitator-median = Alertas por facilitador: quantos alertas cada pessoa da facilitação do grupo recebeu, como valor do meio e o máximo que alguém recebeu. Ninguém da facilitação é identificado.
impact-methods-hidden = Por que alguns números dizem «menos de 5»: um número sobre 1 a 4 pessoas nunca aparece, porque com tão poucas pessoas um número poderia apontar para alguém. Um número sobre ninguém aparece como 0 ou «nada ainda».
impact-methods-protected =
    { $count ->
        [0] Neste relatório nenhum número sobre 5 pessoas ou mais precisou ficar oculto.
        [one] Um número sobre 5 pessoas ou mais diz «oculto (veja a nota)»: ele também fica oculto, para que um número sobre menos de 5 pessoas não possa ser calculado tirando os grupos mostrados de «Todos os grupos».
       *[other] { $count } números sobre 5 pessoas ou mais dizem «oculto (veja a nota)»: eles também ficam ocultos, para que um número sobre menos de 5 pessoas não possa ser calculado tirando os grupos mostrados de «Todos os grupos».
    }
impact-methods-rounded = As contagens (membros ativos e novos, respostas «Vou», alertas de crise) são arredondadas ao múltiplo de 5 mais próximo, para que dois relatórios, como um ano e os seus trimestres, nunca possam ser subtraídos para revelar um número pequeno que estava oculto. As percentagens, as pontuações e os tempos são calculados com os números exatos.
impact-methods-pooled = «Todos os grupos» conta cada membro de cada grupo uma só vez, então um grupo novo ou pequeno conta ali mesmo quando os próprios números estão ocultos.
impact-methods-compare = A mudança em relação ao período anterior só aparece quando os números dos dois períodos aparecem.
