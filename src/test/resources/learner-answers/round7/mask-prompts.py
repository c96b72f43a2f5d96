#!/usr/bin/env python3
"""Prints each typed exercise of a pack as a learner sees it: the prompt, a choice's options in the
pack's order, cloze gaps as ___(n), an order's items shuffled, a regex's shown strings, a query's
schema; never answers, hints, explanations, examples, variants or hidden strings. With --lessons,
each skill's lesson once, before its first exercise."""
import glob, os, random, re, sys, yaml

pack_dir = sys.argv[1]
only = sys.argv[2] if len(sys.argv) > 2 else None  # a type to keep (e.g. regex), or "!regex"
pack = yaml.safe_load(open(os.path.join(pack_dir, "pack.yaml")))
lessons = {}
def walk(o):
    if isinstance(o, dict):
        if "lesson_file" in o and "id" in o:
            lessons[o["id"]] = o["lesson_file"]
        for v in o.values(): walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
walk(pack)

def mask_cloze(text):
    out, n, i = [], 0, 0
    while True:
        j = text.find("{{", i)
        if j < 0:
            out.append(text[i:]); break
        k = text.find("}}", j + 2)
        while k + 2 < len(text) and text[k + 2] == "}":
            k += 1  # a gap ends at the last brace of a run
        out.append(text[i:j]); n += 1; out.append("___(%d)" % n); i = k + 2
    return "".join(out), n

def schema(fixture):
    path = os.path.join(pack_dir, pack.get("fixtures", {}).get(fixture, ""))
    return "\n".join(l for l in open(path) if l.upper().startswith("CREATE"))[:4000]

shown_lessons = set()
with_lessons = "--lessons" in sys.argv
for f in sorted(glob.glob(os.path.join(pack_dir, "exercises", "*.yaml"))):
    for e in yaml.safe_load(open(f))["exercises"]:
        t = e["type"]
        if t == "flashcard": continue
        if only and ((only.startswith("!") and t == only[1:]) or (not only.startswith("!") and t != only)):
            continue
        skills = e["skill"] if isinstance(e["skill"], list) else [e["skill"]]
        if with_lessons:
            for s in skills:
                if s not in shown_lessons and s in lessons:
                    shown_lessons.add(s)
                    print("=" * 30, "LESSON", s, "=" * 30)
                    print(open(os.path.join(pack_dir, lessons[s])).read())
        print("-" * 70)
        print("id:", e["id"], "| type:", t, "| skill:", ",".join(skills))
        print("prompt:", e.get("prompt", "").strip())
        if t == "choice":
            several = isinstance(e.get("correct"), list) and len(e["correct"]) > 1
            print("choose:", "several" if several else "one")
            for i, o in enumerate(e["options"], 1): print("  %d) %s" % (i, o))
        elif t == "cloze":
            text, n = mask_cloze(e["text"])
            print("text:", text, "  (%d gaps)" % n)
        elif t == "order":
            items = list(e["items"]); random.Random(e["id"]).shuffle(items)
            print("items (shuffled):")
            for o in items: print("  -", o)
        elif t == "regex":
            print("mode:", e.get("mode", "whole"), "(whole string must match)" if e.get("mode", "whole") == "whole" else "(a match anywhere, as grep finds)",
                  "| ignore_case:", e.get("ignore_case", False))
            print("should match:", e.get("match", []))
            print("should not match:", e.get("reject", []))
        elif t == "sql":
            print("mode:", e.get("mode", "query"), "| fixture:", e.get("fixture"))
