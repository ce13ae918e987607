#!/usr/bin/env python3
"""Writes the man page of posthog-console from the program's own help.

Usage: gen-manpage.py PROGRAM TEMPLATE OUTPUT VERSION DATE

Runs `PROGRAM --help`, reads the commands it lists, runs `PROGRAM VERB --help`
for each, and fills TEMPLATE's @NAME@, @SYNOPSIS@, @DESCRIPTION@, @OPTIONS@,
@COMMANDS@, @EXIT_STATUS@, @VERSION@ and @DATE@. A command added to the CLI
appears in the page without a change here.
"""

import os
import re
import subprocess
import sys


def run_help(program, *args):
    env = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8")
    env.pop("LANGUAGE", None)
    done = subprocess.run([program, *args, "--help"], env=env, capture_output=True, text=True, timeout=60)
    if done.returncode != 0 or not done.stdout.strip():
        sys.exit(f"gen-manpage: '{program} {' '.join(args)} --help' failed ({done.returncode}): {done.stderr}")
    return done.stdout


class Help:
    """One help text: usage lines, free paragraphs, and titled blocks of
    items ("Options:", "Commands:", "Exit codes:", ...), in order."""

    def __init__(self, text):
        self.usage = []          # [(form, explanation)]
        self.paragraphs = []     # free text
        self.blocks = {}         # title -> [[term, description]]
        self.order = []          # titles in the order they appear
        block = None
        in_usage = False
        for line in text.splitlines():
            if not line.strip():
                block, in_usage = None, False
                continue
            usage = re.match(r"Usage: (.*)", line)
            if usage:
                self.usage.append(self._split(usage.group(1)))
                in_usage = True
                continue
            indent = len(line) - len(line.lstrip(" "))
            if in_usage and indent > 2:
                self.usage.append(self._split(line.strip()))
                continue
            in_usage = False
            if indent == 0 and line.endswith(":"):
                block = line[:-1]
                self.blocks[block] = []
                self.order.append(block)
            elif indent == 0:
                block = None
                self.paragraphs.append(line.strip())
            elif block is None:
                self.paragraphs.append(line.strip())
            elif indent == 2 or not self.blocks[block]:
                self.blocks[block].append(list(self._split(line.strip())))
            else:
                # A wrapped description goes on under the previous item.
                self.blocks[block][-1][1] += " " + line.strip()

    @staticmethod
    def _split(text):
        parts = re.split(r" {2,}", text, maxsplit=1)
        return parts[0], parts[1] if len(parts) > 1 else ""


def esc(text):
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return re.sub(r"^([.'])", r"\\&\1", text)


def italic_args(text):
    """Upper-case placeholders and <values> in italics: [OPTIONS], <DIR>, FILE|URL|-."""
    return re.sub(r"(<[^>]+>|\b[A-Z][A-Z0-9_.|]*[A-Z0-9](?:\|\\-)?|\boptions\b)",
                  r"\\fI\1\\fR", esc(text))


def command_line(form):
    program, _, rest = form.partition(" ")
    words = program.split("/")[-1]
    verb = re.match(r"([a-z][a-z0-9-]*)(?: |$)(.*)", rest)
    if verb:
        words += " " + verb.group(1)
        rest = verb.group(2)
    return f".B {esc(words)}\n{italic_args(rest)}" if rest else f".B {esc(words)}"


def items(entries):
    out = []
    for term, description in entries:
        names, _, value = term.partition(" ")
        if names.endswith(",") and value:
            # "-h, --help": both names bold.
            names, value = term, ""
        out.append(f".TP\n\\fB{esc(names)}\\fR" + (f" {italic_args(value)}" if value else ""))
        out.append(esc(description) if description else ".")
    return "\n".join(out)


def main():
    if len(sys.argv) != 6:
        sys.exit(__doc__)
    program, template_path, output, version, date = sys.argv[1:]
    top = Help(run_help(program))
    for needed in ("Commands", "Exit codes"):
        if needed not in top.blocks:
            sys.exit(f"gen-manpage: '{program} --help' has no '{needed}:' block")
    name = os.path.basename(program)

    # The first free paragraph is the one-line description.
    summary = top.paragraphs[0].rstrip(".")
    description = [esc(p) for p in top.paragraphs]
    description.insert(1, items(top.usage))

    commands = []
    for verb, summary_line in top.blocks["Commands"]:
        sub = Help(run_help(program, verb))
        section = [f".SS {esc(verb)}", command_line(sub.usage[0][0]) if sub.usage else f".B {esc(name)} {esc(verb)}"]
        section.append(".PP\n" + esc(" ".join(sub.paragraphs) or summary_line))
        for title in sub.order:
            entries = sub.blocks[title]
            if title == "Exit codes" and entries == top.blocks["Exit codes"]:
                continue  # the same as the page's EXIT STATUS
            heading = "Exit status" if title == "Exit codes" else title
            section.append(f".PP\n{esc(heading)}:\n.RS\n{items(entries)}\n.RE")
        commands.append("\n".join(section))

    synopsis = "\n.br\n".join(command_line(f"{name} {form.partition(' ')[2]}") for form, _ in top.usage)
    values = {
        "NAME": f"{esc(name)} \\- {esc(summary)}",
        "SYNOPSIS": synopsis,
        "DESCRIPTION": "\n.PP\n".join(description),
        "OPTIONS": items(top.blocks.get("Options", [])),
        "COMMANDS": "\n".join(commands),
        "EXIT_STATUS": items(top.blocks["Exit codes"]),
        "VERSION": esc(version),
        "DATE": date,
    }
    with open(template_path, encoding="utf-8") as f:
        page = f.read()
    for key, value in values.items():
        page = page.replace(f"@{key}@", value)
    left = re.findall(r"@[A-Z_]+@", page)
    if left:
        sys.exit(f"gen-manpage: unknown placeholders in {template_path}: {' '.join(left)}")
    with open(output + ".tmp", "w", encoding="utf-8") as f:
        f.write(page)
    os.replace(output + ".tmp", output)


if __name__ == "__main__":
    main()
