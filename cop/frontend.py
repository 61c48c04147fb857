"""The front end, built from GOV.UK Frontend (npm), vendored and integrity checked.

`make frontend` (`python -m cop.frontend build`) fetches govuk-frontend's tarball from the npm
registry, checks it against the integrity pinned here (the registry's `dist.integrity`), copies
its JavaScript into static/vendor/govuk-frontend/ and compiles static/scss/cop.scss (the
product's brand on GOV.UK Frontend's Sass) into static/css/cop.css with Dart Sass, pinned and
run by npx. VENDOR.json records each input's and output's SHA-256; `check` (run by the tests)
compares the files with it, so a hand edit of a built file or a forgotten rebuild fails.

Only `build` needs the network and Node; the product serves the committed files.
"""

import base64
import hashlib
import io
import json
import shutil
import subprocess
import sys
import tarfile
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
STATIC = BASE_DIR / "static"
VENDOR_DIR = STATIC / "vendor" / "govuk-frontend"
MANIFEST = VENDOR_DIR / "VENDOR.json"
SOURCE_SCSS = STATIC / "scss" / "cop.scss"
BUILT_CSS = STATIC / "css" / "cop.css"
CACHE = BASE_DIR / ".data" / "npm"

GOVUK_FRONTEND = "govuk-frontend"
GOVUK_VERSION = "6.6.0"
# `npm view govuk-frontend@6.6.0 dist.integrity`
GOVUK_INTEGRITY = ("sha512-xctkWrQvLnvQt7fyjQ3MGX9S0wz0x0RQuLxCeoXF+s8EjGICG81/DYQGKN5qgO+0KVT12"
                   "UAaRwUsGY6fulRcRg==")
SASS_VERSION = "1.108.2"
# Files copied from the package, as (path in the tarball, name in VENDOR_DIR).
COPIED = (
    ("package/dist/govuk/govuk-frontend.min.js", "govuk-frontend.min.js"),
)


def npm_tarball(name: str, version: str, integrity: str) -> bytes:
    """The package's tarball, its integrity checked, cached under .data/npm/."""
    cached = CACHE / f"{name}-{version}.tgz"
    if cached.exists():
        tarball = cached.read_bytes()
    else:
        url = f"https://registry.npmjs.org/{name}/-/{name}-{version}.tgz"
        with urllib.request.urlopen(url, timeout=60) as response:
            tarball = response.read()
    algorithm, expected = integrity.split("-", 1)
    actual = base64.b64encode(hashlib.new(algorithm, tarball).digest()).decode()
    if actual != expected:
        raise ValueError(f"{name}@{version}: tarball integrity mismatch ({actual})")
    if not cached.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        cached.with_suffix(".part").write_bytes(tarball)
        cached.with_suffix(".part").replace(cached)
    return tarball


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tracked() -> dict[str, Path]:
    files = {"scss/cop.scss": SOURCE_SCSS, "css/cop.css": BUILT_CSS}
    for _, name in COPIED:
        files[f"vendor/govuk-frontend/{name}"] = VENDOR_DIR / name
    return files


def build() -> None:
    tarball = npm_tarball(GOVUK_FRONTEND, GOVUK_VERSION, GOVUK_INTEGRITY)
    unpacked = CACHE / f"{GOVUK_FRONTEND}-{GOVUK_VERSION}"
    if unpacked.exists():
        shutil.rmtree(unpacked)
    with tarfile.open(fileobj=io.BytesIO(tarball), mode="r:gz") as tar:
        tar.extractall(unpacked, filter="data")
    VENDOR_DIR.mkdir(parents=True, exist_ok=True)
    for source, name in COPIED:
        shutil.copyfile(unpacked / source, VENDOR_DIR / name)
    subprocess.run(
        ["npx", "--yes", f"sass@{SASS_VERSION}", "--style=compressed", "--no-source-map",
         "--quiet-deps", f"--load-path={unpacked / 'package' / 'dist'}",
         str(SOURCE_SCSS), str(BUILT_CSS)],
        check=True,
    )
    manifest = {
        "package": f"{GOVUK_FRONTEND}@{GOVUK_VERSION}",
        "integrity": GOVUK_INTEGRITY,
        "sass": SASS_VERSION,
        "sha256": {name: sha256(path) for name, path in _tracked().items()},
    }
    MANIFEST.write_text(json.dumps(manifest, indent=2) + "\n")


def check() -> list[str]:
    """What differs between the built files and VENDOR.json (nothing, when all is well)."""
    recorded = json.loads(MANIFEST.read_text())
    problems = []
    if recorded["package"] != f"{GOVUK_FRONTEND}@{GOVUK_VERSION}":
        problems.append(f"VENDOR.json is for {recorded['package']}: run `make frontend`")
    for name, path in _tracked().items():
        if not path.exists() or sha256(path) != recorded["sha256"].get(name):
            problems.append(f"static/{name} differs from VENDOR.json: run `make frontend`")
    return problems


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "build":
        build()
    problems = check()
    print("\n".join(problems) or "front end: built files match VENDOR.json")
    sys.exit(1 if problems else 0)
