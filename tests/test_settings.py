"""Settings and start-up: production hardening, one-line errors, CSP, Celery wiring."""


import pytest
from django.conf import settings
from django.urls import reverse

from .helpers import PRODUCTION_ENV, manage


@pytest.mark.parametrize("with_server_urls", [True, False])
def test_production_settings_pass_the_deployment_checklist(with_server_urls):
    """Offline: the checklist needs no database, only a secret and allowed hosts."""
    env = PRODUCTION_ENV if with_server_urls else {
        k: v for k, v in PRODUCTION_ENV.items() if not k.endswith("_URL")}
    result = manage("check", "--deploy", "--fail-level", "WARNING", **env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("key", ["SECRET_KEY", "EVALUATION_CODE_KEY", "MFA_ENCRYPTION_KEY"])
def test_production_refuses_to_start_without_its_secret_keys(key):
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != key}
    result = manage("check", **env)
    assert result.returncode != 0
    assert key in result.stderr


def test_production_hashes_passwords_with_argon2_and_secures_cookies():
    code = ("from django.conf import settings as s; print(s.PASSWORD_HASHERS[0], "
            "s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, "
            "s.SECURE_HSTS_SECONDS >= 31536000)")
    reachable = {"DATABASE_URL": settings.DATABASE_URL, "REDIS_URL": settings.REDIS_URL}
    result = manage("shell", "--no-imports", "-c", code, **{**PRODUCTION_ENV, **reachable})
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.contrib.auth.hashers.Argon2PasswordHasher", "True", "True", "True", "True"]


@pytest.mark.parametrize("variable, name", [
    ("DATABASE_URL", "PostgreSQL"),
    ("REDIS_URL", "Redis"),
])
def test_an_unreachable_server_gives_one_clear_line(variable, name):
    reachable = {"DATABASE_URL": settings.DATABASE_URL, "REDIS_URL": settings.REDIS_URL}
    unreachable = {"DATABASE_URL": "postgres://cop@127.0.0.1:1/cop",
                   "REDIS_URL": "redis://127.0.0.1:1/0"}
    result = manage("migrate", **{**reachable, variable: unreachable[variable]})
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: cannot reach {name} at 127.0.0.1:1")
    assert "Traceback" not in result.stderr


@pytest.mark.django_db
def test_pages_carry_a_strict_content_security_policy(client):
    response = client.get(reverse("account_login"))
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "'nonce-" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy
    nonce = policy.split("'nonce-")[1].split("'")[0]
    assert f'nonce="{nonce}"' in response.text
    assert "<script>" not in response.text and " style=" not in response.text


def test_beat_schedule_names_only_registered_tasks():
    from cop.celery import app

    app.loader.import_default_modules()
    assert settings.CELERY_BEAT_SCHEDULE
    for entry in settings.CELERY_BEAT_SCHEDULE.values():
        assert entry["task"] in app.tasks, entry["task"]


def test_celery_reads_its_configuration_from_django_settings():
    from cop.celery import app

    assert app.conf.broker_url == settings.CELERY_BROKER_URL
    assert app.conf.task_acks_late is True
    assert app.conf.beat_schedule == settings.CELERY_BEAT_SCHEDULE
