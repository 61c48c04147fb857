"""The front end is GOV.UK Frontend (issue 14): Bootstrap's CSS is gone, so a Bootstrap class
left in a template does nothing, and its "visually-hidden" would show screen-reader text."""

import re
from pathlib import Path

from django.conf import settings

BOOTSTRAP = re.compile(
    r"^(btn(-[a-z-]+)?|alert(-[a-z]+)?|badge|row|col(-[a-z]+)?(-\d+)?|container(-fluid)?"
    r"|d-[a-z-]+|[mp][tbsexy]?-(\d|auto)|text-(muted|body-secondary|danger|success|secondary)"
    r"|visually-hidden(-focusable)?|card(-[a-z]+)?|list-group(-[a-z]+)?|table-(responsive|sm|striped)"
    r"|nav(-[a-z]+)?|navbar(-[a-z]+)?|form-(control|select|label|text|check[a-z-]*)|is-invalid"
    r"|invalid-feedback|fw-[a-z]+|small|lead|h[1-6]|dropdown(-[a-z]+)?)$")
CLASS_ATTRIBUTE = re.compile(r'class="([^"]*)"')


def test_no_template_uses_a_bootstrap_class():
    found = []
    for template in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        for attribute in CLASS_ATTRIBUTE.findall(template.read_text()):
            for token in re.sub(r"{%.*?%}|{{.*?}}", " ", attribute).split():
                if BOOTSTRAP.match(token):
                    found.append(f"{template.relative_to(settings.BASE_DIR)}: {token}")
    assert found == []


def test_the_check_knows_a_bootstrap_class_from_a_govuk_one():
    assert BOOTSTRAP.match("btn-primary") and BOOTSTRAP.match("visually-hidden")
    assert not BOOTSTRAP.match("govuk-visually-hidden") and not BOOTSTRAP.match("govuk-grid-row")
