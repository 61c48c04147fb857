"""`make run` (cop/stack.py): the links its processes put in emails, invitations and .ics
files lead to the address its web server listens on, unless SITE_URL says otherwise."""

import subprocess
import sys

import pytest
from django.conf import settings

from cop import stack


@pytest.mark.parametrize("address, url", [
    ("127.0.0.1:8000", "http://127.0.0.1:8000"),
    ("8080", "http://127.0.0.1:8080"),
    ("0:8081", "http://127.0.0.1:8081"),
    ("0.0.0.0:8082", "http://127.0.0.1:8082"),
    ("[::]:8083", "http://127.0.0.1:8083"),
    ("[::1]:8084", "http://[::1]:8084"),
    ("localhost:8085", "http://localhost:8085"),
    ("cop.local:9000", "http://cop.local:9000"),
])
def test_the_site_url_is_where_the_web_server_listens(address, url):
    assert stack.site_url(address) == url


@pytest.mark.parametrize("address", ["", "127.0.0.1", "http://127.0.0.1:8000", "host:port"])
def test_an_address_runserver_would_refuse_is_refused(address):
    with pytest.raises(ValueError, match="RUN_ADDRESS"):
        stack.site_url(address)


def test_every_process_gets_the_site_url_of_another_port():
    env = stack.with_site_url({"PATH": "/usr/bin"}, "0.0.0.0:8123")
    assert env == {"PATH": "/usr/bin", "SITE_URL": "http://127.0.0.1:8123"}
    started = stack.commands(sys.executable, "0.0.0.0:8123")
    assert set(started) == {"worker", "beat", "web"}
    assert started["web"][-2:] == ["runserver", "0.0.0.0:8123"]


@pytest.mark.parametrize("given", ["https://cop.example.org", "http://192.168.1.20:8123"])
def test_a_site_url_that_is_set_is_kept(given):
    assert stack.with_site_url({"SITE_URL": given}, "8123")["SITE_URL"] == given


def test_an_empty_site_url_counts_as_not_set():
    assert stack.with_site_url({"SITE_URL": ""}, "8123")["SITE_URL"] == "http://127.0.0.1:8123"


def test_the_settings_of_a_child_process_link_to_that_port():
    """What the worker does with it: its settings' SITE_URL, and the links made from it."""
    # COP_OFFLINE: the settings start no database or Redis (none is needed to make a link).
    env = stack.with_site_url({"PATH": "/usr/bin", "COP_OFFLINE": "1",
                               "DJANGO_SETTINGS_MODULE": "cop.settings.local"}, "8123")
    code = ("import django; django.setup(); from cop.outbox.mail import absolute; "
            "print(absolute('/invitations/abc/'))")
    result = subprocess.run([sys.executable, "-c", code], env=env, cwd=settings.BASE_DIR,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "http://127.0.0.1:8123/invitations/abc/"
