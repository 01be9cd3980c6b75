"""`python -m flashpoint.proposer build [REPO]`: retrain the shipped model from the team's sentences."""

import sys

from flashpoint.proposer import main

sys.exit(main(sys.argv[1:]))
