"""The signed-in navigation (cop/templatetags/cop.py `service_navigation`): which items each
person sees, which is marked as the page shown or the part of the site it is in, and the
unread notifications count."""

import re

import pytest

from members.models import Notification, NotificationKind

pytestmark = pytest.mark.django_db


def _items(page: str) -> dict[str, str]:
    """Each navigation item's label -> its aria-current ("" when not marked)."""
    nav = page[page.index('id="navigation"'):page.index("</ul>", page.index('id="navigation"'))]
    found = {}
    for attrs, inner in re.findall(r'<a class="govuk-service-navigation__link"([^>]*)>(.*?)</a>',
                                   nav):
        label = re.sub(r"<[^>]+>", "", inner.split('<span class="govuk-visually-hidden"')[0])
        current = re.search(r'aria-current="(\w+)"', attrs)
        found[label.strip()] = current.group(1) if current else ""
    return found


def test_a_member_sees_their_items_with_the_page_shown_marked(client, member):
    client.force_login(member)
    items = _items(client.get("/").content.decode())
    assert items == {"Your week": "page", "Communities": "", "Calendar": "", "Search": "",
                     "Surveys": "", "Notifications": ""}


def test_a_community_s_page_marks_communities_as_the_part_of_the_site(client, member,
                                                                       community):
    client.force_login(member)
    items = _items(client.get(f"/c/{community.slug}/").content.decode())
    assert items["Communities"] == "true" and items["Your week"] == ""


def test_evaluators_staff_and_superusers_see_their_own_items(client, evaluator):
    evaluator.is_staff = evaluator.is_superuser = True
    evaluator.save()
    client.force_login(evaluator)
    items = _items(client.get("/notifications/").content.decode())
    assert {"Evaluation", "Admin", "Audit"} <= set(items)
    assert items["Notifications"] == "page"


def test_the_unread_count_shows_beside_notifications(client, member, community):
    Notification.objects.create(user=member, community=community,
                                kind=NotificationKind.NEW_CASE, text="A new case", url="/")
    client.force_login(member)
    page = client.get("/").content.decode()
    assert ('Notifications<span class="govuk-visually-hidden">, 1 unread</span>'
            '<span class="cop-nav-count" aria-hidden="true">1</span>') in page
