"""`python -m flashpoint.proposer build|cv [REPO]`: retrain the shipped model from the team's sentences, or show
the cross-validated precision per threshold."""

import sys

from flashpoint.proposer import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
