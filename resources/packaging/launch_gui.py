"""Entry script of the frozen ``desktop-app`` (the windowed program)."""

from desktop_app.app import main

raise SystemExit(main())
