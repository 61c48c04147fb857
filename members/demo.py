"""The demo data's registry (`manage.py seed_demo`, which `make run` runs).

seed_demo makes the agencies, communities, people and the demo logins; then each app
above members adds its own data (its `demo.py`, registered from its AppConfig.ready), in
the order the apps start: casework's cases, then sessions_app's sessions (some discuss
those cases), then evaluation's surveys (some about those sessions). Each seeder finds
what it made before and makes only what is missing.
"""

from collections.abc import Callable
from dataclasses import dataclass

from .models import Community, User


@dataclass(frozen=True)
class DemoWorld:
    """What seed_demo made, for the apps' seeders."""

    communities: dict[str, Community]  # by slug
    facilitator: User  # facilitator@example.org
    member: User  # member@example.org
    evaluator: User  # evaluator@example.org


_seeders: dict[str, Callable[[DemoWorld], object]] = {}


def register(app: str, seed: Callable[[DemoWorld], object]) -> None:
    """Called from the app's AppConfig.ready; registering again replaces (and keeps the
    app's place in the order)."""
    _seeders[app] = seed


def seed_apps(world: DemoWorld) -> None:
    for seed in _seeders.values():
        seed(world)
