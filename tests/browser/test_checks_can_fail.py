"""The checks every journey page goes through (helpers.Person.check) fail on the faults they
are there to catch: an axe-core serious violation, sideways scrolling at 375 or 1280 px, a
script the page's CSP refuses, a focus nobody can see, a field that shows empty although it
should hold a value, an error logged while the screenshots are taken, and a blank
screenshot."""

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


# --- Looking at each page and screenshot (helpers.Person.check and Person.screenshot) ------


def page_with(body: str, head: str = "") -> str:
    return (f"<!doctype html><html lang='en'><head><title>A form</title>{head}</head>"
            f"<body><main><h1>A form</h1>{body}</main></body></html>")


def serve(person, path: str, html: str):
    """Open `path` on the product's address, answered with `html` instead of the product."""
    url = person.browser.stack.url + path
    person.page.route(url, lambda route: route.fulfill(content_type="text/html", body=html))
    person.open(url)


DATE_AS_SHOWN_IN_ENGLAND = ("<label for='id_date'>Date</label>"
                            "<input type='date' id='id_date' name='date' value='01/02/2027'>")


def test_a_date_the_browser_shows_empty_fails(browser):
    # What a Django DateInput renders by default for en-gb: type=date needs 2027-02-01.
    person = browser.person("date")
    serve(person, "/sessions/1/", page_with(DATE_AS_SHOWN_IN_ENGLAND))
    with pytest.raises(AssertionError, match=r'#id_date shows empty .*value="01/02/2027"'):
        person.check("date")


def test_the_same_date_in_iso_form_passes(browser):
    person = browser.person("iso-date")
    serve(person, "/sessions/1/", page_with(DATE_AS_SHOWN_IN_ENGLAND.replace("01/02/2027",
                                                                             "2027-02-01")))
    person.check("iso-date")


EDIT_FORM = page_with(
    "<form><label for='id_title'>Title</label>"
    "<input id='id_title' name='title' required value='{title}'>"
    "<fieldset><legend>Overcome?</legend>"
    "<input type='radio' id='id_yes' name='overcome' value='yes' required{checked}>"
    "<label for='id_yes'>Yes</label>"
    "<input type='radio' id='id_no' name='overcome' value='no' required>"
    "<label for='id_no'>No</label></fieldset>"
    "<label for='id_ok'>I confirm</label><input type='checkbox' id='id_ok' required>"
    "<button>Save</button></form>")


@pytest.mark.parametrize("title, checked, fault", [
    ("", " checked", r"input\[type=text\]#id_title is required but empty"),
    ("Evicted", "", r"input\[type=radio\]#id_yes: a required choice with nothing chosen"),
])
def test_an_empty_required_field_fails_on_a_page_that_edits(browser, title, checked, fault):
    person = browser.person("editing")
    serve(person, "/c/leeds/cases/1/edit/", EDIT_FORM.format(title=title, checked=checked))
    with pytest.raises(AssertionError, match=fault):
        person.check("editing")


def test_an_empty_required_field_passes_where_nothing_exists_yet_or_on_purpose(browser):
    person = browser.person("creating")
    serve(person, "/c/leeds/cases/new/", EDIT_FORM.format(title="", checked=""))
    person.check("creating")  # an unticked "I confirm" box is no fault, even when editing
    serve(person, "/c/leeds/cases/1/edit/", EDIT_FORM.format(title="", checked=" checked"))
    person.check("emptied-on-purpose", left_empty=("#id_title",))


def test_a_field_the_person_empties_is_theirs_to_leave_empty(browser):
    person = browser.person("emptied")
    serve(person, "/c/leeds/cases/1/edit/", EDIT_FORM.format(title="Evicted",
                                                             checked=" checked"))
    person.type_into(person.page.get_by_label("Title"), "")
    person.check("emptied")


def test_sideways_scrolling_at_desktop_width_fails(browser):
    person = browser.person("wide")
    person.page.set_content(page_with("<div class='wide'>wide</div>",
                                      "<style>.wide { width: 1500px; }</style>"))
    with pytest.raises(AssertionError, match="scrolls sideways at 1280 px"):
        person.check("wide")


def test_an_error_logged_while_the_screenshots_are_taken_fails(browser):
    # Logged only when the page is narrowed to phone width: after the first look at it.
    person = browser.person("console")
    serve(person, "/c/leeds/", page_with(
        "<p>Narrow me</p>", "<script>addEventListener('resize', () =>"
                           " console.error('the menu broke at ' + innerWidth))</script>"))
    with pytest.raises(AssertionError, match="console error: the menu broke at 375"):
        person.check("console")


def test_a_blank_screenshot_fails(browser):
    person = browser.person("blank")
    person.page.set_content("<!doctype html><html lang='en'><head><title>Blank</title>"
                            "<style>body { background: #1d70b8; }</style></head>"
                            "<body></body></html>")
    with pytest.raises(AssertionError, match="screenshot at 1280 px is blank, all #1d70b8"):
        person.check("blank")


def png(rows: list[bytes], filters: list[int], *, step: int = 4) -> bytes:
    """An 8-bit RGBA PNG of `rows` (raw pixel bytes), each row encoded with its filter."""
    import struct
    import zlib

    def paeth(a, b, c):
        p = a + b - c
        pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
        return a if pa <= pb and pa <= pc else b if pb <= pc else c

    encoded, above = b"", bytes(len(rows[0]))
    for row, kind in zip(rows, filters, strict=True):
        out = bytearray([kind])
        for i, x in enumerate(row):
            a = row[i - step] if i >= step else 0
            b, c = above[i], above[i - step] if i >= step else 0
            out.append((x - (0, a, b, (a + b) // 2, paeth(a, b, c))[kind]) & 255)
        encoded += out
        above = row

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", len(rows[0]) // step, len(rows), 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(encoded)) + chunk(b"IEND", b""))


@pytest.mark.parametrize("first_filter", range(5))
def test_one_colour_is_told_apart_from_one_pixel_more_under_every_png_filter(first_filter):
    from .helpers import png_one_colour

    colour = bytes([0xf3, 0x12, 0x80, 0xff])
    filters = [first_filter] + [(first_filter + i) % 5 for i in range(1, 5)]
    rows = [colour * 3 for _ in range(5)]
    assert png_one_colour(png(rows, filters)) == colour
    for y in range(5):
        for x in range(3):
            spotted = [bytearray(row) for row in rows]
            spotted[y][4 * x + 2] ^= 1
            assert png_one_colour(png([bytes(r) for r in spotted], filters)) is None, (x, y)


def test_controls_hidden_in_a_box_that_scrolls_sideways_fail(browser):
    # A tab bar that scrolls by itself: the page does not, yet its last tabs are out of sight.
    person = browser.person("tabs")
    tabs = "".join(f"<li><a href='#'>Tab number {n}</a></li>" for n in range(1, 9))
    serve(person, "/evaluation/", page_with(
        f"<nav aria-label='Tabs'><ul class='tabs'>{tabs}</ul></nav>",
        "<style>.tabs { display: flex; overflow-x: auto; white-space: nowrap; gap: 1em;"
        " padding: 0; list-style: none; }</style>"))
    fault = r"at 375 px, \d control\(s\) out of sight in a box that scrolls sideways \(ul\.tabs\)"
    with pytest.raises(AssertionError, match=fault + ": .*Tab number 8"):
        person.check("tabs")
