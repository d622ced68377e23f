from reprotect_gui.app import main

raise SystemExit(main())
