# Textos para facilitação e administração: ajuda, alertas, turnos.

help-facilitator-extra =

    <b>Para quem facilita</b>
    /flags – alertas de crise abertos e recentes
    /flag N – um alerta com o seu histórico
    /oncall – quem está de turno; assumir ou passar um turno
    /skip – não deixar nota de passagem depois de resolver um alerta
    /addmeeting – adicionar uma reunião, uma pergunta de cada vez
    /editmeeting – alterar uma reunião, ou o lembrete na conversa do grupo
    /cancelmeeting – cancelar uma reunião (os membros são avisados)
    /movemeeting – mudar uma reunião de data ou hora (os membros são avisados)
    /endmeeting – terminar uma série de reuniões
    /addresource – adicionar um recurso para o seu grupo
    /myresources – editar ou retirar os recursos dos seus grupos
    /announce – enviar uma mensagem a todos os membros do seu grupo
    /stats – os números do seu grupo, sem nomes (/stats 90 para 90 dias)
    /warn, /mute 1h, /ban, /hold + um motivo – como resposta à mensagem de alguém no grupo (/unmute, /unban desfazem)

staff-only = Isto é para a facilitação e a administração.

flags-none = Não há alertas abertos, nem dos últimos 7 dias. 🌿
flags-header = <b>Alertas abertos e recentes</b>
flags-item = #{ $id } · { $tier } · { $state } · { $when } · { $where }
flags-footer = Envie /flag e um número (por exemplo /flag { "" }12) para ver um alerta com o seu histórico.
flags-private = conversa privada
flag-state-open = ⏳ à espera
flag-state-unreached = ⚠️ não foi possível avisar ninguém
flag-state-exhausted = ⚠️ ninguém assumiu
flag-state-acknowledged = ✅ assumido
flag-state-resolved = ☑️ resolvido
flag-state-false_alarm = ⚪ falso alarme
flag-state-erased = 🗑 apagado pelo membro
flag-usage = Envie /flag com o número do alerta, por exemplo /flag 12.
flag-timeline = <b>Histórico</b>

event-raised = { $when } alerta criado ({ $tier })
event-notified = { $when } alerta enviado a { $count } { $count ->
        [one] pessoa
       *[other] pessoas
    }
event-escalated = { $when } ainda ninguém assumiu: etapa { $step }, enviado a { $count } { $count ->
        [one] pessoa
       *[other] pessoas
    }
event-delivered = { $when } entregue a { $name }
event-failed = { $when } não foi possível avisar { $name }
event-unreached = { $when } ⚠️ não foi possível avisar ninguém
event-exhausted = { $when } último lembrete enviado: ainda ninguém assumiu
event-repeat = { $when } outra mensagem preocupante
event-tier-raised = { $when } mensagem mais urgente: alerta enviado de novo
event-acknowledged = { $when } assumido por { $name }
event-resolved = { $when } resolvido por { $name }
event-false_alarm = { $when } marcado como falso alarme por { $name }
event-note = { $when } nota de passagem de { $name }
event-repeated = { $when } ainda ninguém assumiu: enviado de novo a { $count } { $count ->
        [one] pessoa
       *[other] pessoas
    }
event-member-told = { $when } o membro foi avisado de que ainda ninguém assumiu, e recebeu de novo as linhas de apoio
event-group-asked = { $when } não foi possível avisar ninguém: foi pedido no grupo que uma pessoa facilitadora abra o bot
event-reached-again = { $when } { $name } voltou a poder receber mensagens: alerta enviado
event-reopened = { $when } reaberto por { $name }
event-member-erased = { $when } o membro apagou os seus dados (/forget): fechado
event-group-joined = { $when } o membro passou a fazer parte de outro grupo: a facilitação desse grupo foi avisada
event-handed-back = { $when } a pessoa que o tinha assumido saiu: aberto de novo

digest-header = 📋 <b>{ $count ->
        [one] { $count } alerta de crise continua aberto
       *[other] { $count } alertas de crise continuam abertos
    }</b>
digest-item = #{ $id } · { $tier } · { $state } · { $hours } h · { $where }
digest-footer = Envie /flag e um número para ver um alerta e agir.
staff-left-group = ⚠️ «{ $title }» já não tem ninguém a facilitar: a última pessoa facilitadora apagou os seus dados. Os alertas de crise desse grupo vão para a administração até adicionar alguém com /facilitators.

