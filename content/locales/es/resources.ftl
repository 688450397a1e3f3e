# /resources: explorar y buscar en el directorio; facilitadores que añaden y editan recursos.

resources-choose = ¿Qué tipo de ayuda buscas? Toca un tema, o envía /resources y unas palabras (por ejemplo /resources vivienda).
resources-empty-query = No encontré palabras que buscar ahí. Toca un tema:
resources-none = No encontré nada para «{ $words }». Puedes probar con otras palabras.
resources-general = Puedo buscarte algo concreto: envía /resources y un tema, por ejemplo /resources vivienda.
resources-pick-topic = O toca un tema aquí abajo para ver lo que tengo para tu país.
resources-found = <b>Lo que encontré para «{ $words }»</b>
resources-in-category = <b>{ $category }</b>
resources-none-in-category = Todavía no tengo nada en { $category } para tu país. Envía /crisis si necesitas hablar con alguien ahora.
resource-open = 🟢 abierto ahora
resource-closed = ⚪ cerrado ahora
resource-hours = 🕒 { $hours }
# Opening hours that are the same every day of the week.
resource-every-day = Todos los días

resources-add-which-group = ¿Para qué grupo es este recurso?
resources-ask-name = ¿Cómo se llama el servicio? (por ejemplo: Asesoría de Vivienda del Barrio)
resources-ask-description = En una o dos frases: ¿qué ofrece y a quién?
resources-ask-category = ¿Qué tema le corresponde mejor?
resources-ask-phone = Su número de teléfono, si tiene (solo cifras, espacios y +).
resources-ask-website = Su página web, si tiene (por ejemplo ejemplo.org).
resources-bad-name = Envía un nombre de entre 2 y 80 caracteres.
resources-bad-description = Envía una descripción de entre 5 y 400 caracteres.
resources-bad-phone = Eso no parece un número de teléfono. Usa solo cifras, espacios y +, o toca Omitir.
resources-bad-website = Eso no parece una dirección web (por ejemplo ejemplo.org). Inténtalo de nuevo o toca Omitir.
resources-preview = Así lo verán los miembros:
resources-saved = Guardado: { $name }. Los miembros ya pueden encontrarlo.
resources-cancelled = De acuerdo, no se guardó nada.
resources-mine = Los recursos de tus grupos. Toca uno para editarlo o retirarlo:
resources-mine-none = Tus grupos aún no tienen recursos añadidos en el chat. Añade uno con /addresource.
resources-not-yours = Solo puedes cambiar recursos de tus propios grupos. Los recursos de los archivos del bot se cambian editando los archivos.
resources-updated = Actualizado: { $name }.
resources-retired = Retirado: { $name }. Ya no aparece.
resources-reloaded = Archivos de recursos leídos de nuevo: { $added } añadidos, { $changed } cambiados, { $removed } quitados.
resources-reload-failed = Los archivos de recursos tienen un problema, así que no cambió nada: { $problem }
btn-skip = Omitir
btn-save = Guardar
btn-cancel = Cancelar
btn-edit-name = Cambiar el nombre
btn-edit-description = Cambiar la descripción
btn-edit-phone = Cambiar el teléfono
btn-edit-website = Cambiar la web
btn-retire = Retirarlo
cmd-resources = Encontrar ayuda cerca o en línea
cmd-addresource = Añadir un recurso (facilitación)
cmd-myresources = Editar los recursos de tus grupos (facilitación)
cmd-reload = Leer de nuevo los archivos de recursos (administración)
