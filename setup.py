"""Copies the repository's ontology, shapes, query examples and data into the wheel, as rtes_kg/_project/.

Everything else about the package is declared in pyproject.toml. These folders stay at the
repository root (they are the project's data, not its code), so no setuptools option can ship
them: ``package-data`` only reaches files under a package. An editable install needs no copy,
``rtes_kg.project`` then reads the checkout's folders.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

# Folder of the repository -> the files of it that the package reads. Keep MANIFEST.in in step:
# it puts the same files into the sdist that a wheel is built from.
SHIPPED = {
    "ontology": "*.ttl",
    "shapes": "*.ttl",
    "queries": "*.rq",
    "data/reference": "*",  # the tables and SOURCES.md, their origin and licences
    "data/fiches": "*.txt",  # the default input of `rtes-kg build`
    "data": "ids.tsv",  # their identifier ledger, beside them
}
PACKAGED = Path("rtes_kg", "_project")


class BuildWithProjectFiles(build_py):
    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return
        target = Path(self.build_lib, PACKAGED)
        # build/ outlives a build: start empty so that a file deleted from the repository leaves the wheel
        shutil.rmtree(target, ignore_errors=True)
        for folder, pattern in SHIPPED.items():
            files = sorted(path for path in Path(folder).glob(pattern) if path.is_file())
            if not files:
                raise FileNotFoundError(f"{folder}/{pattern}: nothing to ship; build from the repository root")
            self.mkpath(str(target / folder))
            for source in files:
                self.copy_file(str(source), str(target / source))


setup(cmdclass={"build_py": BuildWithProjectFiles})
