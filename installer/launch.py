"""Entry point for the packaged application (the same as the `qamqor` console script)."""
import sys

from models.cli import main

sys.exit(main())
