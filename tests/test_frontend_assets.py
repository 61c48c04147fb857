"""The vendored front end: GOV.UK Frontend's files are the npm package's own, and the built
CSS is what cop/frontend.py builds from the committed Sass (issue 14)."""

import io
import json
import tarfile

from cop import frontend


def test_the_built_and_vendored_files_match_their_record():
    assert frontend.check() == []


def test_a_changed_built_file_is_noticed(tmp_path, monkeypatch):
    changed = tmp_path / "cop.css"
    changed.write_text(frontend.BUILT_CSS.read_text() + "\n.extra{}")
    monkeypatch.setattr(frontend, "BUILT_CSS", changed)
    assert frontend.check() == ["static/css/cop.css differs from VENDOR.json: run `make frontend`"]


def test_the_vendored_javascript_is_the_registrys_integrity_checked_package():
    tarball = frontend.npm_tarball(frontend.GOVUK_FRONTEND, frontend.GOVUK_VERSION,
                                   frontend.GOVUK_INTEGRITY)
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as tar:
        for source, name in frontend.COPIED:
            assert tar.extractfile(source).read() == (frontend.VENDOR_DIR / name).read_bytes()
    recorded = json.loads(frontend.MANIFEST.read_text())
    assert recorded["integrity"] == frontend.GOVUK_INTEGRITY


def test_a_tarball_that_does_not_match_its_integrity_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(frontend, "CACHE", tmp_path)
    (tmp_path / "govuk-frontend-6.6.0.tgz").write_bytes(b"not the package")
    try:
        frontend.npm_tarball("govuk-frontend", "6.6.0", frontend.GOVUK_INTEGRITY)
    except ValueError as refused:
        assert "integrity mismatch" in str(refused)
    else:
        raise AssertionError("a tarball with the wrong digest was accepted")


def test_the_css_uses_neither_the_crown_nor_the_gds_transport_font():
    css = frontend.BUILT_CSS.read_text()
    assert "GDS Transport" not in css
    assert "#1d4f73" in css  # the product's own brand colour
    for template in frontend.BASE_DIR.glob("templates/**/*.html"):
        text = template.read_text()
        assert "govuk-header__logotype" not in text and "govuk-crest" not in text, template
