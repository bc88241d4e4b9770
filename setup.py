"""Build hook: the extractor rule files live in the repository's top-level
``extractors/`` directory (where a reader looks for them) and ship inside the
package, as ``convention_parser/extractors/*.toml``. Everything else is in
pyproject.toml. A checkout or an editable install reads ``extractors/`` in place
(``rules.extractors_dir``)."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

RULES = Path(__file__).resolve().parent / "extractors"


class build_py_with_rules(build_py):
    def run(self):
        super().run()
        if self.editable_mode:      # the package reads extractors/ in the checkout
            return
        target = Path(self.build_lib) / "convention_parser" / "extractors"
        target.mkdir(parents=True, exist_ok=True)
        for toml in sorted(RULES.glob("*.toml")):
            shutil.copy2(toml, target / toml.name)


setup(cmdclass={"build_py": build_py_with_rules})
