"""Vendors the front-end packages rtes-kg ships or tests with, at pinned versions, from the npm registry.

    python3 scripts/vendor_assets.py            # fetch, check, copy; rewrite VENDOR.md beside each copy
    python3 scripts/vendor_assets.py --check    # only check the copies against VENDOR.md

`npm pack NAME@VERSION` downloads the package's tarball; its sha512 must be the one pinned here
(npm's "integrity"), so that a republished or tampered tarball is refused. The files listed are
copied into a folder named after the version, and VENDOR.md records the package, its version, its
licence, the tarball's sha512 and each file's sha256. Nothing is loaded from a CDN at run time:
`rtes-kg serve` sends these copies itself (the release works offline).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PACKAGES = (
    {   # the SPARQL editor of `serve` (/sparql/ui): YASGUI, the maintained fork of Zazuko
        "name": "@zazuko/yasgui", "version": "4.6.2", "licence": "MIT",
        "source": "https://github.com/zazuko/Yasgui",
        "integrity": "sha512-Zw45KdPoAE1KRaAoxIHdQqeJxvaVG1oQdntw0hy0ktX35Zu8ZccuOLrXCLwR+GU+0xMzLw8Mjw6BkSZV2vUuQw==",
        "files": {"package/build/yasgui.min.js": "yasgui.min.js",
                  "package/build/yasgui.min.css": "yasgui.min.css",
                  "package/package.json": "package.json"},
        "target": "src/rtes_kg/static/vendor/yasgui-4.6.2",
        "note": "The bundle includes its dependencies (CodeMirror, DataTables, DOMPurify, Choices.js, "
                "SortableJS…; MIT, Apache-2.0 or MPL-2.0/Apache-2.0 for DOMPurify). The tarball has no "
                "LICENSE file: its package.json says \"license\": \"MIT\".",
    },
    {   # the accessibility checker of the browser tests (tests/test_people_browser.py); not shipped
        "name": "axe-core", "version": "4.11.1", "licence": "MPL-2.0",
        "source": "https://github.com/dequelabs/axe-core",
        "integrity": "sha512-BASOg+YwO2C+346x3LZOeoovTIoTrRqEsqMa6fmfAV0P+U9mFr9NsyOEpiYvFjbc64NMrSswhV50WdXzdb/Z5A==",
        "files": {"package/axe.min.js": "axe.min.js", "package/LICENSE": "LICENSE"},
        "target": "tests/vendor/axe-core-4.11.1",
        "note": "Used by the tests only; not in the package.",
    },
)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def fetch(package: dict, scratch: Path) -> dict[str, bytes]:
    spec = f"{package['name']}@{package['version']}"
    packed = subprocess.run(["npm", "pack", spec, "--json", "--pack-destination", str(scratch)],
                            capture_output=True, text=True, check=True, cwd=scratch)
    info = json.loads(packed.stdout)[0]
    tarball = scratch / info["filename"]
    digest = "sha512-" + base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
    if digest != package["integrity"] or info["integrity"] != package["integrity"]:
        sys.exit(f"{spec}: sha512 {digest} is not the pinned {package['integrity']}; refused")
    found = {}
    with tarfile.open(tarball) as archive:
        for member, name in package["files"].items():
            extracted = archive.extractfile(member)
            if extracted is None:
                sys.exit(f"{spec}: no {member} in the tarball")
            found[name] = extracted.read()
    return found


def record(package: dict, files: dict[str, bytes]) -> str:
    lines = [f"# {package['name']} {package['version']}", "",
             f"Vendored by `scripts/vendor_assets.py` from the npm registry (`npm pack {package['name']}@"
             f"{package['version']}`). Do not edit these files: change the pinned version in the script "
             "and run it again.", "",
             f"- licence: {package['licence']}", f"- source: {package['source']}",
             f"- tarball integrity: `{package['integrity']}`", "", package["note"], "",
             "sha256 of the files:", "", "```"]
    lines += [f"{sha256(data)}  {name}" for name, data in sorted(files.items())]
    return "\n".join([*lines, "```", ""])


def check(package: dict) -> list[str]:
    target = ROOT / package["target"]
    recorded = (target / "VENDOR.md").read_text(encoding="utf-8")
    problems = []
    for name in package["files"].values():
        path = target / name
        if not path.is_file() or f"{sha256(path.read_bytes())}  {name}" not in recorded:
            problems.append(f"{path}: missing or not the vendored file")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="check the copies, fetch nothing")
    args = parser.parse_args()
    if args.check:
        problems = [problem for package in PACKAGES for problem in check(package)]
        print("\n".join(problems) or "vendored files match VENDOR.md")
        sys.exit(1 if problems else 0)
    with tempfile.TemporaryDirectory() as scratch:
        for package in PACKAGES:
            files = fetch(package, Path(scratch))
            target = ROOT / package["target"]
            target.mkdir(parents=True, exist_ok=True)
            for name, data in files.items():
                (target / name).write_bytes(data)
            (target / "VENDOR.md").write_text(record(package, files), encoding="utf-8")
            print(f"{package['name']} {package['version']} → {package['target']}")


if __name__ == "__main__":
    main()
