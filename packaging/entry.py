"""The installed application's program (packaging/drafter.spec builds it).

``drafter`` is the command line, as the ``drafter`` of a source checkout: ``drafter analyze
DRAFT.docx``, ``drafter gui``, and the app when given no arguments. ``drafter-gui`` (the windowed
twin built on Windows, where a console program would open a console window) always opens the app.
"""

import sys
from pathlib import Path

from drafter.cli import gui_main, main

if __name__ == "__main__":
    if Path(sys.executable).stem.lower() == "drafter-gui":
        sys.exit(gui_main())
    sys.exit(main())
