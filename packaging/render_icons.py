"""Render the app icon's PNG sizes and the Windows .ico from resources/icons/reprotect-gui.svg.

Run after editing the SVG, then commit the results:  python packaging/render_icons.py
Uses QtSvg from the PySide6 wheel; the .ico is written here (PNG-compressed entries, which Windows
Vista and later read), so no image tool is needed.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICON_DIR / "reprotect-gui.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICON_DIR / f"reprotect-gui-{size}.png"


def render_pngs() -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not an SVG that Qt can draw; check it opens in a browser.")
    for size in PNG_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        png_path(size).write_bytes(bytes(data))
    del app


def write_ico(target: Path) -> None:
    images = [png_path(size).read_bytes() for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in zip(ICO_SIZES, images, strict=False):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    target.write_bytes(header + entries + payload)


def main() -> int:
    render_pngs()
    write_ico(ICON_DIR / "reprotect-gui.ico")
    print(f"wrote {len(PNG_SIZES)} PNGs and reprotect-gui.ico in {ICON_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
