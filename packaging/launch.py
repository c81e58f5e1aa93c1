"""The frozen build's entry script: the same entry point as the `rmdesk` command."""

import sys

from rmdesk import app

if __name__ == "__main__":
    sys.exit(app.main())
