"""A mypy plugin: PySide6 constructors take Qt properties and signals as keywords.

`QLabel(text, objectName="status", wordWrap=True)` is how PySide6 sets properties at
construction (and `clicked=slot` connects a signal), but its stubs list only the C++
arguments, so mypy reported every such call: about half of the UI's type errors. This
plugin adds `**kwargs: Any` to the constructors of QObject subclasses (ours included),
and nothing else: positional arguments are checked as before, and an unknown property
still fails at run time, at once (PySide raises AttributeError), so the tests catch it.
Configured in pyproject.toml ([tool.mypy] plugins).
"""

from __future__ import annotations

from collections.abc import Callable

from mypy.nodes import ARG_STAR2
from mypy.plugin import FunctionSigContext, Plugin
from mypy.types import AnyType, FunctionLike, Instance, TypeOfAny, get_proper_type

QOBJECT = "PySide6.QtCore.QObject"


def _with_keywords(ctx: FunctionSigContext) -> FunctionLike:
    signature = ctx.default_signature
    returned = get_proper_type(signature.ret_type)
    if (
        not isinstance(returned, Instance)
        or not returned.type.has_base(QOBJECT)
        or ARG_STAR2 in signature.arg_kinds
    ):
        return signature
    return signature.copy_modified(
        arg_types=[*signature.arg_types, AnyType(TypeOfAny.explicit)],
        arg_kinds=[*signature.arg_kinds, ARG_STAR2],
        arg_names=[*signature.arg_names, "qt_properties"],
    )


class QtPropertiesPlugin(Plugin):
    def get_function_signature_hook(
        self, fullname: str
    ) -> Callable[[FunctionSigContext], FunctionLike] | None:
        # Called with a class's full name when the class is called (its constructor).
        return _with_keywords


def plugin(version: str) -> type[Plugin]:
    return QtPropertiesPlugin
