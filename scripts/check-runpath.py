#!/usr/bin/env python3
"""Fails when a program would look for shared libraries somewhere a neighbour controls.

An empty or relative RPATH/RUNPATH entry makes the dynamic loader search the *current
directory* (an empty entry) or a path relative to it, before the system's directories: anyone
who can write a file where the user starts the program could hand it their own libQt6Core.so.6.
Only absolute entries and $ORIGIN-based ones are accepted.

    check-runpath.py FILE...          check these executables
    check-runpath.py --self-test CXX  prove the check catches an empty entry (builds one)
"""
import os
import subprocess
import sys
import tempfile


def search_paths(path):
    out = subprocess.run(["readelf", "-d", path], check=True, capture_output=True,
                         text=True).stdout
    found = []
    for line in out.splitlines():
        if "(RPATH)" in line or "(RUNPATH)" in line:
            kind = "RPATH" if "(RPATH)" in line else "RUNPATH"
            value = line.split("[", 1)[1].rsplit("]", 1)[0]
            found.append((kind, value))
    return found


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


def self_test(cxx):
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "main.cpp")
        with open(source, "w") as f:
            f.write("int main() { return 0; }\n")
        cases = {"-Wl,-rpath,::/usr/lib": True, "-Wl,-rpath,lib": True,
                 "-Wl,-rpath,/usr/lib": False, "-Wl,-rpath,$ORIGIN/../lib": False}
        for flag, should_fail in cases.items():
            exe = os.path.join(tmp, "probe")
            subprocess.run([cxx, source, "-o", exe, flag, "-Wl,--enable-new-dtags"], check=True)
            found = problems(exe)
            if bool(found) != should_fail:
                print(f"self-test: {flag}: expected {'a problem' if should_fail else 'none'}, "
                      f"got {found}")
                return 1
    print("self-test: empty and relative entries are caught, absolute and $ORIGIN ones pass")
    return 0


def main(argv):
    if len(argv) == 3 and argv[1] == "--self-test":
        return self_test(argv[2])
    if len(argv) < 2:
        print(__doc__)
        return 2
    bad = [p for path in argv[1:] for p in problems(path)]
    for p in bad:
        print(p)
    if not bad:
        print(f"{len(argv) - 1} program(s): no library search path a neighbour controls")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
