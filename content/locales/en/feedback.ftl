# Feedback after a meeting: two one-tap questions, kept without the member's name.

feedback-ask =
    💬 <b>How was { $meeting } for you?</b>

    If you'd like to tell us, tap a number: how safe did you feel there?
    1 = not at all, 5 = completely.

    Your answer is kept without your name, only with the meeting and the week. You can skip it.
feedback-heard =
    And how heard did you feel?
    1 = not at all, 5 = completely.
feedback-thanks = Thank you for telling us. It helps the group take good care of everyone. 💛
feedback-skipped = No problem. Thanks for coming along.
feedback-closed = This question has closed. Thank you all the same.
btn-feedback-skip = Skip
