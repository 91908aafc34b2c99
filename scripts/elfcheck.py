"""What check-runpath.py and check-needed.py share: reading a program's dynamic section, the
self-test that proves a check catches what it should (probe programs built with chosen linker
flags), and the command line."""
import os
import subprocess
import sys
import tempfile


def dynamic_entries(path, tag):
    """The values of the dynamic section's `tag` entries ("NEEDED", "RUNPATH"…), from readelf."""
    done = subprocess.run(["readelf", "-d", path], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"cannot read {path}: {done.stderr.strip() or 'readelf failed'}")
    out = done.stdout
    return [line.split("[", 1)[1].rsplit("]", 1)[0]
            for line in out.splitlines() if f"({tag})" in line]


def self_test(cxx, cases, problems, passed_text):
    """Builds `int main() {}` once per {linker flags: whether problems() must object} case."""
    with tempfile.TemporaryDirectory() as tmp:
        source = os.path.join(tmp, "main.cpp")
        with open(source, "w") as f:
            f.write("int main() { return 0; }\n")
        exe = os.path.join(tmp, "probe")
        for flags, should_fail in cases:
            subprocess.run([cxx, source, "-o", exe] + flags, check=True)
            found = problems(exe)
            if bool(found) != should_fail:
                print(f"self-test: {flags}: expected {'a problem' if should_fail else 'none'}, "
                      f"got {found}")
                return 1
    print(f"self-test: {passed_text}")
    return 0


def report(paths, problems, passed_text):
    """Prints every problem of every program; 1 if there was one, else 0."""
    bad = [p for path in paths for p in problems(path)]
    for p in bad:
        print(p)
    if not bad:
        print(f"{len(paths)} program(s): {passed_text}")
    return 1 if bad else 0


def usage(doc):
    print(doc)
    return 2


def run(main):
    sys.exit(main(sys.argv))
