#!/usr/bin/env python3
"""Cross-checks a pack's `sql` and `regex` exercises outside tutor, with Python's sqlite3 and re.

Usage: scripts/check-run-examples.py PACK_DIR...

For every sql exercise: the fixture loads, the solution runs, every `examples: accept` query gives
the solution's result and every `reject` query gives another result or an error. Results are
compared as tutor does: a multiset of rows (a list when `ordered: true`), columns by position in
any order unless `columns: true` (then names and order count too), numbers within `tolerance`.
Ordered solutions are also run with PRAGMA reverse_unordered_selects to catch ties that make the
expected order depend on SQLite's plan. Change-mode exercises compare the `check:` query's result,
or every table of the fixture.

For every regex exercise (Python's re stands in for java.util.regex: fine for the features taught,
[] {} ? * + | () ^ $ \\b \\d): the solution matches `match` and `hidden_match` and none of `reject`
and `hidden_reject`, whole string or find as `mode` says; accepted patterns do the same; rejected
ones fail somewhere or do not compile.

An author's tool, independent of tutor's grader: `tutor pack test` is the real check.
Exit code 0 when everything holds, 1 otherwise.
"""
import glob
import itertools
import os
import re
import sqlite3
import sys

import yaml

failures = []
counts = {"sql": 0, "regex": 0, "accept": 0, "reject": 0}


def fail(where, message):
    failures.append(f"{where}: {message}")


def load_fixture(pack_dir, fixtures, name):
    path = os.path.join(pack_dir, fixtures[name])
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.executescript(open(path, encoding="utf-8").read())
    return db


# As tutor's sandbox (tutor.run.SqlSandbox): statements a query exercise refuses, and statements
# no exercise runs.
CHANGES = {"INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER", "REINDEX", "ANALYZE"}
NEVER = {"ATTACH", "DETACH", "PRAGMA", "VACUUM", "BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE",
         "EXPLAIN"}


def first_word(sql):
    text = re.sub(r"--[^\n]*", "", sql)
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S).strip().lstrip("(").strip()
    return text.split(None, 1)[0].upper() if text else ""


def table_names(db):
    return [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def run(pack_dir, fixtures, ex, sql, reverse=False):
    """Returns (column names, rows) of the query's result, or of the check after a change."""
    db = load_fixture(pack_dir, fixtures, ex["fixture"])
    tables = table_names(db)
    db.execute("PRAGMA foreign_keys = ON")
    if reverse:
        db.execute("PRAGMA reverse_unordered_selects = ON")
    mode = ex.get("mode", "query")
    word = first_word(sql)
    if mode == "query":
        if word in CHANGES or word in NEVER or not word:
            raise sqlite3.Error(f"not a query: starts with {word}")
        db.execute("PRAGMA query_only = ON")
        cur = db.execute(sql)
        rows = cur.fetchall()
        return [d[0] for d in cur.description], rows
    if word in NEVER:
        raise sqlite3.Error(f"{word} is not run")
    db.execute(sql)  # as tutor does, a query here runs and changes nothing
    if ex.get("check"):
        cur = db.execute(ex["check"])
        return [d[0] for d in cur.description], cur.fetchall()
    result = {}
    for t in tables:
        cur = db.execute(f'SELECT * FROM "{t}"')
        result[t] = ([d[0] for d in cur.description], cur.fetchall())
    return TABLES, result


TABLES = ["(every table)"]


def same_value(a, b, tol):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) \
            and not isinstance(a, bool) and not isinstance(b, bool):
        return abs(a - b) <= tol
    return a == b


def same_rows(xs, ys, tol, ordered):
    if len(xs) != len(ys):
        return False
    if ordered:
        return all(all(same_value(a, b, tol) for a, b in zip(x, y)) for x, y in zip(xs, ys))
    left = list(ys)
    for x in xs:
        for i, y in enumerate(left):
            if all(same_value(a, b, tol) for a, b in zip(x, y)):
                del left[i]
                break
        else:
            return False
    return True


