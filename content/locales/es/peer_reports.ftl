# Compañeros que se preocupan: /report en un grupo, /worried en privado y la ficha que reciben los facilitadores.

cmd-worried = Me preocupa alguien
category-peer_report = el aviso de un miembro
category-hostile_reply = una respuesta hostil a un miembro con un aviso abierto
report-card-count = { $count ->
        [one] 🙋 Lo avisó un miembro (que sigue siendo anónimo).
       *[other] 🙋 Lo avisaron { $count } miembros (que siguen siendo anónimos).
    }
report-card-reason = 💬 En sus palabras: { $reason }
report-card-target = 🎯 Dirigido a { $name }, que tiene un aviso abierto.
report-usage =
    Para avisar de un mensaje en un grupo, respóndele con /report. Puedes añadir unas palabras: <code>/report esto hace daño</code>.
    Borro tu /report en seguida y nadie en el grupo ve que fuiste tú: solo se enteran los facilitadores del grupo.
    Si te preocupa alguien, envíame /worried.
report-thanks = Gracias por avisarnos de ese mensaje en { $group }. { $told ->
        [group] Los facilitadores del grupo ya lo tienen.
        [admins] Las personas que llevan este bot ya lo tienen.
       *[no] Todavía no he podido avisar a ningún facilitador; lo sigo intentando.
    } Nadie en el grupo ve que fuiste tú.
report-already = Ya avisaste de ese mensaje en { $group }: los facilitadores lo tienen. Gracias.
report-too-many = Has enviado varios avisos en la última hora, así que pauso los nuevos un ratito: los facilitadores tienen los que enviaste. Si alguien está en peligro ahora mismo, llama a una de estas líneas o al número de emergencias.
report-not-deleted = No pude borrar tu /report de { $group }: el bot no tiene permiso para borrar mensajes allí. Quizá quieras borrarlo tú; aun así, los facilitadores recibieron el aviso.
report-urgent = Lo que cuentas suena urgente. Si alguien está en peligro ahora mismo, llama al número de emergencias o a una de estas líneas:
worried-no-groups = Puedo pasar tu preocupación a los facilitadores de un grupo, pero aún no estás en ninguno. Si alguien puede estar en peligro, estas líneas pueden ayudar ahora mismo:
worried-hint = ¿Te preocupa alguien de tu grupo? Envía /worried: solo se enteran sus facilitadores, nunca quién avisó.
worried-pick = ¿En qué grupo está la persona que te preocupa?
worried-ask =
    Te escucho. Cuéntame qué te preocupa de alguien de <b>{ $group }</b>: reenvíame uno de sus mensajes o escribe unas palabras sobre lo que te inquieta.
    Solo lo verán los facilitadores del grupo, y nunca le dicen a la persona quién avisó.
worried-sent = Gracias por cuidar de esa persona. { $told ->
        [group] He pasado tu preocupación a los facilitadores de { $group }: uno de ellos lo revisará y quizá se acerque a esa persona con tacto.
        [admins] He pasado tu preocupación a las personas que llevan este bot: lo revisarán.
       *[no] Todavía no he podido avisar a ningún facilitador de { $group }; lo sigo intentando.
    } No le dirán a esa persona que vino de ti. Cuídate tú también.
# Why a hostile reply is held (the writer is told it too: it never names the flag).
hold-reason-hostile = una respuesta que podría hacer daño a alguien del grupo
