"""An agenda item's stages as it will be run: the format's stages (formats.py), with the
item's own timings (ItemPlan.stage_minutes) and the community's own guides (StageGuide)."""

from collections.abc import Mapping
from dataclasses import dataclass

from sessions_app.models import AgendaItem

from .formats import Format, stages
from .models import ItemPlan, StageGuide


def default_format(item: AgendaItem | None) -> str:
    """The format of an item nobody has planned: a case consultation for an item about a
    case, else an open discussion."""
    if item is not None and item.case_id is not None:
        return Format.CASE_CONSULTATION
    return Format.OPEN_DISCUSSION


def format_of(plan: ItemPlan | None, item: AgendaItem | None = None) -> str:
    return plan.format if plan is not None else default_format(item)


@dataclass(frozen=True)
class PlannedStage:
    key: str
    name: str
    minutes: int
    guide: str
    avoid: str


def planned_stages(plan: ItemPlan | None,
                   guides: Mapping[tuple[str, str], StageGuide], *,
                   item: AgendaItem | None = None) -> list[PlannedStage]:
    """An item without a plan runs in its default format (`default_format`: given the
    item, a case consultation when it is about a case; else an open discussion).
    `guides`: the community's, by (format, stage key)."""
    format_key = format_of(plan, item)
    own = plan.stage_minutes if plan is not None else []
    planned = []
    for n, stage in enumerate(stages(format_key)):
        minutes = own[n] if n < len(own) and isinstance(own[n], int) else stage.minutes
        guide = guides.get((format_key, stage.key))
        planned.append(PlannedStage(stage.key, stage.name, minutes,
                                    guide.guide if guide else stage.guide,
                                    guide.avoid if guide else stage.avoid))
    return planned


def plan_of(item: AgendaItem | None) -> ItemPlan | None:
    """The item's plan (read with it when the item was: `select_related("plan")`), if any."""
    if item is None:
        return None
    try:
        return item.plan
    except ItemPlan.DoesNotExist:
        return None
