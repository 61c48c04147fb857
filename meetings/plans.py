"""An agenda item's stages as it will be run: the format's stages (formats.py), with the
item's own timings (ItemPlan.stage_minutes) and the community's own guides (StageGuide)."""

from collections.abc import Mapping
from dataclasses import dataclass

from .formats import Format, stages
from .models import ItemPlan, StageGuide


@dataclass(frozen=True)
class PlannedStage:
    key: str
    name: str
    minutes: int
    guide: str
    avoid: str


def planned_stages(plan: ItemPlan | None,
                   guides: Mapping[tuple[str, str], StageGuide]) -> list[PlannedStage]:
    """An item without a plan runs as an open discussion. `guides`: the community's, by
    (format, stage key)."""
    format_key = plan.format if plan is not None else Format.OPEN_DISCUSSION
    own = plan.stage_minutes if plan is not None else []
    planned = []
    for n, stage in enumerate(stages(format_key)):
        minutes = own[n] if n < len(own) and isinstance(own[n], int) else stage.minutes
        guide = guides.get((format_key, stage.key))
        planned.append(PlannedStage(stage.key, stage.name, minutes,
                                    guide.guide if guide else stage.guide,
                                    guide.avoid if guide else stage.avoid))
    return planned