oncall-group = { $title }
oncall-nobody = Ninguém está de turno: os alertas vão para todas as pessoas facilitadoras do grupo ao mesmo tempo.
oncall-now = De turno agora: { $name }, até { $until }.
oncall-no-rotation = Sem escala de turnos.
oncall-rotation-daily = Escala diária, passagem de turno: { $time } ({ $zone }).
oncall-rotation-weekly = Escala semanal, passagem de turno: { $time } ({ $zone }).
oncall-no-facilitators = ⚠️ Este grupo ainda não tem pessoas facilitadoras: os alertas vão para a administração.
oncall-no-groups = Ainda não estou em nenhum grupo.
btn-oncall-take = Assumir o turno
btn-oncall-give = Passar o turno a { $name }
btn-rotation-daily = Escala diária
btn-rotation-weekly = Escala semanal
btn-rotation-who = Quem entra na escala
oncall-who = Quem entra na escala de { $title }? Toque num nome para incluir ou tirar. Por ordem: { $names }.
btn-rotation-off = Sem escala
oncall-taken = Está de turno em { $title } até { $until }. Obrigado.
oncall-handed = { $name } está agora de turno em { $title } até { $until }.
oncall-handed-to-you = { $name } passou o turno de { $title }: agora é seu, até { $until }.
oncall-taken-from-you = { $name } assumiu o turno de { $title } até { $until }. Você já não está de turno; obrigado.
oncall-ask-handover = A que horas se faz a passagem de turno em { $title }?
oncall-rotation-set-daily = { $title } passa a ter escala diária, com passagem de turno às { $time } ({ $zone }). Começa pela primeira pessoa da escala. Toque em «Quem entra na escala» para escolher quem entra.
oncall-rotation-set-weekly = { $title } passa a ter escala semanal, com passagem de turno às { $time } ({ $zone }). Começa hoje, pela primeira pessoa da escala. Toque em «Quem entra na escala» para escolher quem entra.
oncall-rotation-off = { $title } já não tem escala: os alertas vão para todas as pessoas facilitadoras ao mesmo tempo.
oncall-not-allowed = Não pode alterar isso.
oncall-on-break = Você está em pausa, por isso tirei você do plantão. Descanse bem. Quando voltar, envie /break e toque em «Estou de volta»; aí poderá assumir um turno.

status-header = <b>O que consigo ver e fazer em cada grupo</b>
status-group = <b>{ $title }</b>
status-settings = 🕒 Fuso horário: { $timezone } · 🗣 Idioma das minhas mensagens: { $language }
status-unreachable = ⚠️ Já não consigo escrever neste grupo: fui removido, ou não tenho permissão para enviar mensagens. Para resolver, adicione o bot ao grupo de novo (ou permita que eu envie mensagens lá) e depois envie /status para confirmar.
status-can-post = ✅ Consigo escrever aqui.
status-admin = ✅ Sou administrador aqui, por isso vejo as mensagens dos membros e consigo perceber quando alguém pode estar em perigo. Não preciso de permissões especiais de administrador: apagar, fixar ou banir não são necessários, por isso pode desligar essas permissões.
status-privacy-off = ✅ Não sou administrador, mas o meu modo de privacidade está desligado, por isso vejo as mensagens dos membros e consigo perceber quando alguém pode estar em perigo.
status-privacy-on = ⚠️ Aqui só vejo comandos e respostas às minhas mensagens, por isso não consigo perceber quando alguém pode estar em perigo. Para resolver, faça uma destas coisas: promova o bot a administrador do grupo (sem permissões especiais), ou no @BotFather envie /setprivacy, escolha este bot, escolha Disable, depois tire o bot do grupo e volte a adicioná-lo.
status-setup-done = ✅ A configuração está feita.
status-setup-missing = ⚠️ A configuração não está concluída: envie /setup para escolher o nome do grupo, o fuso horário, o idioma e o lembrete das reuniões.
status-no-facilitators = ⚠️ Ainda não há pessoas facilitadoras: até lá, os alertas de crise vão para a administração. Adicione alguém com /facilitators.
status-facilitators = ✅ { $count ->
        [one] { $count } pessoa facilitadora.
       *[other] { $count } pessoas facilitadoras.
    }
status-no-meetings = ⚠️ Ainda não há reuniões: adicione uma com /addmeeting.
status-meetings = ✅ { $count ->
        [one] { $count } reunião.
       *[other] { $count } reuniões.
    }
cmd-status = O que vejo em cada grupo (administração)