def same_result(expected, actual, ex):
    tol = float(ex.get("tolerance", 0))
    ordered = ex.get("ordered", False)
    (ecols, erows), (acols, arows) = expected, actual
    if ecols is TABLES:
        return erows.keys() == arows.keys() and all(
            erows[t][0] == arows[t][0] and same_rows(erows[t][1], arows[t][1], tol, False) for t in erows)
    if len(ecols) != len(acols):
        return False
    if ex.get("columns", False):
        if [c.lower() for c in ecols] != [c.lower() for c in acols]:
            return False
        return same_rows(erows, arows, tol, ordered)
    n = len(ecols)
    perms = itertools.permutations(range(n)) if n <= 6 else [tuple(range(n))]
    for perm in perms:
        if same_rows(erows, [tuple(r[i] for i in perm) for r in arows], tol, ordered):
            return True
    return False


def show(result):
    cols, rows = result
    if cols is TABLES:
        return "tables " + ", ".join(f"{t}: {len(r[1])} rows" for t, r in rows.items())
    return f"{cols} {rows[:4]}{' ...' if len(rows) > 4 else ''} ({len(rows)} rows)"


def check_sql(pack_dir, fixtures, ex, where):
    counts["sql"] += 1
    if ex.get("fixture") not in fixtures:
        fail(where, f"unknown fixture {ex.get('fixture')!r}")
        return
    try:
        expected = run(pack_dir, fixtures, ex, ex["solution"])
    except sqlite3.Error as e:
        fail(where, f"the solution fails: {e}")
        return
    if ex.get("mode", "query") == "query" and not expected[1]:
        fail(where, "the solution returns no rows")
    if ex.get("ordered"):
        if expected != run(pack_dir, fixtures, ex, ex["solution"], reverse=True):
            fail(where, "ordered, but the solution's order has ties (differs with reverse_unordered_selects)")
    examples = ex.get("examples") or {}
    for sql in examples.get("accept", []):
        counts["accept"] += 1
        try:
            actual = run(pack_dir, fixtures, ex, sql)
        except sqlite3.Error as e:
            fail(where, f"accept example fails: {e}: {sql}")
            continue
        if not same_result(expected, actual, ex):
            fail(where, f"accept example gives another result: {sql}\n    expected {show(expected)}\n"
                        f"    got      {show(actual)}")
    for sql in examples.get("reject", []):
        counts["reject"] += 1
        try:
            actual = run(pack_dir, fixtures, ex, sql)
        except (sqlite3.Error, sqlite3.Warning):
            continue
        if same_result(expected, actual, ex):
            fail(where, f"reject example gives the solution's result: {sql}")


def regex_passes(pattern, ex):
    flags = re.IGNORECASE if ex.get("ignore_case") else 0
    try:
        compiled = re.compile(pattern.strip(), flags)  # tutor strips a typed pattern, as a line read from a terminal
    except re.error:
        return False
    hit = compiled.fullmatch if ex.get("mode", "whole") == "whole" else compiled.search
    good = ex.get("match", []) + ex.get("hidden_match", [])
    bad = ex.get("reject", []) + ex.get("hidden_reject", [])
    return all(hit(s) for s in good) and not any(hit(s) for s in bad)


def check_regex(ex, where):
    counts["regex"] += 1
    if not regex_passes(ex["solution"], ex):
        fail(where, "the solution does not pass its own lists")
    examples = ex.get("examples") or {}
    for p in examples.get("accept", []):
        counts["accept"] += 1
        if not regex_passes(p, ex):
            fail(where, f"accept example fails: {p}")
    for p in examples.get("reject", []):
        counts["reject"] += 1
        if regex_passes(p, ex):
            fail(where, f"reject example passes: {p}")


def check_pack(pack_dir):
    manifest = yaml.safe_load(open(os.path.join(pack_dir, "pack.yaml"), encoding="utf-8"))
    fixtures = manifest.get("fixtures") or {}
    globs = manifest.get("exercises", ["exercises/*.yaml"])
    files = sorted({f for g in globs for f in glob.glob(os.path.join(pack_dir, g), recursive=True)})
    for f in files:
        for ex in (yaml.safe_load(open(f, encoding="utf-8")) or {}).get("exercises", []):
            where = f"{f}: {ex.get('id')}"
            if ex.get("type") == "sql":
                check_sql(pack_dir, fixtures, ex, where)
            elif ex.get("type") == "regex":
                check_regex(ex, where)


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    for pack_dir in argv[1:]:
        check_pack(pack_dir)
    for f in failures:
        print(f)
    print(f"{counts['sql']} sql and {counts['regex']} regex exercises, {counts['accept']} accept and "
          f"{counts['reject']} reject examples: {len(failures)} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
