# O histórico de ações para a administração: quem fez o quê, e quando.

cmd-audit = Ações recentes da facilitação e da administração

audit-header = <b>Ações recentes</b> (das mais novas para as mais antigas; horas em { $zone })
audit-empty = Ainda não há nada para mostrar.
audit-line = { $when } · <b>{ $who }</b> { $what }
audit-subject = : { $subject }
audit-subject-alert = : alerta n.º { $subject }
audit-subject-announcement = : anúncio n.º { $subject }
audit-subject-request = : pedido n.º { $subject }
audit-subject-minutes = : { $subject } minutos antes
audit-subject-reload = : { $added } novos, { $changed } alterados, { $removed } removidos
audit-in-group = { " " }· { $group }
audit-someone = alguém (n.º { $id })
audit-nobody = a linha de comando, ou alguém que apagou os seus dados
audit-unknown-action = fez “{ $action }”
btn-audit-older = ⬅️ Mais antigas

audit-role-add = adicionou uma pessoa facilitadora
audit-role-remove = removeu uma pessoa facilitadora
audit-meeting-add = adicionou uma reunião
audit-meeting-edit = alterou uma reunião
audit-meeting-cancel = cancelou uma reunião
audit-meeting-move = mudou uma reunião de data ou hora
audit-meeting-end = terminou uma série de reuniões
audit-meeting-group-post = alterou o lembrete de reuniões na conversa do grupo (minutos)
audit-meeting-group-news = ativou ou desativou as novidades das reuniões na conversa do grupo
audit-resource-add = adicionou um recurso
audit-resource-edit = alterou um recurso
audit-resource-retire = retirou um recurso
audit-flag-acknowledged = assumiu um alerta de crise (“Eu assumo”)
audit-flag-resolved = resolveu um alerta de crise
audit-flag-false-alarm = marcou um alerta de crise como falso alarme
audit-flag-open = reabriu um alerta de crise
audit-flag-note = escreveu uma nota de passagem num alerta de crise
audit-flag-reopened = reabriu um alerta de crise fechado
audit-flag-erased = (o membro apagou os seus dados enquanto o alerta de crise estava aberto)
audit-flag-member-erased = (o membro apagou os seus dados enquanto o alerta de crise estava aberto)
audit-flag-handed-back = (um alerta de crise voltou a ficar aberto para todos: a pessoa que o tinha assumido saiu)
audit-oncall-rotation = alterou a escala de turnos
audit-oncall-participants = alterou quem entra na escala de turnos
audit-oncall-take = assumiu o turno
audit-oncall-handover = passou o turno a
audit-announce-send = enviou um aviso
audit-announce-cancel = cancelou um aviso
audit-group-setup = configurou um grupo
audit-content-reload = recarregou a lista de recursos
