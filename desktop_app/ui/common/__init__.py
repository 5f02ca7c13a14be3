"""Helpers every page shares: the change hub, messages, busy cursor, roles, icons, paths, per-user settings."""
