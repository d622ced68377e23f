"""Entry script that PyInstaller freezes into the `reprotect-gui` executable (same as the console script)."""

from reprotect_gui.app import main

raise SystemExit(main())
