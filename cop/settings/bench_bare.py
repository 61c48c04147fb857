"""The bare framework floor of `make bench` (bench/run.py): Django alone, with no app, no
middleware and no database, serving one view (cop.bench_bare_urls) that renders the same small
template as the product's trivial view. Served by a second gunicorn with the same set-up, so
every page can be read as a share of what the framework itself can do on this machine."""

from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = "bench-bare-floor-signs-nothing"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS: list[str] = []
MIDDLEWARE: list[str] = []
ROOT_URLCONF = "cop.bench_bare_urls"
DATABASES: dict[str, dict[str, str]] = {}  # Django's dummy backend: any query would fail
TEMPLATES = [{"BACKEND": "django.template.backends.django.DjangoTemplates",
              "DIRS": [BASE_DIR / "templates"]}]
USE_TZ = True
