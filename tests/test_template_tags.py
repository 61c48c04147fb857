"""The shared template tags that write HTML in Python (cop/templatetags/cop.py): GOV.UK
pagination and a filter's options, which replaced an include and template loops."""

from django.core.paginator import Paginator
from django.template import engines
from django.test import RequestFactory

PAGINATION = engines["django"].from_string("{% load cop %}{% pagination page %}")
OPTIONS = engines["django"].from_string("{% load cop %}{% select_options choices selected %}")


def paginated(number: int, count: int = 200, query: dict | None = None) -> str:
    request = RequestFactory().get("/cases/", query or {})
    page = Paginator(range(count), 20).page(number)
    return PAGINATION.render({"page": page, "request": request}, request)


def test_one_page_has_no_pagination():
    assert paginated(1, count=20) == ""


def test_pagination_marks_the_page_keeps_the_filters_and_elides_the_middle():
    html = paginated(5, query={"status": "open", "q": "a&b <c>", "page": "5"})
    assert '<nav class="govuk-pagination" aria-label="Pages">' in html
    # The filters are kept, only the page changes, and the query string is escaped.
    assert 'href="?status=open&amp;q=a%26b+%3Cc%3E&amp;page=4" rel="prev"' in html
    assert 'href="?status=open&amp;q=a%26b+%3Cc%3E&amp;page=6" rel="next"' in html
    assert 'aria-label="Page 5 of 10" aria-current="page">5</a>' in html
    assert html.count("govuk-pagination__item--ellipses") == 2  # 1 … 4 5 6 … 10
    assert 'aria-label="Page 1">1</a>' in html and 'aria-label="Page 10">10</a>' in html
    assert 'aria-label="Page 8"' not in html


def test_the_first_and_last_pages_have_no_previous_or_next():
    first, last = paginated(1), paginated(10)
    assert 'rel="prev"' not in first and 'rel="next"' in first
    assert 'rel="next"' not in last and 'rel="prev"' in last


def test_options_mark_the_chosen_value_and_escape_what_they_show():
    html = OPTIONS.render({"choices": [("a", "A & B"), (2, "<two>")], "selected": 2})
    assert html == ('<option value="a">A &amp; B</option>'
                    '<option value="2" selected>&lt;two&gt;</option>')
    assert "selected" not in OPTIONS.render({"choices": [("a", "A")], "selected": ""})
