"""`python -m bot` is the same as the `peerbot` command."""

import sys

from bot.cli import main

sys.exit(main())
