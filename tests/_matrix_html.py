"""What counts as live markup in a page we render, for the stored-XSS tests.

`live_markup(html, nonce)` parses a page with the standard library's HTML parser (which
decodes entities in attribute values as a browser does) and lists anything that would run or
load something a visitor did not ask for: a <script> or <style> element without the page's
CSP nonce, an event-handler attribute (on*), a javascript:, vbscript: or data: URL in a link or
source (data: images excepted), an iframe, frame, object, embed, base, or a refresh <meta>,
or any style="" attribute (the site never uses them: CSP forbids inline styles)."""

import re
from html.parser import HTMLParser

URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster",
                  "background", "srcset", "ping", "codebase", "cite", "manifest"}
BANNED_ELEMENTS = {"iframe", "frame", "frameset", "object", "embed", "base", "applet",
                   "portal"}
# Control characters and spaces browsers ignore inside a URL's scheme.
_IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20\x7f]+")
_DANGEROUS_SCHEME = re.compile(r"^(javascript|vbscript|data|livescript):", re.IGNORECASE)


def dangerous_url(value: str, *, tag: str = "", attribute: str = "") -> bool:
    url = _IGNORED_IN_SCHEME.sub("", value or "")
    if not _DANGEROUS_SCHEME.match(url) or url == "data:,":  # base.html's empty favicon
        return False
    return not (tag == "img" and attribute == "src" and url.lower().startswith("data:image/")
                and not url.lower().startswith("data:image/svg"))


class _Collector(HTMLParser):
    def __init__(self, nonce: str):
        super().__init__(convert_charrefs=True)
        self.nonce = nonce
        self.problems: list[str] = []

    def _element(self, tag, attrs) -> str:
        shown = " ".join(f'{k}="{v}"' if v is not None else k for k, v in attrs)
        return f"<{tag}{' ' + shown if shown else ''}>"[:200]

    def handle_starttag(self, tag, attrs):
        self._check(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self._check(tag, attrs)

    def _check(self, tag, attrs):
        tag = tag.lower()
        values = {name.lower(): value for name, value in attrs}
        where = self._element(tag, attrs)
        if tag in ("script", "style") and (not self.nonce or values.get("nonce") != self.nonce):
            self.problems.append(f"<{tag}> without the page's nonce: {where}")
        if tag in BANNED_ELEMENTS:
            self.problems.append(f"<{tag}> element: {where}")
        if tag == "meta" and (values.get("http-equiv") or "").lower() == "refresh":
            self.problems.append(f"refresh <meta>: {where}")
        for name, value in attrs:
            name = name.lower()
            if name.startswith("on") or name.startswith("hx-on"):
                self.problems.append(f"event handler attribute {name}: {where}")
            if name == "style":
                self.problems.append(f"style attribute: {where}")
            if name in URL_ATTRIBUTES and value and any(
                    dangerous_url(part, tag=tag, attribute=name)
                    for part in ([value] if name != "srcset" else value.split(","))):
                self.problems.append(f"{name} with a script or data URL: {where}")
            if name == "content" and tag == "meta" and "javascript:" in (value or "").lower():
                self.problems.append(f"<meta> with a javascript: URL: {where}")


def live_markup(html: str, nonce: str = "") -> list[str]:
    """Problems found in `html` (an empty list for a safe page)."""
    collector = _Collector(nonce)
    collector.feed(html)
    collector.close()
    return collector.problems


_NONCE = re.compile(r"'nonce-([^']+)'")


def csp_nonce(response) -> str:
    """The nonce of the page's Content-Security-Policy header ("" if none)."""
    header = response.headers.get("Content-Security-Policy", "")
    match = _NONCE.search(header)
    return match[1] if match else ""


def page_problems(response) -> list[str]:
    return live_markup(response.content.decode(response.charset or "utf-8"),
                       csp_nonce(response))
