"""Peerbot: a Telegram bot for peer-led mental-health support groups.

Numeric libraries get one thread each unless the environment says otherwise, set here before
anything imports numpy: the bot's numeric work is small (scoring one message, a chart), where
a pool of BLAS threads only contends with the event loop and with other processes; on a busy
2-core machine training a 400-row slice took 29.5 s with the default threads and 3.6 s with
one, to the same bytes.
"""

import os

for _variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")
