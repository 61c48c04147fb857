"""Development: `make run`. Uses DATABASE_URL / REDIS_URL when set, else embedded servers."""

from .base import *  # noqa: F403
from .base import configure_services, embedded_or_configured_urls, env

DEBUG = env.bool("DEBUG", default=True)
# Security keys and passkeys on http://127.0.0.1:8000 (never in production).
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = True

globals().update(configure_services(*embedded_or_configured_urls()))
