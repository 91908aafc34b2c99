#!/usr/bin/env python3
"""The include check must be able to fail: plants one leak at a time in a copy of the tree and
asserts that scripts/check-includes.py rejects each, naming the file and both rooms."""

import os
import shutil
import subprocess
import sys
import tempfile

SOURCE = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", ".."))
CHECKER = os.path.join(SOURCE, "scripts", "check-includes.py")

# (file, text appended to it, the message the checker must print for it)
LEAKS = [
    ("app/products/x.h", '#pragma once\n#include "diagnostics/cacheinspector.h"\n',
     "app/products/x.h:2: room products may not include room diagnostics"),
    ("app/worker/productworker.cpp", '#include "mainwindow/mainwindow.h"\n',
     "app/worker/productworker.cpp:{n}: room worker may not include room ui"),
    ("app/db/database.cpp", '#include "products/product.h"\n',
     "app/db/database.cpp:{n}: room db may not include room products"),
    ("app/cli/main.cpp", '#include "worker/productworker.h"\n',
     "app/cli/main.cpp:{n}: room cli may not include room worker"),
    # The CMake side: products linking diagnostics.
    ("app/products/CMakeLists.txt", "target_link_libraries(pm_products PUBLIC pm_diagnostics)\n",
     "app/products/CMakeLists.txt:{n}: room products may not include room diagnostics (links pm_diagnostics)"),
]


def check(root):
    p = subprocess.run([sys.executable, CHECKER, "--root", root], capture_output=True, text=True)
    return p.returncode, p.stdout


def main():
    failures = 0
    with tempfile.TemporaryDirectory(prefix="pm-rooms-") as tmp:
        for top in ("app", "ui", "tests", "docs"):
            shutil.copytree(os.path.join(SOURCE, top), os.path.join(tmp, top),
                            ignore=shutil.ignore_patterns("*.png", "*.ts", ".git"))
        code, out = check(tmp)
        if code != 0:
            print("the unchanged copy already fails:\n" + out)
            return 1
        for rel, text, expected in LEAKS:
            path = os.path.join(tmp, rel)
            original = open(path, encoding="utf-8").read() if os.path.exists(path) else None
            with open(path, "a", encoding="utf-8") as f:
                f.write(text)
            line = len(((original or "") + text).splitlines())  # the planted line is the last
            want = expected.format(n=line) + ' (docs/architecture.md, "Rooms")'
            code, out = check(tmp)
            if code == 1 and want in out.splitlines():
                print(f"caught: {want}")
            else:
                print(f"NOT caught ({rel}): exit {code}, wanted {want!r}, got:\n{out}")
                failures += 1
            if original is None:
                os.remove(path)
            else:
                with open(path, "w", encoding="utf-8") as f:
                    f.write(original)
        code, out = check(tmp)
        if code != 0:
            print("the copy did not come back clean:\n" + out)
            failures += 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
