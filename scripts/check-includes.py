#!/usr/bin/env python3
"""Checks that every room includes and links only the rooms it may (docs/architecture.md, "Rooms").

The rules are the one table of the "Rooms" section of docs/architecture.md (columns: room,
may include). This script reads that table and

  * scans every `#include "room/..."` in app/*/, ui/ and tests/: a file in app/ROOM belongs to
    ROOM, everything under ui/ to the room ui (its folders debug/, i18n/, mainwindow/,
    catalogue/, settings/, widgets/ are include prefixes of that one room), a test under
    tests/app/ROOM to ROOM, tests/ui to ui, and other test folders (tests/support,
    tests/app/faults, ...) to their own row of the table;
  * parses the CMakeLists.txt of app/, ui/ and tests/: each room library (pm_add_room ...
    LINKS, target_link_libraries of pm_<room>) and each test (pm_add_test ... LIBS, and
    target_link_libraries in a test folder) may link only the libraries of rooms its row allows;
    a test support library (pm_test_*) counts as the rooms it links.

Prints `file:line: room X may not include room Y (docs/architecture.md, "Rooms")` for each
violation and exits 1; exits 0 when the tree is clean. --root DIR checks another copy of the tree.
"""

import argparse
import os
import re
import sys

RULES_DOC = "docs/architecture.md"
CITE = '(docs/architecture.md, "Rooms")'
# ui is one room made of these folders; each is an include prefix ("mainwindow/mainwindow.h").
UI_FOLDERS = ("debug", "i18n", "mainwindow", "catalogue", "settings", "widgets")
SOURCE_SUFFIXES = (".h", ".cpp")
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"/]+)/[^"]*"')


def read_rules(root):
    """The table of the "Rooms" section: {room or folder: set of rooms it may include}."""
    path = os.path.join(root, RULES_DOC)
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    rules = {}
    in_section = False
    in_table = False
    for line in lines:
        if line.startswith("## "):
            if in_section and rules:
                break
            in_section = line.strip() == "## Rooms"
            continue
        if not in_section:
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith("|") else None
        if cells is None:
            if in_table:
                break
            continue
        if not in_table:
            if [c.lower() for c in cells[:2]] != ["room", "may include"]:
                continue
            in_table = True
            continue
        if set(cells[0]) <= set("-: "):
            continue  # the separator row
        name = cells[0].strip("`")
        allowed = set(re.findall(r"`([^`]+)`", cells[1])) if len(cells) > 1 else set()
        rules[name] = allowed
    if not rules:
        sys.exit(f"{RULES_DOC}: no table 'room | may include' in the section \"## Rooms\"")
    return rules


def rooms_of(rules):
    """The rooms proper (rows that are not a folder path)."""
    return {name for name in rules if "/" not in name}


def owner_of(relpath, rules):
    """The row of the table that governs a file, or None if none does."""
    parts = relpath.split("/")
    if parts[0] == "app" and len(parts) > 2:
        return parts[1]
    if parts[0] == "ui":
        return "ui"
    if parts[0] == "tests" and len(parts) > 2:
        folder = "/".join(parts[:3]) if parts[1] == "app" else "/".join(parts[:2])
        if folder in rules:
            return folder
        name = parts[2] if parts[1] == "app" else parts[1]
        if name in rooms_of(rules):
            return name
        return folder
    return None


def included_room(prefix, rules):
    if prefix in UI_FOLDERS:
        return "ui"
    if prefix in rooms_of(rules):
        return prefix
    return None


def allows(rules, owner, room):
    if owner == room:
        return True
    return room in rules.get(owner, set())


def check_includes(root, rules):
    problems = []
    for top in ("app", "ui", "tests"):
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames.sort()
            for name in sorted(filenames):
                if not name.endswith(SOURCE_SUFFIXES):
                    continue
                full = os.path.join(dirpath, name)
                rel = os.path.relpath(full, root).replace(os.sep, "/")
                owner = owner_of(rel, rules)
                if owner is None:
                    continue
                if owner not in rules:
                    problems.append(f"{rel}:1: {owner} has no row in the table {CITE}")
                    continue
                with open(full, encoding="utf-8", errors="replace") as f:
                    for number, line in enumerate(f, 1):
                        m = INCLUDE.match(line)
                        if not m:
                            continue
                        room = included_room(m.group(1), rules)
                        if room and not allows(rules, owner, room):
                            problems.append(
                                f"{rel}:{number}: room {owner} may not include room {room} {CITE}")
    return problems


