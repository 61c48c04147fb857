"""Parts of a service's page that the apps above the service map provide: casework shows the
barriers recorded against the service in the community and the escalations they led to.

Modelled on members/page_parts.py: the service map sits below casework, so its page does
not import it. Each app registers `ServicePart`s from its AppConfig.ready, with its own
template and the read that feeds it; the page (views.service_detail) calls
`shown(membership, service)` and puts each result in place with `{% include_part %}`
(cop's template tags). A part's read is given the viewer's membership (in the service's
community, already checked) and the service, and must run a fixed number of queries,
whatever the data: the page's query budget (tests) counts them."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from members.models import Membership
from members.page_parts import Shown

from .models import Service


@dataclass(frozen=True)
class ServicePart:
    app: str
    order: int  # place among the parts, lowest first
    template: str
    # (the viewer's membership, the service) -> the template's context; None shows nothing.
    read: Callable[[Membership, Service], Mapping[str, Any] | None]


_parts: dict[tuple[str, str], ServicePart] = {}


def register(part: ServicePart) -> None:
    """Called from the app's AppConfig.ready; registering again replaces (ready may run
    more than once)."""
    _parts[part.app, part.template] = part


def parts() -> list[ServicePart]:
    return sorted(_parts.values(), key=lambda p: p.order)


def shown(membership: Membership, service: Service) -> list[Shown]:
    """The parts that have something to show for this viewer and service, in order."""
    return [Shown(part.template, context) for part in parts()
            if (context := part.read(membership, service)) is not None]
