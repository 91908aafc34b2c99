#!/usr/bin/env python3
"""Fails when a program would look for shared libraries somewhere a neighbour controls.

An empty or relative RPATH/RUNPATH entry makes the dynamic loader search the *current
directory* (an empty entry) or a path relative to it, before the system's directories: anyone
who can write a file where the user starts the program could hand it their own libQt6Core.so.6.
Only absolute entries and $ORIGIN-based ones are accepted.

    check-runpath.py FILE...          check these executables
    check-runpath.py --self-test CXX  prove the check catches an empty entry (builds one)
"""
import elfcheck


def search_paths(path):
    return [(kind, value) for kind in ("RPATH", "RUNPATH")
            for value in elfcheck.dynamic_entries(path, kind)]


def problems(path):
    bad = []
    for kind, value in search_paths(path):
        for entry in value.split(":"):
            if entry == "":
                bad.append(f"{path}: {kind} {value!r} has an empty entry (the current directory)")
                break
            if not entry.startswith("/") and not entry.startswith("$ORIGIN"):
                bad.append(f"{path}: {kind} entry {entry!r} is relative to the current directory")
    return bad


def main(argv):
    if len(argv) == 3 and argv[1] == "--self-test":
        cases = [([flag, "-Wl,--enable-new-dtags"], should_fail) for flag, should_fail in
                 (("-Wl,-rpath,::/usr/lib", True), ("-Wl,-rpath,lib", True),
                  ("-Wl,-rpath,/usr/lib", False), ("-Wl,-rpath,$ORIGIN/../lib", False))]
        return elfcheck.self_test(argv[2], cases, problems,
                                  "empty and relative entries are caught, absolute and $ORIGIN "
                                  "ones pass")
    if len(argv) < 2:
        return elfcheck.usage(__doc__)
    return elfcheck.report(argv[1:], problems, "no library search path a neighbour controls")


if __name__ == "__main__":
    elfcheck.run(main)