def cmake_calls(text, command):
    """(line, [arguments]) of every call of `command` in a CMakeLists text."""
    text = re.sub(r"#[^\n]*", lambda m: " " * len(m.group(0)), text)  # comments, keeping lines
    for m in re.finditer(r"\b" + command + r"\s*\(", text):
        depth, i = 1, m.end()
        while i < len(text) and depth:
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            i += 1
        body = text[m.end():i - 1]
        yield text.count("\n", 0, m.start()) + 1, re.findall(r'"[^"]*"|\S+', body)


def section(args, keyword, keywords):
    """The arguments after `keyword` up to the next keyword of `keywords`."""
    out, on = [], False
    for a in args:
        if a in keywords:
            on = a == keyword
        elif on:
            out.append(a)
    return out


LIBRARY = re.compile(r"^pm_[a-z_]+$")
ROOM_KEYWORDS = {"SOURCES", "LINKS"}
TEST_KEYWORDS = {"SOURCES", "LIBS", "LABELS", "FIXTURES", "ENVIRONMENT", "TIMEOUT", "GUI", "MOUNTS"}
LINK_SCOPES = {"PUBLIC", "PRIVATE", "INTERFACE"}


def cmake_files(root):
    for top in ("app", "ui", "tests"):
        for dirpath, dirnames, filenames in os.walk(os.path.join(root, top)):
            dirnames.sort()
            if "CMakeLists.txt" in filenames:
                full = os.path.join(dirpath, "CMakeLists.txt")
                yield os.path.relpath(full, root).replace(os.sep, "/"), full


def check_links(root, rules):
    rooms = rooms_of(rules)
    problems = []
    files = []
    for rel, full in cmake_files(root):
        with open(full, encoding="utf-8") as f:
            files.append((rel, f.read()))

    # What each test support library stands for: the rooms it links.
    support_rooms = {}
    for rel, text in files:
        for _, args in cmake_calls(text, "target_link_libraries"):
            if args and args[0].startswith("pm_test_"):
                links = {a[3:] for a in args[1:] if LIBRARY.match(a) and a[3:] in rooms}
                support_rooms.setdefault(args[0], set()).update(links)

    def rooms_linked(libs):
        out = []
        for lib in libs:
            if lib in support_rooms:
                out += sorted(support_rooms[lib])
            elif LIBRARY.match(lib) and lib[3:] in rooms:
                out.append(lib[3:])
        return out

    for rel, text in files:
        folder_owner = owner_of(rel, rules)
        links = []  # (line, owner, libraries)
        for line, args in cmake_calls(text, "pm_add_room"):
            if args:
                links.append((line, args[0][3:], section(args, "LINKS", ROOM_KEYWORDS)))
        for line, args in cmake_calls(text, "pm_add_test"):
            links.append((line, folder_owner, section(args, "LIBS", TEST_KEYWORDS)))
        for line, args in cmake_calls(text, "target_link_libraries"):
            if not args:
                continue
            target = args[0]
            libs = [a for a in args[1:] if a not in LINK_SCOPES]
            if LIBRARY.match(target) and target[3:] in rooms:
                links.append((line, target[3:], libs))
            elif folder_owner is not None:
                links.append((line, folder_owner, libs))
        for line, owner, libs in links:
            if owner is None:
                continue
            for room in rooms_linked(libs):
                if not allows(rules, owner, room):
                    problems.append(
                        f"{rel}:{line}: room {owner} may not include room {room} (links pm_{room}) {CITE}")
    return problems


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
    root = os.path.abspath(parser.parse_args().root)
    rules = read_rules(root)
    problems = check_includes(root, rules) + check_links(root, rules)
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} violation(s) of the room rules {CITE}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
