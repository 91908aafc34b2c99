#!/usr/bin/env python3
"""Fails when a program needs, at every start, a library it only uses for one feature.

Libraries named here are loaded at run time by the code that needs them: OpenSSL (libssl,
libcrypto) for rediss:// only, libpq through Qt's PostgreSQL plugin only. Each one linked
directly would be mapped and relocated at every start (milliseconds of the cold start), also
for the many users of the default SQLite catalogue and memory cache.

    check-needed.py --not LIB[,LIB...] FILE...   fail if a FILE has a DT_NEEDED on a LIB
    check-needed.py --self-test CXX              prove the check catches one (builds a probe)
"""
import elfcheck


def problems(path, forbidden):
    return [f"{path}: needs {lib} at every start"
            for lib in elfcheck.dynamic_entries(path, "NEEDED") if lib in forbidden]


def main(argv):
    if len(argv) == 3 and argv[1] == "--self-test":
        return elfcheck.self_test(argv[2],
                                  [(["-Wl,--no-as-needed", "-lssl"], True), ([], False)],
                                  lambda exe: problems(exe, {"libssl.so.3"}),
                                  "a program linked with libssl is caught, one without it passes")
    if len(argv) < 4 or argv[1] != "--not":
        return elfcheck.usage(__doc__)
    forbidden = set(argv[2].split(","))
    return elfcheck.report(argv[3:], lambda path: problems(path, forbidden),
                           f"none of {', '.join(sorted(forbidden))} is loaded at start")


if __name__ == "__main__":
    elfcheck.run(main)
