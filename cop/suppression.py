"""Small-number suppression: which published counts to hide so that no number under a
threshold can be shown or worked out from the totals. A pure function, used by the system
barriers report (casework/barrier_report.py) and the evaluation's results
(evaluation/dashboard.py)."""

from collections.abc import Hashable, Iterable, Mapping, Sequence

# The keys that add up to a total, and the total's key.
Line = tuple[Sequence[Hashable], Hashable]


def suppress(values: Mapping[Hashable, int],
             lines: Iterable[Line],
             threshold: int) -> set[Hashable]:
    """Which published numbers to hide so no count under `threshold` can be found out.

    `values` holds every number on the page (cells and totals) by key; `lines` says
    which numbers add up to which: `(parts, total)` for each row, column and line of
    totals. A total shared by two tables (a community's total, the grand total) is one
    key in several lines. Returns the keys to hide; nothing else is needed.

    1. Primary: every number under the threshold, 0 included.
    2. Secondary, line by line, until nothing changes: a line may not have exactly one
       hidden number (it would be its total minus the rest), and when its total is shown
       its hidden parts must add up to at least the threshold (else, say, hidden zeros
       beside a shown total are found to be zero). The smallest shown part is hidden
       next; the total only when no part is left.
    3. Audit: no hidden number may follow from combining lines either (a row plus a row
       minus two columns, say), checked by linear algebra; if one does, the
       smallest shown number on one of its lines is hidden too, and 2 runs again.

    Hidden numbers must all be shown the same way, so that nobody can tell a hidden
    count under the threshold from one hidden to protect it.
    """
    lines = [(list(parts), total) for parts, total in lines]
    order = {key: n for n, key in enumerate(values)}
    lines_of: dict[Hashable, list[Line]] = {}
    for line in lines:
        for key in (*line[0], line[1]):
            lines_of.setdefault(key, []).append(line)
    hidden = {key for key, value in values.items() if value < threshold}

    def unsafe(parts: Sequence[Hashable], total: Hashable) -> bool:
        hidden_parts = [p for p in parts if p in hidden]
        count = len(hidden_parts) + (total in hidden)
        if count == 0:
            return False
        too_little = total not in hidden and sum(values[p] for p in hidden_parts) < threshold
        return count == 1 or too_little

    def smallest(keys: Iterable[Hashable]) -> Hashable | None:
        """The smallest shown number; on a tie, one that also mends another line."""
        shown = [k for k in keys if k not in hidden]
        if not shown:
            return None
        return min(shown, key=lambda k: (values[k], -sum(unsafe(*ln) for ln in lines_of.get(k, ())),
                                         order[k]))

    def next_to_hide(parts: Sequence[Hashable], total: Hashable) -> Hashable | None:
        if not unsafe(parts, total):
            return None
        return smallest(parts) or smallest([total])

    while True:
        changed = True
        while changed:
            changed = False
            for parts, total in lines:
                key = next_to_hide(parts, total)
                if key is not None:
                    hidden.add(key)
                    changed = True
        found = _recoverable(hidden, lines, order)
        if not found:
            return hidden
        added = False
        for key in found:
            candidates = [k for parts, total in lines_of.get(key, ()) for k in (*parts, total)]
            pick = smallest(candidates) or smallest(values)
            if pick is not None:
                hidden.add(pick)
                added = True
                break
        if not added:  # everything is hidden already
            return hidden


# Row reduction modulo a large prime: fast, and exact unless the prime happens to divide
# a determinant of a 0/±1 matrix. A spurious find only hides one number more; the tests
# cross-check against plain fractions.
_PRIME = (1 << 61) - 1


def hide(values: Mapping[Hashable, int], lines: Iterable[tuple[list[Hashable], Hashable]],
         limit: int, protect: Iterable[Hashable] = (), force: Iterable[Hashable] = ()
         ) -> set[Hashable]:
    """Which numbers to hide: `suppress` (primary and secondary suppression with
    an audit by linear algebra). Zeros are left out, since a 0 may be shown, except those
    in `protect`: the zeros of a group too small to show, such as "none of the three people
    in this session chose A", which are hidden and protected like any small count.

    `force`: numbers to hide however large, with the same protection (a count of 12
    post-session responses from 4 people is computed from fewer than 5 respondents). Each
    is tied to a stand-in that is never shown and always hidden, which makes `suppress`
    hide it; the tie only adds to what the audit assumes is known, so it can only hide more."""
    protect = set(protect)
    values = dict(values)
    lines = list(lines)
    for key in force:
        stand_in = ("forced", key)
        values[stand_in] = 0
        protect.add(stand_in)
        lines.append(([key], stand_in))
    kept_keys = {key for key, value in values.items() if value or key in protect}
    counted = {key: values[key] for key in values if key in kept_keys}
    kept = [([p for p in parts if p in kept_keys], total) for parts, total in lines
            if total in kept_keys]
    return suppress(counted, kept, limit)


def _recoverable(hidden: set[Hashable], lines: Iterable[Line],
                 order: Mapping[Hashable, int]) -> list[Hashable]:
    """Hidden keys whose value follows from the shown numbers by adding and subtracting
    lines: those whose unit vector lies in the row space of the lines restricted to the
    hidden keys, read off a fully reduced row echelon form."""
    column = {key: order[key] for key in hidden}
    pivots: dict[int, dict[int, int]] = {}
    for parts, total in lines:
        row: dict[int, int] = {}
        for key in parts:
            if key in column:
                row[column[key]] = 1
        if total in column:
            row[column[total]] = _PRIME - 1
        for col in [c for c in row if c in pivots]:
            factor = row.get(col, 0)
            if factor:
                for c, v in pivots[col].items():
                    row[c] = (row.get(c, 0) - factor * v) % _PRIME
        row = {c: v for c, v in row.items() if v}
        if not row:
            continue
        col = min(row)
        inverse = pow(row[col], _PRIME - 2, _PRIME)
        row = {c: v * inverse % _PRIME for c, v in row.items()}
        for other in pivots.values():
            factor = other.get(col, 0)
            if factor:
                for c, v in row.items():
                    other[c] = (other.get(c, 0) - factor * v) % _PRIME
                for c in [c for c, v in other.items() if not v]:
                    del other[c]
        pivots[col] = row
    keys = {n: key for key, n in column.items()}
    return sorted((keys[col] for col, row in pivots.items() if len(row) == 1),
                  key=lambda key: order[key])
