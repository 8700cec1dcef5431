#!/usr/bin/env python3
"""Draws the station app's icons (an ID card on the app's blue) as PNG and SVG, with no imaging library.

Run from the repository root: python3 scripts/station-icons.py. The shapes are given on a 100-unit square.
"""
import struct
import zlib
from pathlib import Path

OUT = Path("src/CccdPlatform.Station/wwwroot/icons")
BLUE, WHITE, GOLD = (11, 79, 138), (255, 255, 255), (240, 180, 0)
# (kind, colour, geometry): rounded rectangles (x0, y0, x1, y1, radius) and circles (cx, cy, r), painted in order.
CARD = [
    ("rect", WHITE, (16, 28, 84, 72, 6)),
    ("circle", BLUE, (33, 47, 9)),
    ("rect", GOLD, (62, 35, 75, 45, 2)),
    ("rect", BLUE, (48, 52, 76, 56, 2)),
    ("rect", BLUE, (48, 60, 68, 64, 2)),
]


def inside(kind, g, x, y):
    if kind == "circle":
        cx, cy, r = g
        return (x - cx) ** 2 + (y - cy) ** 2 <= r * r
    x0, y0, x1, y1, r = g
    if not (x0 <= x <= x1 and y0 <= y <= y1):
        return False
    dx, dy = max(x0 + r - x, 0, x - (x1 - r)), max(y0 + r - y, 0, y - (y1 - r))
    return dx * dx + dy * dy <= r * r


def shapes(maskable):
    # A maskable icon fills the square; its content keeps to the safe zone (the middle 80%).
    background = ("rect", BLUE, (0, 0, 100, 100, 0 if maskable else 18))
    scale = 0.8 if maskable else 1.0
    def fit(kind, g):
        if kind == "circle":
            return (50 + (g[0] - 50) * scale, 50 + (g[1] - 50) * scale, g[2] * scale)
        return (50 + (g[0] - 50) * scale, 50 + (g[1] - 50) * scale, 50 + (g[2] - 50) * scale, 50 + (g[3] - 50) * scale, g[4] * scale)
    return [background] + [(k, c, fit(k, g)) for k, c, g in CARD]


def png(size, maskable, path):
    items, samples, rows = shapes(maskable), 3, []
    for py in range(size):
        row = bytearray([0])
        for px in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(samples):
                for sx in range(samples):
                    x, y = (px + (sx + 0.5) / samples) * 100 / size, (py + (sy + 0.5) / samples) * 100 / size
                    colour = None
                    for kind, c, g in items:
                        if inside(kind, g, x, y):
                            colour = c
                    if colour:
                        acc = [acc[0] + colour[0], acc[1] + colour[1], acc[2] + colour[2], acc[3] + 255]
            n = samples * samples
            alpha = acc[3] // n
            row += bytes([acc[i] * 255 // acc[3] if acc[3] else 0 for i in range(3)] + [alpha])
        rows.append(bytes(row))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) + chunk(b"IEND", b""))


def svg(path):
    def hexc(c):
        return "#%02x%02x%02x" % c
    parts = []
    for kind, c, g in shapes(False):
        if kind == "circle":
            parts.append(f'<circle cx="{g[0]}" cy="{g[1]}" r="{g[2]}" fill="{hexc(c)}"/>')
        else:
            parts.append(f'<rect x="{g[0]}" y="{g[1]}" width="{g[2] - g[0]}" height="{g[3] - g[1]}" rx="{g[4]}" fill="{hexc(c)}"/>')
    path.write_text('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" role="img" aria-label="Trạm CCCD">'
                    + "".join(parts) + "</svg>\n", encoding="utf-8")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    png(192, False, OUT / "icon-192.png")
    png(512, False, OUT / "icon-512.png")
    png(512, True, OUT / "icon-maskable-512.png")
    svg(OUT / "icon.svg")
