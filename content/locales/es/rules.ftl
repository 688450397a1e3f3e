# /rules: el acuerdo de un grupo, que ven sus miembros y escriben sus facilitadores.

cmd-rules = Lo que acordamos en el grupo
rules-shown =
    📜 <b>{ $group }: nuestro acuerdo</b>

    { $text }
rules-none = 📜 { $group } todavía no tiene un acuerdo escrito.
rules-none-staff = 📜 { $group } todavía no tiene un acuerdo escrito. Toca «Escribirlo» para añadir uno: los miembros lo ven con /rules.
rules-none-group = Este grupo todavía no tiene un acuerdo escrito. Sus facilitadores pueden escribirlo: /rules en un chat privado conmigo.
rules-no-groups = Todavía no estás en ningún grupo. Cuando te unas a uno con su enlace de invitación, /rules te mostrará lo que acuerdan sus miembros.
rules-pick = ¿De qué grupo quieres ver el acuerdo?
rules-ask = Escribe el acuerdo de <b>{ $group }</b> en un solo mensaje: lo que acuerdan sus miembros (lo que se dice aquí se queda aquí, una voz a la vez, respeto...). Sustituye al actual. Como mucho { $max } caracteres.
rules-saved = ✅ Guardado. Los miembros de { $group } lo ven con /rules.
rules-cleared = 🗑 Se ha quitado el acuerdo de { $group }.
rules-not-yours = Ese acuerdo es para los miembros del grupo.
rules-not-allowed = Solo los facilitadores del grupo pueden cambiar su acuerdo.
rules-too-short = Es muy corto para un acuerdo: escribe el texto completo, por favor (al menos { $min } caracteres).
rules-too-long = Es más largo de lo que cabe en un mensaje ({ $length } caracteres, como mucho { $max }). Acórtalo, por favor.
rules-not-a-command = Eso parece un comando, no un acuerdo. Escribe el texto del acuerdo, por favor.
btn-rules-write = ✏️ Escribirlo
btn-rules-change = ✏️ Cambiarlo
btn-rules-clear = 🗑 Quitar
audit-rules-set = cambió el acuerdo del grupo
audit-rules-clear = quitó el acuerdo del grupo
btn-rules-languages = 🌐 En otro idioma
rules-pick-language = ¿En qué idioma quieres escribir el acuerdo de { $group }?
rules-ask-language = Escribe el acuerdo de <b>{ $group }</b> en { $language }, en un solo mensaje. Los miembros que usan el bot en ese idioma ven este texto.
rules-write-first = Escribe primero el acuerdo en el idioma del grupo, por favor.
rules-pinned = 📌 Lo he publicado en el grupo y lo he fijado.
rules-not-pinned = No he podido fijarlo en el grupo: para que quede fijado, dame el permiso de administrador «Fijar mensajes».
rules-accept-changed =
    📜 El acuerdo de <b>{ $group }</b> ha cambiado. Léelo, por favor:

    { $text }

    Toca «Estoy de acuerdo» si te parece bien.
rules-accepted = ✅ Gracias. Has aceptado el acuerdo de { $group }.
rules-accept-outdated = Esa versión del acuerdo de { $group } ha vuelto a cambiar. /rules muestra la actual.
audit-rules-translate = escribió el acuerdo del grupo en otro idioma
rules-accept-new =
    📜 <b>{ $group }</b> ya tiene un acuerdo escrito. Léelo, por favor:

    { $text }

    Toca «Estoy de acuerdo» si te parece bien.
