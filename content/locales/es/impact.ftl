# El informe del programa (/impact, `peerbot impact`): cifras de todos los grupos para
# administradores y financiadores; toda cifra de menos de 5 personas queda oculta.

cmd-impact = Informe del programa de todos los grupos (PDF y CSV)
impact-pick =
    📊 <b>Informe del programa</b>

    ¿Qué periodo quieres que cubra? Recibirás un PDF para leer y un CSV para hojas de cálculo. Cualquier cifra de menos de 5 personas queda oculta.
btn-impact-month = El mes pasado
btn-impact-quarter = El trimestre pasado
btn-impact-year = El año pasado
btn-impact-month-compare = El mes pasado, con el anterior
btn-impact-quarter-compare = El trimestre pasado, con el anterior
btn-impact-year-compare = El año pasado, con el anterior
impact-working = Estoy preparando el informe ({ $period }). Llega en un momento.
impact-caption-pdf = <b>Informe del programa</b>, { $period }. No se nombra a nadie y las cifras de menos de 5 personas quedan ocultas.
impact-caption-csv = Las mismas cifras en CSV, para hojas de cálculo.
impact-no-groups = Todavía no hay grupos, así que no hay nada que contar.

impact-title = Informe del programa
impact-period = del { $start } al { $end }
impact-compared = comparado con el periodo del { $start } al { $end }
impact-all-groups = Todos los grupos
impact-fewer = menos de 5
impact-protected = oculto (ver la nota)
impact-none = aún nada
impact-minutes = { $minutes } min
impact-points = { $points } pts
impact-score = { $score } de 5
impact-legend-current = Este periodo
impact-legend-earlier = Periodo anterior
impact-was = antes { $value }
impact-section-people = Personas
impact-section-meetings = Reuniones
impact-section-care = Bienestar y seguridad
impact-page = Página { $page } de { $pages }
impact-made = Hecho el { $date }. En este informe no se nombra a nadie.
impact-key-figures = De un vistazo: todos los grupos

impact-metric-participation = Miembros activos
impact-metric-new-members = Miembros nuevos
impact-metric-retention-4w-percent = Siguen viniendo a las 4 semanas
impact-metric-retention-12w-percent = Siguen viniendo a las 12 semanas
impact-metric-attendance-yes = Respuestas «Allí estaré»
impact-metric-attendance-per-meeting = «Allí estaré» por reunión
impact-metric-felt-safe-mean = Se sintieron seguros (1 a 5)
impact-metric-felt-heard-mean = Se sintieron escuchados (1 a 5)
impact-metric-wellbeing-change-8w = Cambio en el malestar a las 8 semanas (PHQ-4, menos de 0 es mejor)
impact-metric-wellbeing-change-12w = Cambio en el malestar a las 12 semanas (PHQ-4, menos de 0 es mejor)
impact-metric-crisis-flags = Alertas de crisis
impact-metric-time-to-human-median-minutes = Tiempo hasta que respondió una persona (mediana)
impact-metric-alerts-per-facilitator-median = Alertas por facilitador (mediana)
impact-metric-alerts-per-facilitator-max = Alertas por facilitador (máximo)

impact-methods-title = Cómo leer este informe
impact-methods-intro = Este informe cuenta lo que los miembros hicieron con el bot, nunca lo que dijeron. No se nombra a nadie, y las cifras salen de los propios registros del bot para los días del periodo (UTC).
impact-about-participation = Miembros activos: miembros que usaron el bot al menos una vez en el periodo (un mensaje o un botón).
impact-about-new-members = Miembros nuevos: miembros que se unieron a un grupo a través del bot en el periodo.
impact-about-retention-4w-percent = Siguen viniendo a las 4 semanas: de los miembros que se unieron en el periodo al menos 4 semanas antes de su final, la parte que volvió a usar el bot 4 semanas o más después de unirse.
impact-about-retention-12w-percent = Siguen viniendo a las 12 semanas: lo mismo, 12 semanas después de unirse.
impact-about-attendance-yes = Respuestas «Allí estaré»: cuántas veces los miembros dijeron que irían a una reunión del grupo en el periodo.
impact-about-attendance-per-meeting = «Allí estaré» por reunión: esas respuestas divididas entre las reuniones que tuvieron al menos una.
impact-about-felt-safe-mean = Se sintieron seguros: la respuesta media, de 1 (nada) a 5 (del todo), a «¿Qué tan seguro te sentiste?» después de una reunión. Las respuestas no llevan nombre, así que solo cuentan las reuniones con 5 respuestas o más en una semana.
impact-about-felt-heard-mean = Se sintieron escuchados: lo mismo para «¿Qué tan escuchado te sentiste?».
impact-about-wellbeing-change-8w = Cambio de bienestar: para los miembros que eligieron hacer el chequeo de bienestar (PHQ-4, de 0 a 12, más bajo es mejor), el cambio medio desde sus primeras respuestas hasta las de las 8 semanas, dadas en el periodo. Un número negativo significa menos malestar.
impact-about-wellbeing-change-12w = Lo mismo a las 12 semanas.
impact-about-crisis-flags = Alertas de crisis: momentos en que el bot vio que alguien podía estar en peligro y avisó a los facilitadores del grupo.
impact-about-time-to-human-median-minutes = Tiempo hasta que respondió una persona: el valor central de los minutos desde una alerta hasta que la atendió el primer facilitador o administrador.
impact-about-alerts-per-facilitator-median = Alertas por facilitador: cuántas alertas recibió cada facilitador del grupo, como valor central y el máximo que recibió alguien. No se nombra a ningún facilitador.
impact-methods-hidden = Por qué algunas cifras dicen «menos de 5»: una cifra que sale de 1 a 4 personas nunca se muestra, porque con tan pocas personas un número podría señalar a alguien. Una cifra que no sale de nadie se muestra como 0 o «aún nada».
impact-methods-protected =
    { $count ->
        [0] En este informe no hizo falta ocultar ninguna cifra de 5 personas o más.
        [one] Una cifra de 5 personas o más dice «oculto (ver la nota)»: también se oculta, para que una cifra de menos de 5 no pueda calcularse restando los grupos mostrados a «Todos los grupos».
       *[other] { $count } cifras de 5 personas o más dicen «oculto (ver la nota)»: también se ocultan, para que una cifra de menos de 5 no pueda calcularse restando los grupos mostrados a «Todos los grupos».
    }
impact-methods-rounded = Los recuentos (miembros activos y nuevos, respuestas «Iré», alertas de crisis) se redondean al múltiplo de 5 más cercano, para que dos informes, como un año y sus trimestres, nunca puedan restarse y revelar un número pequeño que estaba oculto. Los porcentajes, las puntuaciones y los tiempos se calculan con las cifras exactas.
impact-methods-pooled = «Todos los grupos» cuenta una sola vez a cada miembro de cada grupo, así que un grupo nuevo o pequeño cuenta ahí aunque sus propias cifras estén ocultas.
impact-methods-compare = El cambio respecto al periodo anterior solo se muestra cuando se muestran las cifras de los dos periodos.
