"""The Qt user interface: the only package (with ``printing``) that imports PySide6."""
