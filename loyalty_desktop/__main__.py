import sys

from loyalty_desktop.app import main

sys.exit(main())
