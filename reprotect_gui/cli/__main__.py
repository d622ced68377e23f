"""`python -m reprotect_gui.cli`: the same as the reprotect-cli entry point."""

from reprotect_gui.cli.main import main

raise SystemExit(main())
