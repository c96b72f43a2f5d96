#!/usr/bin/env python3
"""Prints each typed exercise of a pack as a learner sees it: the prompt, a choice's options in the
pack's order, cloze gaps as ___(n), an order's items shuffled, a regex's shown strings, a query's
fixture schema once; never answers, hints, explanations, examples, variants or hidden strings.
With --lessons, each skill's lesson and worked examples once, before its first exercise (a learner
reads them there). Usage: mask-prompts.py PACK_DIR [--only TYPE|!TYPE] [--lessons]
The one masking script of the rounds written unseen (round 9 used it as it is; rounds 7 and 8 an
earlier form, which read --lessons as a type filter and printed nothing, listed a fixture's CREATE
lines only, and said no sql exercise's `ordered:`; it is in git history as round7/mask-prompts.py)."""
import argparse, glob, os, random, sys, yaml

ap = argparse.ArgumentParser()
ap.add_argument("pack_dir")
ap.add_argument("--only")
ap.add_argument("--lessons", action="store_true")
args = ap.parse_args()
pack_dir, only = args.pack_dir, args.only
pack = yaml.safe_load(open(os.path.join(pack_dir, "pack.yaml")))
skills = {s["id"]: s for s in pack.get("skills", [])}

def mask_cloze(text):
    out, n, i = [], 0, 0
    while True:
        j = text.find("{{", i)
        if j < 0:
            out.append(text[i:]); break
        k = text.find("}}", j + 2)
        while k + 2 < len(text) and text[k + 2] == "}":
            k += 1  # a gap ends at the last brace of a run, as tutor's parser ends it
        out.append(text[i:j]); n += 1; out.append("___(%d)" % n); i = k + 2
    return "".join(out), n

def schema(fixture):
    path = os.path.join(pack_dir, pack.get("fixtures", {}).get(fixture, ""))
    text = open(path).read()
    out, keep = [], False
    for line in text.splitlines():
        if line.upper().startswith("CREATE"): keep = True
        if keep: out.append(line)
        if keep and line.rstrip().endswith(";"): keep = False
    return "\n".join(out)

shown_lessons, shown_schemas = set(), set()
for f in sorted(glob.glob(os.path.join(pack_dir, "exercises", "*.yaml"))):
    for e in yaml.safe_load(open(f))["exercises"]:
        t = e["type"]
        if t == "flashcard": continue
        if only and ((only.startswith("!") and t == only[1:]) or (not only.startswith("!") and t != only)):
            continue
        ids = e["skill"] if isinstance(e["skill"], list) else [e["skill"]]
        if args.lessons:
            for s in ids:
                if s not in shown_lessons and s in skills:
                    shown_lessons.add(s)
                    print("=" * 30, "LESSON", s, "=" * 30)
                    if "lesson_file" in skills[s]:
                        print(open(os.path.join(pack_dir, skills[s]["lesson_file"])).read())
                    for w in skills[s].get("worked_examples", []) or []:
                        print("WORKED EXAMPLE:", w.get("problem"))
                        for st in w.get("steps", []): print("   -", st)
                        print("   answer:", w.get("answer"))
        print("-" * 70)
        print("id:", e["id"], "| type:", t, "| skill:", ",".join(ids))
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
        elif t == "numeric":
            if "unit" in e: print("unit:", e["unit"])
        elif t == "regex":
            mode = e.get("mode", "whole")
            print("mode:", mode, "(whole string must match)" if mode == "whole" else "(a match anywhere, as grep finds)",
                  "| ignore_case:", e.get("ignore_case", False))
            print("should match:", e.get("match", []))
            print("should not match:", e.get("reject", []))
        elif t == "sql":
            fx = e.get("fixture")
            print("mode:", e.get("mode", "query"), "| fixture:", fx, "| ordered:", e.get("ordered", False))
            if fx and fx not in shown_schemas:
                shown_schemas.add(fx)
                print("SCHEMA of", fx, ":\n" + schema(fx))
