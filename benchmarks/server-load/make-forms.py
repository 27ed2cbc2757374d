#!/usr/bin/env python3
"""Writes one url-encoded /v2/check form per line: the seed and Wikinews articles (front matter dropped).

usage: make-forms.py LANGUAGE OUT FILE...
"""
import sys
import urllib.parse

language, out, files = sys.argv[1], sys.argv[2], sys.argv[3:]
with open(out, "w", encoding="utf-8") as forms:
    for name in files:
        with open(name, encoding="utf-8") as f:
            text = f.read()
        if text.startswith("---\n"):
            end = text.find("\n---\n", 4)
            text = text[end + 5:] if end > 0 else text
        forms.write(urllib.parse.urlencode({"language": language, "text": text.strip() + "\n"}) + "\n")
