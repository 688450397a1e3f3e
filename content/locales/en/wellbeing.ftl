# The wellbeing check: opt-in, with its own consent; the items themselves are the scale's
# official wording from content/wellbeing/phq4.toml, not texts of ours.

cmd-wellbeing = A short wellbeing check, if you'd like
wellbeing-offer =
    🌱 <b>A short wellbeing check, if you'd like</b>

    Now, and again after 8 and 12 weeks, I can ask you four short questions about how the last two weeks have been. It takes a minute. It's completely up to you: saying no changes nothing else.

    Your answers are yours. Facilitators never see them. The group only ever sees how five or more people changed together, never anyone's own answers. /mydata shows them, and /forget or “Stop” deletes them.

    Would you like to take part?
wellbeing-item =
    { $stem }

    <b>{ $item }</b>

    Question { $number } of { $count }
wellbeing-done = Thank you. That's all for now. If things feel heavy, you don't have to carry it alone: /crisis shows people you can talk to right now.
wellbeing-joined = Thank you for taking part. I'll ask again when it's time.
wellbeing-declined = That's fine. I won't ask again. If you change your mind, /wellbeing is here.
wellbeing-stopped = Done. You've stopped the wellbeing check and your answers are deleted.
wellbeing-later-ok = No problem. Nothing was kept this time.
wellbeing-closed = These questions have closed. Thank you all the same.
wellbeing-unavailable = The wellbeing check uses questions tested in their own languages, and there isn't a tested version in your language yet, so I'm not offering it. Nothing else changes.
wellbeing-taking-part =
    🌱 You're taking part in the wellbeing check. You've answered { $times ->
        [one] once
       *[other] { $times } times
    }. Only you can see your answers (/mydata).

    You can stop whenever you like: your answers are deleted.
btn-wellbeing-yes = Yes, I'd like that
btn-wellbeing-no = No, thanks
btn-wellbeing-later = Not now
btn-wellbeing-stop = Stop and delete my answers
