# /rules: die Vereinbarung einer Gruppe, für ihre Mitglieder, geschrieben von ihren Moderierenden.

cmd-rules = Was wir in der Gruppe vereinbart haben
rules-shown =
    📜 <b>{ $group }: unsere Vereinbarung</b>

    { $text }
rules-none = 📜 { $group } hat noch keine schriftliche Vereinbarung.
rules-none-staff = 📜 { $group } hat noch keine schriftliche Vereinbarung. Tippe auf „Schreiben“, um eine hinzuzufügen: Mitglieder sehen sie mit /rules.
rules-none-group = Diese Gruppe hat noch keine schriftliche Vereinbarung. Ihre Moderierenden können eine schreiben: /rules in einem privaten Chat mit mir.
rules-no-groups = Du bist noch in keiner Gruppe. Wenn du einer mit ihrem Einladungslink beitrittst, zeigt dir /rules, was ihre Mitglieder vereinbart haben.
rules-pick = Die Vereinbarung welcher Gruppe möchtest du sehen?
rules-ask = Schreib die Vereinbarung für <b>{ $group }</b> in einer Nachricht: was die Mitglieder vereinbaren (was hier gesagt wird, bleibt hier, eine Person spricht zur Zeit, Respekt...). Sie ersetzt die bisherige. Höchstens { $max } Zeichen.
rules-saved = ✅ Gespeichert. Die Mitglieder von { $group } sehen sie mit /rules.
rules-cleared = 🗑 Die Vereinbarung von { $group } ist entfernt.
rules-not-yours = Diese Vereinbarung ist für die Mitglieder der Gruppe.
rules-not-allowed = Nur die Moderierenden der Gruppe können ihre Vereinbarung ändern.
rules-too-short = Das ist sehr kurz für eine Vereinbarung: Bitte schreib den ganzen Text (mindestens { $min } Zeichen).
rules-too-long = Das ist länger, als eine Nachricht zeigen kann ({ $length } Zeichen, höchstens { $max }). Bitte kürze ihn.
rules-not-a-command = Das sieht aus wie ein Befehl, nicht wie eine Vereinbarung. Bitte schreib den Text der Vereinbarung.
btn-rules-write = ✏️ Schreiben
btn-rules-change = ✏️ Ändern
btn-rules-clear = 🗑 Entfernen
audit-rules-set = hat die Vereinbarung der Gruppe geändert
audit-rules-clear = hat die Vereinbarung der Gruppe entfernt
btn-rules-languages = 🌐 In einer anderen Sprache
rules-pick-language = In welcher Sprache möchtest du die Vereinbarung von { $group } schreiben?
rules-ask-language = Schreib die Vereinbarung von <b>{ $group }</b> auf { $language }, in einer Nachricht. Mitglieder, die den Bot in dieser Sprache nutzen, sehen diesen Text.
rules-write-first = Bitte schreib die Vereinbarung zuerst in der Sprache der Gruppe.
rules-pinned = 📌 Ich habe sie in der Gruppe gepostet und angeheftet.
rules-not-pinned = Ich konnte sie in der Gruppe nicht anheften: Damit sie angeheftet wird, gib mir das Admin-Recht „Nachrichten anheften“.
rules-accept-changed =
    📜 Die Vereinbarung von <b>{ $group }</b> hat sich geändert. Bitte lies sie:

    { $text }

    Tippe auf „Ich stimme zu“, wenn das für dich in Ordnung ist.
rules-accepted = ✅ Danke. Du hast der Vereinbarung von { $group } zugestimmt.
rules-accept-outdated = Diese Fassung der Vereinbarung von { $group } hat sich schon wieder geändert. /rules zeigt die aktuelle.
audit-rules-translate = hat die Vereinbarung der Gruppe in einer anderen Sprache geschrieben
rules-accept-new =
    📜 <b>{ $group }</b> hat jetzt eine schriftliche Vereinbarung. Bitte lies sie:

    { $text }

    Tippe auf „Ich stimme zu“, wenn das für dich in Ordnung ist.
