"""Model instances from the rows of a hand-written SELECT, for the few reads that nearly
every page makes (the viewer's membership, a case's page).

For those, Django spends more time building and compiling the query than PostgreSQL spends
running it (bench/profile.py). Here the SQL is written once, as a string, and its rows are
turned into instances the way the ORM does it (`Model.from_db`), so what the rest of the
code sees is the same: model instances, with their related objects already loaded."""

from collections.abc import Sequence
from functools import cache
from typing import Any

from django.db import DEFAULT_DB_ALIAS
from django.db.models import Model


@cache
def _fields(model: type[Model], leave_out: tuple[str, ...]) -> tuple[tuple[str, ...], str]:
    """The attribute names of `model`'s columns (but `leave_out`) and their columns as SQL,
    with `{alias}` where the table's alias goes."""
    fields = [f for f in model._meta.concrete_fields if f.name not in leave_out]
    return (tuple(f.attname for f in fields),
            ", ".join(f'{{alias}}."{f.column}"' for f in fields))


def columns(model: type[Model], alias: str, *, leave_out: Sequence[str] = ()) -> str:
    """The SELECT list for `model`'s columns from the table aliased `alias`."""
    return _fields(model, tuple(leave_out))[1].format(alias=alias)


def width(model: type[Model], *, leave_out: Sequence[str] = ()) -> int:
    """How many columns `columns` gives."""
    return len(_fields(model, tuple(leave_out))[0])


def instance(model: type[Model], values: Sequence[Any], *,
             leave_out: Sequence[str] = ()) -> Any:
    """The instance that `values` (a row's slice, in the order of `columns`) describe; the
    fields left out are deferred, loaded if read, as with `QuerySet.defer`."""
    names = _fields(model, tuple(leave_out))[0]
    return model.from_db(DEFAULT_DB_ALIAS, list(names), list(values))
