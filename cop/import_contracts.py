"""A contract type for import-linter (`[tool.importlinter]` in pyproject.toml, run by
`make lint`): an app is used from outside only through its interfaces.

import-linter's own types can forbid a list of modules, but a module added later would be
let through. This one lists what is allowed instead: a new module of an app is private to
it until it is named an interface. Only needs import-linter (a dev dependency); nothing
imports it at run time.
"""

from typing import Any, cast

import grimp
from importlinter import Contract, ContractCheck, fields, output


class InterfacesContract(Contract):
    """Modules outside each of `apps` import it only through `interfaces`: module names in
    the app, each with what is below it (`services` lets in `app.services.x` too). Only
    direct imports count: an interface may import the rest of its app."""

    type_name = "interfaces"

    apps = fields.ListField(subfield=fields.StringField())
    interfaces = fields.ListField(subfield=fields.StringField())

    def check(self, graph: grimp.ImportGraph, verbose: bool) -> ContractCheck:
        illegal: list[dict[str, Any]] = []
        for app in cast(list[str], self.apps):
            inside = {app} | graph.find_descendants(app)
            allowed = [f"{app}.{name}" for name in cast(list[str], self.interfaces)]
            for module in sorted(inside):
                if any(module == a or module.startswith(a + ".") for a in allowed):
                    continue
                for importer in sorted(graph.find_modules_that_directly_import(module) - inside):
                    details = graph.get_import_details(importer=importer, imported=module)
                    illegal.append({"importer": importer, "imported": module,
                                    "lines": [d["line_number"] for d in details]})
        return ContractCheck(kept=not illegal, metadata={"illegal": illegal})

    def render_broken_contract(self, check: ContractCheck) -> None:
        interfaces = ", ".join(cast(list[str], self.interfaces))
        output.print_error(f"Only these modules of an app may be imported from outside it: "
                           f"{interfaces}.", bold=False)
        output.new_line()
        for link in check.metadata["illegal"]:
            lines = ", ".join(map(str, link["lines"]))
            output.print_error(f"- {link['importer']} -> {link['imported']} (l.{lines})",
                               bold=False)
        output.new_line()
