"""Development: `make run`. Uses DATABASE_URL / REDIS_URL when set, else embedded servers."""

from cop import embedded

from .base import *  # noqa: F403
from .base import configure_services, env

DEBUG = env.bool("DEBUG", default=True)

globals().update(
    configure_services(
        env.str("DATABASE_URL", default="") or embedded.postgres_url("cop"),
        env.str("REDIS_URL", default="") or embedded.redis_url(),
    )
)
