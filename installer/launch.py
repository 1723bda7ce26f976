"""The frozen app's entry point: the same as the ``loyalty-desktop`` command."""

import sys

from loyalty_desktop.app import main

sys.exit(main())
