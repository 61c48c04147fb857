"""The meetings app's reads, for the views and for other apps (import-linter: a domain app
uses another through its selectors): planning, stage guides, summaries, the case page's
line, the evaluators' counts."""

from .plan_selectors import (
    FormatGuides,
    PlannedItem,
    RecommendationCounts,
    SummaryView,
    add_meeting_lines,
    follow_up_entries,
    format_label,
    formats_with_guides,
    guide_of,
    plan_of,
    planned_item,
    recommendation_counts,
    session_plan,
    stage_of,
    summaries_of_case,
    summary_view,
)

__all__ = [
    "FormatGuides",
    "PlannedItem",
    "RecommendationCounts",
    "SummaryView",
    "add_meeting_lines",
    "follow_up_entries",
    "format_label",
    "formats_with_guides",
    "guide_of",
    "plan_of",
    "planned_item",
    "recommendation_counts",
    "session_plan",
    "stage_of",
    "summaries_of_case",
    "summary_view",
]
