"""`python -m rmdesk` runs the same entry point as the `rmdesk` command."""

import sys

from rmdesk import app

sys.exit(app.main())
