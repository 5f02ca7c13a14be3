"""Toolbar icons that mean different things look different."""

from desktop_app.ui.common.icons import icon


def pixels(name: str) -> bytes:
    image = icon(name).pixmap(24, 24).toImage()
    assert not image.isNull(), name
    return bytes(image.constBits())


def test_indent_outdent_differ_from_undo_redo(qapp):
    drawn = {name: pixels(name) for name in ("indent", "outdent", "undo", "redo", "up", "down")}
    assert len(set(drawn.values())) == len(drawn)
