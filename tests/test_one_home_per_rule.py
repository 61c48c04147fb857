"""Each rule of docs/PERMISSIONS.md has one home, its app's permissions.py ("Where each rule
lives"): app code outside those modules never tests the facilitator role or the site-wide
roles itself, and templates ask the `is_facilitator` filter. A copy made elsewhere fails
here with where it is and what to call instead."""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APPS = sorted(p.parent for p in ROOT.glob("*/apps.py")) + [ROOT / "cop"]

FACILITATOR_HOME = ("members.permissions: is_facilitator(membership, community_id), "
                    "require_facilitator(...), facilitator_memberships()")
SITE_ROLE_HOME = "members.permissions: is_evaluator(user), is_site_admin(user)"
LOOKUPS = {"filter", "exclude", "get", "Q"}
CONDITIONS = (ast.BoolOp, ast.UnaryOp, ast.Compare, ast.If, ast.IfExp, ast.While, ast.Assert)


def _is_facilitator_role(node) -> bool:
    """`Role.FACILITATOR` or the literal "facilitator"."""
    return ((isinstance(node, ast.Attribute) and node.attr == "FACILITATOR"
             and isinstance(node.value, ast.Name) and node.value.id == "Role")
            or (isinstance(node, ast.Constant) and node.value == "facilitator"))


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def copies_in(source: str) -> list[tuple[int, str]]:
    """(line, what to call instead) for each rule checked outside its home."""
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and any(
                _is_facilitator_role(side) for side in [node.left, *node.comparators]):
            found.append((node.lineno, FACILITATOR_HOME))
        elif isinstance(node, ast.Call) and _call_name(node) in LOOKUPS and any(
                (k.arg == "role" or (k.arg or "").endswith("__role"))
                and _is_facilitator_role(k.value) for k in node.keywords):
            found.append((node.lineno, FACILITATOR_HOME))
        elif isinstance(node, ast.Attribute) and node.attr == "is_facilitator" and not (
                isinstance(node.value, ast.Name) and node.value.id.endswith("permissions")):
            found.append((node.lineno, FACILITATOR_HOME))
        elif (isinstance(node, ast.Attribute) and node.attr in ("is_evaluator", "is_superuser")
              and isinstance(node.ctx, ast.Load)
              and not (isinstance(node.value, ast.Name) and node.value.id.endswith("permissions"))
              and isinstance(parents.get(node), CONDITIONS)):
            found.append((node.lineno, SITE_ROLE_HOME))
    return found


def test_the_check_finds_each_kind_of_copy():
    source = "\n".join([
        "a = membership.role == Role.FACILITATOR",
        "b = Membership.objects.filter(community=c, role='facilitator')",
        "c = Q(memberships__role=Role.FACILITATOR)",
        "d = membership.is_facilitator",
        "e = user.is_evaluator or user.is_superuser",
        # Not copies: the rules themselves, setting a role, showing a stored flag.
        "f = permissions.is_facilitator(membership, case.community_id)",
        "membership.role = Role.FACILITATOR",
        "g = {'is_evaluator': user.is_evaluator}",
        "h = member_permissions.is_evaluator(user) or permissions.is_site_admin(user)",
    ])
    assert [line for line, _ in copies_in(source)] == [1, 2, 3, 4, 5, 5]


def test_app_code_checks_roles_only_through_the_permissions_modules():
    copies = []
    for app in APPS:
        for path in sorted(app.rglob("*.py")):
            if "migrations" in path.parts or path.name == "permissions.py":
                continue
            copies += [f"{path.relative_to(ROOT)}:{line}: call {home}"
                       for line, home in copies_in(path.read_text())]
    assert not copies, "A rule checked outside its home:\n" + "\n".join(copies)


def test_templates_ask_the_is_facilitator_filter():
    """A membership has no `is_facilitator` attribute: in a template it would be quietly
    false, so every facilitator would lose their links."""
    copies = [f"{path.relative_to(ROOT)}:{number}"
              for path in sorted(ROOT.glob("**/templates/**/*.html"))
              if ".venv" not in path.parts
              for number, line in enumerate(path.read_text().splitlines(), 1)
              if re.search(r"\.is_facilitator\b", line)]
    assert not copies, ("Use {% load members %}{% if membership|is_facilitator %}:\n"
                        + "\n".join(copies))
