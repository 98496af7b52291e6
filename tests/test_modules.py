"""The package's modules as source: no module-level name bound twice. A second definition further down a long
module silently replaces the first for every caller (lead65 found two: a plural pattern of the headline check and
a pronoun pattern of the support check, each shadowed by a later one of the same name that read other words)."""
import ast
from collections import defaultdict
from pathlib import Path

import accord

PACKAGE = Path(accord.__file__).parent
# built in two steps on purpose: a table, then the same table filtered
TWO_STEP = {("clean/text.py", "_ASCII_KEY")}


def _bound_twice(path: Path) -> dict[str, list[int]]:
    """Each module-level name a module binds more than once (assignment, function or class), with its lines."""
    lines: dict[str, list[int]] = defaultdict(list)
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            lines[node.name].append(node.lineno)
        elif isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    lines[target.id].append(node.lineno)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            lines[node.target.id].append(node.lineno)
    return {name: at for name, at in lines.items() if len(at) > 1 and not name.startswith("__")}


def test_no_module_binds_one_name_twice() -> None:
    found = {f"{path.relative_to(PACKAGE).as_posix()}: {name} {at}"
             for path in sorted(PACKAGE.rglob("*.py"))
             for name, at in _bound_twice(path).items()
             if (path.relative_to(PACKAGE).as_posix(), name) not in TWO_STEP}
    assert not found, "bound twice (the later one silently wins): " + "; ".join(sorted(found))


def test_the_check_sees_a_second_definition(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('import re\n_P = re.compile("a")\n\n\ndef f() -> None:\n    pass\n\n\n_P = re.compile("b")\n')
    assert _bound_twice(module) == {"_P": [2, 9]}
