#!/usr/bin/env python3
"""Fails when a program needs, at every start, a library it only uses for one feature.

Libraries named here are loaded at run time by the code that needs them: OpenSSL (libssl,
libcrypto) for rediss:// only, libpq through Qt's PostgreSQL plugin only. Each one linked
directly would be mapped and relocated at every start (milliseconds of the cold start), also
for the many users of the default SQLite catalogue and memory cache.

    check-needed.py --not LIB[,LIB...] FILE...   fail if a FILE has a DT_NEEDED on a LIB
    check-needed.py --self-test CXX              prove the check catches one (builds a probe)
"""
import os
import subprocess
import sys
import tempfile


def needed(path):
    out = subprocess.run(["readelf", "-d", path], check=True, capture_output=True,
                         text=True).stdout
    return [line.split("[", 1)[1].rsplit("]", 1)[0]
            for line in out.splitlines() if "(NEEDED)" in line]


def problems(path, forbidden):
    return [f"{path}: needs {lib} at every start" for lib in needed(path) if lib in forbidden]


def self_test(cxx):
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "main.cpp")
        with open(source, "w") as f:
            f.write("int main() { return 0; }\n")
        exe = os.path.join(tmp, "probe")
        for flags, should_fail in ((["-Wl,--no-as-needed", "-lssl"], True), ([], False)):
            subprocess.run([cxx, source, "-o", exe] + flags, check=True)
            found = problems(exe, {"libssl.so.3"})
            if bool(found) != should_fail:
                print(f"self-test: {flags}: expected {'a problem' if should_fail else 'none'}, "
                      f"got {found}")
                return 1
    print("self-test: a program linked with libssl is caught, one without it passes")
    return 0


def main(argv):
    if len(argv) == 3 and argv[1] == "--self-test":
        return self_test(argv[2])
    if len(argv) < 4 or argv[1] != "--not":
        print(__doc__)
        return 2
    forbidden = set(argv[2].split(","))
    bad = [p for path in argv[3:] for p in problems(path, forbidden)]
    for p in bad:
        print(p)
    if not bad:
        print(f"{len(argv) - 3} program(s): none of {', '.join(sorted(forbidden))} "
              f"is loaded at start")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
