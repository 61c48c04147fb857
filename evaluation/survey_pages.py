"""How a survey is split into pages for the people answering it: whole sections, in order,
as many as fit in PAGE_MAX questions a page; a longer section is split into even parts (the
ProQOL's 30 items: three pages of ten). A survey of PAGE_MAX questions or fewer is one page.
Each page is saved as a draft when the person moves on, so a phone that loses its signal
loses one page at most."""

import math

PAGE_MAX = 10


def _runs(questions) -> list[list]:
    """Consecutive questions of one section."""
    runs: list[list] = []
    for question in questions:
        if runs and runs[-1][0].section == question.section:
            runs[-1].append(question)
        else:
            runs.append([question])
    return runs


def split_into_pages(questions) -> list[list]:
    """The questions (in order) as pages: lists of questions, never empty but for a survey
    with no questions (one empty page)."""
    pages: list[list] = []
    for run in _runs(questions):
        if len(run) > PAGE_MAX:
            size = math.ceil(len(run) / math.ceil(len(run) / PAGE_MAX))
            pages.extend(run[start:start + size] for start in range(0, len(run), size))
        elif pages and len(pages[-1]) + len(run) <= PAGE_MAX:
            pages[-1] = [*pages[-1], *run]
        else:
            pages.append(list(run))
    return pages or [[]]
