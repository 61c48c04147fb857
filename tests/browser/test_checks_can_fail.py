"""The checks every journey page goes through (helpers.Person.check) fail on the faults they
are there to catch: an axe-core serious violation, sideways scrolling at 375 px, a script the
page's CSP refuses, and a focus nobody can see."""

import pytest

pytestmark = pytest.mark.browser

FINE = "<!doctype html><html lang='en'><head><title>Fine</title></head><body><main>" \
       "<h1>Fine</h1><a href='#'>A link</a></main></body></html>"


def test_a_fine_page_passes(browser):
    person = browser.person("fine")
    person.page.set_content(FINE)
    person.check("fine")


@pytest.mark.parametrize("body, fault", [
    ("<main><h1>x</h1><img src='data:,'></main>", "axe"),  # an image without alt text
    ("<main><h1>x</h1><div class='wide'>wide</div></main>", "sideways"),
])
def test_faults_fail_the_check(browser, body, fault):
    person = browser.person(fault)
    person.page.set_content(
        "<!doctype html><html lang='en'><head><title>Faulty</title>"
        "<style>.wide { width: 900px; }</style></head><body>" + body + "</body></html>")
    with pytest.raises(AssertionError, match="axe" if fault == "axe" else "sideways"):
        person.check(fault)


def test_a_script_the_csp_refuses_fails_the_check(browser):
    person = browser.person("csp")
    person.open("/accounts/login/")
    # What a template with an inline script would do: the page's CSP refuses it.
    person.page.evaluate("() => { const s = document.createElement('script');"
                         " s.textContent = 'window.ran = 1'; document.body.append(s); }")
    assert person.page.evaluate("() => window.ran") is None
    with pytest.raises(AssertionError, match="CSP"):
        person.check("csp")


def test_an_invisible_focus_fails(browser):
    person = browser.person("focus")
    person.page.set_content(
        "<!doctype html><html lang='en'><head><title>Focus</title>"
        "<style>a:focus { outline: none; box-shadow: none; }</style></head>"
        "<body><main><h1>Focus</h1><a href='#'>Hidden focus</a></main></body></html>")
    with pytest.raises(AssertionError, match="focus not visible"):
        person.tab_to(person.page.get_by_role("link", name="Hidden focus"))
