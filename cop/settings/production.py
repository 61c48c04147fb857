"""Production: every secret and server comes from the environment; nothing is embedded."""

from .base import *  # noqa: F403
from .base import configure_services, env, mailers_from_url

DEBUG = False
SECRET_KEY = env.str("SECRET_KEY")
EVALUATION_CODE_KEY = env.str("EVALUATION_CODE_KEY")
MFA_ENCRYPTION_KEY = env.str("MFA_ENCRYPTION_KEY")  # encrypts TOTP secrets at rest
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")

# Never embedded servers here: unset means the usual local ports, and a server that does
# not answer there stops every command with a one-line error (cop.preflight).
globals().update(configure_services(
    env.str("DATABASE_URL", default="postgres://cop@localhost:5432/cop"),
    env.str("REDIS_URL", default="redis://localhost:6379/0"),
))

# WhiteNoise serves the collected static files right after the security middleware.
MIDDLEWARE.insert(1, "whitenoise.middleware.WhiteNoiseMiddleware")  # noqa: F405
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=60 * 60 * 12)

MAILERS = mailers_from_url(env.str("EMAIL_URL", default="smtp://localhost:25"))

LOGGING["root"]["level"] = env.str("LOG_LEVEL", default="INFO")  # noqa: F405
