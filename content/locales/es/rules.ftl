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
