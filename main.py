"""Run Drafter from a source checkout: ``python main.py [DRAFT.docx]`` opens the app."""

import sys

from drafter.cli import main

if __name__ == "__main__":
    sys.exit(main(["gui", *sys.argv[1:]]))
