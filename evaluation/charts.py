"""Server-rendered SVG bar charts for the results pages (no JavaScript, no inline styles).

A chart is geometry in a dataclass; `templates/evaluation/results/_chart.html` draws it with
SVG presentation attributes only (the CSP forbids style=""). Every chart carries a text
alternative, and the page shows the same numbers in a table beside it.

Suppressed values arrive as None. Their bars are not drawn and read "not shown": the
number never reaches the SVG, and the scale is taken from shown values only, so no bar's
length gives a hidden number away."""

from collections.abc import Sequence
from dataclasses import dataclass

CHAR_WIDTH = 7  # roughly, for 13px text: labels longer than the room get an ellipsis
NOT_SHOWN = "not shown"


@dataclass(frozen=True)
class ChartBar:
    label: str  # as drawn, perhaps shortened
    full_label: str
    text: str  # "12 (40%)", or "not shown"
    y: int
    width: int
    text_x: int

    @property
    def suppressed(self) -> bool:
        return self.text == NOT_SHOWN


@dataclass(frozen=True)
class BarChart:
    title: str
    bars: list[ChartBar]
    width: int
    height: int
    bar_x: int
    bar_height: int
    text_dy: int

    @property
    def description(self) -> str:
        """The text alternative: every bar in words."""
        parts = "; ".join(f"{bar.full_label}: {bar.text}" for bar in self.bars)
        return f"Bar chart. {self.title}. {parts}."


def _shorten(label: str, room: int) -> str:
    most = max(room // CHAR_WIDTH, 4)
    return label if len(label) <= most else label[: most - 1].rstrip() + "…"


def _bar_text(count: int | None, percent: float | None) -> str:
    if count is None:
        return NOT_SHOWN
    if percent is None:
        return str(count)
    return f"{count} ({percent:.0f}%)"


def bar_chart(title: str, items: Sequence[tuple[str, int | None, float | None]], *,
              width: int = 480, label_width: int = 180, row_height: int = 26,
              bar_height: int = 18) -> BarChart:
    """Horizontal bars (they read well on phones) for (label, count, percent) items, count
    None when suppressed. Bars are scaled to the largest shown count, leaving room for the
    text after each bar."""
    bar_x = label_width + 8
    room = width - bar_x - 80
    top = max((count for _, count, _ in items if count is not None), default=0)
    bars = []
    for k, (label, count, percent) in enumerate(items):
        bar_width = round(room * count / top) if count and top else 0
        bars.append(ChartBar(
            label=_shorten(label, label_width), full_label=label,
            text=_bar_text(count, percent), y=4 + k * row_height, width=bar_width,
            text_x=bar_x + bar_width + 6))
    return BarChart(title=title, bars=bars, width=width, height=8 + len(items) * row_height,
                    bar_x=bar_x, bar_height=bar_height, text_dy=bar_height // 2 + 5)
