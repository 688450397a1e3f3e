# Einstieg: /start, Sprache, Zustimmung, Zeitzone, Beitritt zu einer Gruppe.
# Argumente in { $klammern } füllt der Bot aus; bitte stehen lassen. Erlaubte HTML-Tags: <b>, <i>, <a>.

start-choose-language =
    Hallo { $name }! 👋
    Ich bin der Helfer-Bot deiner Peer-Support-Gruppe.

    In welcher Sprache soll ich mit dir schreiben?

start-agreed = ✅ Du hast zugestimmt. Du kannst es dir jederzeit mit /forget anders überlegen.

start-explain =
    Das mache ich, ganz einfach gesagt:

    • Ich sage dir, wann und wo sich deine Gruppe trifft und wie du online dabei sein kannst.
    • Wenn du möchtest, frage ich dich einmal am Tag, wie es dir geht.
    • Ich zeige dir, wo du Hilfe findest, auch Krisen-Hotlines.

    <b>Was ich über dich speichere:</b> deinen Vornamen, deinen Telegram-Benutzernamen, deine Sprache, deine Zeitzone, welchen Gruppen du beigetreten bist, und an welchen Tagen du mich genutzt hast (nie, was du geschrieben hast; für anonyme Gesamtzahlen der Gruppe). Sonst nichts, außer du schaltest eine Funktion ein.

    <b>Sicherheit:</b> Ich lese die Nachrichten, die du mir schickst, und die in Gruppen, die ich sehen kann, auf Wörter und Formulierungen hin, die bedeuten können, dass jemand in Gefahr ist (eine Wortliste und ein kleines Modell, das im Bot selbst läuft; deine Nachrichten gehen dafür nirgendwo anders hin). Wenn ich so etwas sehe, schicke ich dir Hilfe-Hotlines und gebe den Moderator:innen deiner Gruppe (geschulten Peers) diskret Bescheid, damit sich ein Mensch bei dir melden kann. Einen kurzen Ausschnitt dieser Nachricht speichere ich { $days } Tage lang, damit sie wissen, was passiert ist; von deinen anderen Nachrichten speichere ich nichts.

    Mit /mydata siehst du jederzeit alles, was ich speichere, und mit /forget löschst du alles.

    Ist das okay für dich?

btn-agree = Ja, das ist okay
btn-decline = Nein, danke

start-declined =
    Das ist völlig in Ordnung. Ich habe nichts über dich gespeichert.
    Wenn du es dir anders überlegst, schick einfach wieder /start. /help funktioniert trotzdem.

start-ask-timezone =
    Danke. Eine letzte Sache: In welcher Zeitzone bist du? Ich brauche sie für die Zeiten der Treffen und für Erinnerungen.
    Im Moment habe ich <b>{ $timezone }</b>.

    Tippe unten auf eine, oder schreib ihren Namen (zum Beispiel Europe/Berlin oder Zürich).

btn-keep-timezone = { $timezone } behalten

start-done =
    Alles bereit, { $name }. 🌱
    Schick /help, um zu sehen, was ich kann. Schön, dass du da bist.

start-welcome-back =
    Willkommen zurück, { $name }! 🌱
    Schick /help, um zu sehen, was ich kann, oder /settings, um deine Sprache oder Zeitzone zu ändern.

group-joined = Du bist jetzt in <b>{ $group }</b>. Willkommen! 🤝
group-already-joined = Du bist schon Teil von <b>{ $group }</b>.
invite-invalid = Dieser Einladungslink funktioniert nicht mehr. Bitte frag jemanden aus dem Moderationsteam nach einem neuen.

timezone-set = Alles klar: Deine Zeitzone ist jetzt <b>{ $timezone }</b>.
timezone-unknown =
    Die Zeitzone „{ $text }“ kenne ich nicht.
    Bitte schreib einen Namen wie Europe/Berlin, Europe/Vienna oder einfach eine große Stadt in deiner Nähe (Berlin, Zürich).
timezone-did-you-mean = Ich bin nicht sicher, welche Zeitzone „{ $text }“ ist. Meintest du eine von diesen? Tippe sie an oder schreib eine andere Stadt in deiner Nähe.

# Wird statt eines Namens benutzt, der ohne unsichtbare Zeichen leer ist.
name-fallback = Freund:in
