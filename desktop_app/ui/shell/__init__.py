"""The window shell: the main window, its welcome page, opening registers, errors, settings, backups."""
