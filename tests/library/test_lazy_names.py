"""Names the core's packages hand out on first use (issue 15: the window and
``quotemark posts`` start without the modules behind them) are all there and
are the very objects their modules define."""

from __future__ import annotations

import subprocess
import sys

from quotemark.library import operations, service


def test_every_operation_name_comes_from_its_module() -> None:
    for name in operations.__all__:
        value = getattr(operations, name)
        assert value.__name__ == name
        assert value.__module__.startswith("quotemark.library.operations.")
        module = sys.modules[value.__module__]
        assert getattr(module, name) is value


def test_the_service_re_exports_resolve() -> None:
    for name in service.__all__:
        assert getattr(service, name) is not None


def test_asking_for_one_operation_loads_only_its_module() -> None:
    code = (
        "import sys; from quotemark.library.operations import SetPostNote; "
        "print(*(m for m in sys.modules if m.startswith('quotemark.library.operations.')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = set(done.stdout.split())
    assert "quotemark.library.operations.collections" in loaded
    assert "quotemark.library.operations.imports" not in loaded
    assert "quotemark.library.operations.body" not in loaded


def test_a_submodule_is_reached_as_an_attribute_as_before() -> None:
    code = (
        "import quotemark.library.operations as operations; "
        "print(operations.imports.ImportStatus.DUPLICATE.value)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "duplicate"
