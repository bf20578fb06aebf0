"""Run-time hook used instead of PyInstaller's pyi_rth_pyside6: the same set-up, but Qt's
relocation (an embedded qt.conf pointing Qt at the bundle) happens when PySide6.QtCore is first
imported, not before the program starts.

PyInstaller's own hook imports QtCore at start-up, so every command paid for Qt: Qt's libraries
loaded, and PySide6's import hook then inspected every module imported after it. That made
`copeditor --version` and `copeditor export` about a second slower than from a virtual
environment (see benchmarks/README.md). The editor imports Qt anyway and notices no difference.
"""


def _install() -> None:
    import importlib.abc
    import importlib.util
    import os
    import sys

    from _pyi_rth_utils import is_macos_app_bundle, prepend_path_to_environment_variable
    from _pyi_rth_utils import qt as qt_rth_utils

    qt_rth_utils.ensure_single_qt_bindings_package("PySide6")
    bundle = sys._MEIPASS  # type: ignore[attr-defined]
    if sys.platform.startswith("win"):
        qt_path = os.path.join(bundle, "PySide6")
        prepend_path_to_environment_variable(bundle, "PATH")
    else:
        qt_path = os.path.join(bundle, "PySide6", "Qt")
    if sys.platform == "darwin" and not is_macos_app_bundle:
        prepend_path_to_environment_variable(bundle, "DYLD_LIBRARY_PATH")
    os.environ["QT_PLUGIN_PATH"] = os.path.join(qt_path, "plugins")

    class RelocateQtOnFirstImport(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):  # type: ignore[no-untyped-def]
            if name != "PySide6.QtCore":
                return None
            sys.meta_path.remove(self)  # once only; the other finders load the module
            spec = importlib.util.find_spec(name)
            if spec is None or spec.loader is None:
                return spec
            load = spec.loader.exec_module

            def exec_module(module):  # type: ignore[no-untyped-def]
                load(module)
                qt_rth_utils.create_embedded_qt_conf("PySide6", qt_path)

            spec.loader.exec_module = exec_module  # type: ignore[method-assign]
            return spec

    sys.meta_path.insert(0, RelocateQtOnFirstImport())


_install()
del _install
