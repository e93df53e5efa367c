"""The store icons, drawn from the skill's own screen design: ``cramp-coach build-icons``.

The screens' dark slate background, a hold-timer ring in teal, and inside it a cramp's spike
easing out into a flat line: the cramp let go. Drawn at four times the size and scaled down,
so the edges are smooth. Writes the PNGs skill.json names (``ICON_FILES``) into the skill
package. A build tool: needs Pillow (the ``audio`` extra), never imported by serving.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

from .interaction_model import ICON_FILES, MODEL_DIR

BACKGROUND = "#263238"  # the screens' slate
RING = "#4DB6AC"  # teal: the hold timer
LINE = "#FAFAFA"  # the screens' text colour
_SCALE = 4
# The line, on a 100 x 100 grid: flat, the spike, smaller waves, then flat again.
_PATH = ((22, 55), (34, 55), (40, 30), (47, 72), (53, 44), (58, 62), (63, 52), (68, 55), (78, 55))


def draw_icon(side: int) -> Image.Image:
    big = side * _SCALE
    image = Image.new("RGB", (big, big), BACKGROUND)
    draw = ImageDraw.Draw(image)
    unit = big / 100

    ring_width = round(6 * unit)
    margin = 12 * unit
    box = (margin, margin, big - margin, big - margin)
    draw.arc(box, start=-90, end=225, fill=RING, width=ring_width)
    # The ring's open end: a dot where the timer has run to.
    draw.ellipse(_dot(box, ring_width), fill=RING)

    points = [(x * unit, y * unit) for x, y in _PATH]
    line_width = round(5.5 * unit)
    draw.line(points, fill=LINE, width=line_width, joint="curve")
    for x, y in (points[0], points[-1]):
        r = line_width / 2
        draw.ellipse((x - r, y - r, x + r, y + r), fill=LINE)
    return image.resize((side, side), Image.Resampling.LANCZOS)


def _dot(box: tuple[float, float, float, float], ring_width: int) -> tuple[float, ...]:
    """A round cap at the arc's start (the top), so the ring does not end square."""
    left, top, right, _bottom = box
    cx, cy = (left + right) / 2, top + ring_width / 2
    r = ring_width / 2
    return (cx - r, cy - r, cx + r, cy + r)


def write_icons(directory: Path = MODEL_DIR) -> list[Path]:
    written = []
    for path, side in ICON_FILES.values():
        target = directory / path
        target.parent.mkdir(parents=True, exist_ok=True)
        # No timestamps or text chunks in the PNG: the same drawing gives the same bytes.
        draw_icon(side).save(target, format="PNG", optimize=True)
        written.append(target)
    return written
