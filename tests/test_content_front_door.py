"""Content has one front door: the conversation reads ``content`` and nothing below it."""

from __future__ import annotations

import ast
from pathlib import Path

from skill import content

CONVERSATION = Path(__file__).resolve().parent.parent / "skill" / "conversation"


def _content_imports_below_the_front_door(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and (
            node.module == "content" or node.module.startswith("content.")
        ):
            found.append(f"{path.name}:{node.lineno} from {'.' * node.level}{node.module}")
    return found


def test_handlers_import_content_and_nothing_below_it():
    handlers = sorted((CONVERSATION / "handlers").glob("*.py"))
    assert handlers
    below = [hit for path in handlers for hit in _content_imports_below_the_front_door(path)]
    assert below == []


def test_every_front_door_name_is_there():
    assert [name for name in content.__all__ if not hasattr(content, name)] == []
