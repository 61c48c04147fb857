"""gunicorn's settings for production (Dockerfile and docker-compose.yml run
`gunicorn -c cop/gunicorn.conf.py cop.wsgi:application`).

Its error and access logs go through cop.logging's SafeFormatter, as the app's own logs do:
a request line has its control characters escaped and the secret segment of token links
(survey, invitation, calendar feed, data download...) replaced by "[hidden]"."""

bind = "0.0.0.0:8000"
workers = 3
accesslog = None  # access lines go to the "gunicorn.access" logger configured below

logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "safe": {"()": "cop.logging.SafeFormatter",
                 "format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "safe",
                    "stream": "ext://sys.stdout"},
    },
    "loggers": {
        "gunicorn.error": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "gunicorn.access": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
