"""When an entry of the service map may be out of date: nobody has confirmed it ("Still
right") or changed it for STALE_AFTER_MONTHS. One rule for the service page's warning, the
list's mark and the monthly sweep that asks someone to check it (services.py)."""

from datetime import date, datetime

from dateutil.relativedelta import relativedelta
from django.db.models import QuerySet
from django.db.models.functions import Greatest
from django.utils import timezone

from .models import Service

STALE_AFTER_MONTHS = 6


def stale_before(now: datetime) -> datetime:
    """An entry last checked before this is out of date."""
    cutoff: datetime = now - relativedelta(months=STALE_AFTER_MONTHS)  # dateutil is untyped
    return cutoff


def last_checked(service: Service) -> datetime:
    """When someone last confirmed the entry or changed what it says."""
    if service.last_confirmed_at is None:
        return service.updated_at
    return max(service.last_confirmed_at, service.updated_at)


def is_stale(service: Service, now: datetime | None = None) -> bool:
    return last_checked(service) < stale_before(now or timezone.now())


def stale(services: QuerySet[Service], now: datetime) -> QuerySet[Service]:
    """`is_stale` as a query (PostgreSQL's GREATEST leaves out a NULL confirmation)."""
    return services.alias(checked=Greatest("last_confirmed_at", "updated_at")).filter(
        checked__lt=stale_before(now))


def month_of(now: datetime) -> date:
    """The first day of `now`'s month in London: the sweep asks once a service a month."""
    return timezone.localdate(now).replace(day=1)
