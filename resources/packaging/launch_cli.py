"""Entry script of the frozen ``desktop-app-cli`` (the console program)."""

from desktop_app.cli import main

raise SystemExit(main())
