"""Development: `make run`. Uses DATABASE_URL / REDIS_URL when set, else embedded servers."""

from .base import *  # noqa: F403
from .base import configure_services, embedded_or_configured_urls, env

DEBUG = env.bool("DEBUG", default=True)

globals().update(configure_services(*embedded_or_configured_urls()))
