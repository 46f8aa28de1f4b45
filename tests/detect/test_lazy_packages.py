"""Specification of lazy packages: a few modules of a package imported without its ``__init__``, and the package as
it ships the moment anything else uses it."""

from __future__ import annotations

import sys
from pathlib import Path
from textwrap import dedent

import pytest

from governance_dagster.detect import lazy_packages

#: A package whose ``__init__`` imports a heavy module, a subpackage whose ``__init__`` does too, and a module that
#: names a type of another heavy package in annotations; every import with a side effect is logged.
FILES = {
    "lazylog.py": "imported = []\n",
    "lazypkg/__init__.py": """
        import lazylog
        lazylog.imported.append("lazypkg")
        from .light import Light
        from .heavy import Heavy as Weighty
        from lazypkg.sub.leaf import Leaf
        """,
    "lazypkg/light.py": "class Light:\n    pass\n",
    "lazypkg/heavy.py": "import lazylog\nlazylog.imported.append('heavy')\nclass Heavy:\n    pass\n",
    "lazypkg/sub/__init__.py": "import lazylog\nlazylog.imported.append('sub')\nfrom .leaf import Leaf\n",
    "lazypkg/sub/leaf.py": "from lazypkg import Light\nclass Leaf(Light):\n    pass\n",
    "lazypkg/annotated.py": """
        from lazydep.types import Thing
        def make() -> Thing:
            return Thing()
        def accept(thing: Thing) -> None:
            return None
        """,
    "lazydep/__init__.py": "import lazylog\nlazylog.imported.append('lazydep')\n",
    "lazydep/types.py": "class Thing:\n    pass\n",
}


@pytest.fixture
def packages(tmp_path: Path):
    """The packages above on ``sys.path``; the log module, fresh; everything removed afterwards."""
    for name, text in FILES.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(dedent(text))
    sys.path.insert(0, str(tmp_path))
    import lazylog

    yield lazylog.imported
    sys.path.remove(str(tmp_path))
    for name in [m for m in sys.modules if m.partition(".")[0] in ("lazylog", "lazypkg", "lazydep")]:
        del sys.modules[name]


def test_when_a_module_is_loaded_below_lazy_packages_then_no_package_init_runs(packages) -> None:
    with lazy_packages.resolving():
        leaf = lazy_packages.load("lazypkg.sub.leaf")
    assert packages == []  # neither lazypkg's nor lazypkg.sub's __init__, nor the heavy module
    assert leaf.Leaf.__mro__[1] is sys.modules["lazypkg.light"].Light
    assert sys.modules["lazypkg"].sub is sys.modules["lazypkg.sub"]


def test_when_a_lazy_package_lacks_a_name_outside_resolving_then_its_init_runs_once(packages) -> None:
    with lazy_packages.resolving():
        leaf = lazy_packages.load("lazypkg.sub.leaf")
    import lazypkg
    from lazypkg import Weighty

    assert packages == ["lazypkg", "heavy"]
    assert lazypkg.Leaf is leaf.Leaf and lazypkg.Light is sys.modules["lazypkg.light"].Light
    assert Weighty is sys.modules["lazypkg.heavy"].Heavy
    assert "__getattr__" not in vars(lazypkg)  # the package is what a plain import makes it
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        lazypkg.Nothing  # noqa: B018
    assert packages == ["lazypkg", "heavy"]


def test_when_names_are_resolved_then_they_come_from_the_modules_the_init_names(packages) -> None:
    with lazy_packages.resolving():
        weighty = lazy_packages.lazy_package("lazypkg").Weighty
    assert packages == ["heavy"]
    assert weighty is sys.modules["lazypkg.heavy"].Heavy


def test_when_a_module_defers_a_package_then_annotations_import_nothing_and_first_use_imports_it(packages) -> None:
    annotated = lazy_packages.load("lazypkg.annotated", defer="lazydep")
    assert "lazydep" not in sys.modules and packages == []
    assert annotated.accept(None) is None  # the annotation names a stand-in
    thing = annotated.make()
    assert packages == ["lazydep"]
    assert isinstance(thing, annotated.Thing) and type(thing) is sys.modules["lazydep.types"].Thing
    import lazypkg.light  # noqa: F401 - the module's other imports are ordinary ones

    assert "lazypkg.annotated" in sys.modules


def test_when_a_stand_in_is_probed_by_typing_then_nothing_is_imported(packages) -> None:
    from typing import Optional

    later = lazy_packages.Later("lazydep.types", "Thing")
    assert list[later] == list[later] and Optional[later] is not None
    assert "lazydep" not in sys.modules
    assert issubclass(later.resolve(), later)
