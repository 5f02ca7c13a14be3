"""Toolbar icons that mean different things look different."""

from desktop_app.ui.common.icons import icon


def pixels(name: str) -> bytes:
    image = icon(name).pixmap(24, 24).toImage()
    assert not image.isNull(), name
    return bytes(image.constBits())


def test_indent_outdent_differ_from_undo_redo(qapp):
    drawn = {name: pixels(name) for name in ("indent", "outdent", "undo", "redo", "up", "down")}
    assert len(set(drawn.values())) == len(drawn)


def test_every_icon_the_program_asks_for_is_drawn(qapp):
    """Each name passed to icon() anywhere in the interface has its SVG, and they differ."""
    import re
    from pathlib import Path

    import desktop_app

    source = Path(desktop_app.__file__).parent / "ui"
    names = set()
    for path in source.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        names |= set(re.findall(r'\bicon\("([\w-]+)"\)', text))
        # TaskEditor._action(name, text, slot, shortcuts, icon_name)
        names |= set(re.findall(r'self\._action\("action_\w+", .*, \[.*\], "([\w-]+)"\)$', text, re.M))
    assert {"undo", "redo", "find", "settings", "add", "delete", "bin", "up", "down"} <= names
    drawn = {name: pixels(name) for name in names}
    assert len(set(drawn.values())) == len(drawn)
