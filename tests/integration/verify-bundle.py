#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
#
# An independent check of what `vanthu export` and `vanthu publish` write, with Python's own zip, JSON, hashing and
# XML readers (none of vanthu's code):
#   verify-bundle.py bundle BUNDLE.zip   the zip tests clean; manifest.json lists every other file with its size and
#                                        SHA-256, and they match; each document has its html, pdf, xml and original
#   verify-bundle.py site DIR N          the site has N document pages at their URIs, feed.atom is Atom with an
#                                        entry per document (ids, dates in UTC), sitemap.xml lists every page
# Prints what is wrong and exits 1; prints a summary and exits 0 when all holds.
import hashlib, json, os, re, sys, zipfile
import xml.etree.ElementTree as ET

problems = []

def check(condition, message):
    if not condition:
        problems.append(message)

def bundle(path):
    with zipfile.ZipFile(path) as z:
        check(z.testzip() is None, "a zip member is corrupt")
        names = {n for n in z.namelist() if not n.endswith("/")}
        manifest = json.loads(z.read("manifest.json"))
        listed = {f["path"]: f for f in manifest["files"]}
        check(set(listed) == names - {"manifest.json"}, f"files not in the manifest: {sorted(names - set(listed) - {'manifest.json'})}, "
              f"listed but missing: {sorted(set(listed) - names)}")
        for name, entry in listed.items():
            if name not in names:
                continue
            data = z.read(name)
            check(len(data) == entry["bytes"], f"{name}: {len(data)} bytes, the manifest says {entry['bytes']}")
            check(hashlib.sha256(data).hexdigest() == entry["sha256"], f"{name}: SHA-256 differs from the manifest")
        for doc in manifest["documents"]:
            check(doc["uri"].startswith("/akn/"), f"{doc['uri']}: not an FRBR URI")
            for kind in ("html", "pdf", "xml", "original"):
                check(doc["files"][kind]["path"] in names, f"{doc['uri']}: no {kind} file")
            check(z.read(doc["files"]["pdf"]["path"]).startswith(b"%PDF-"), f"{doc['uri']}: the PDF is not a PDF")
        for name in ("index.html", "search.js", "search-data.js"):
            check(name in names, f"no {name}")
        print(f"bundle ok: {len(manifest['documents'])} documents, {len(listed)} files verified against manifest.json")
        print("documents: " + " ".join(d["uri"] for d in manifest["documents"]))

def site(path, expected):
    atom = "{http://www.w3.org/2005/Atom}"
    pages = []
    for root, _, files in os.walk(os.path.join(path, "akn")):
        if "index.html" in files:
            pages.append(os.path.relpath(root, path))
    check(len(pages) == expected, f"{len(pages)} document pages, expected {expected}")
    for page in pages:
        check(os.path.isfile(os.path.join(path, page + ".pdf")), f"{page}: no PDF beside it")
        check(os.path.isfile(os.path.join(path, page + ".xml")), f"{page}: no XML beside it")
    feed = ET.parse(os.path.join(path, "feed.atom")).getroot()
    check(feed.tag == atom + "feed", "feed.atom is not an Atom feed")
    entries = feed.findall(atom + "entry")
    check(len(entries) == min(expected, 50), f"{len(entries)} feed entries for {expected} documents")
    utc = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
    for element in [feed] + entries:
        for name in ("id", "title", "updated"):
            check(element.find(atom + name) is not None, f"feed: an element without {name}")
        check(utc.match(element.findtext(atom + "updated") or "") is not None, "feed: updated is not UTC RFC 3339")
    ids = [e.findtext(atom + "id") for e in entries]
    check(len(set(ids)) == len(ids), "feed: entry ids repeat")
    urls = [u.text for u in ET.parse(os.path.join(path, "sitemap.xml")).getroot().iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    check(len(urls) == expected + 4, f"sitemap: {len(urls)} URLs for {expected} documents and 4 pages")
    print(f"site ok: {len(pages)} document pages, {len(entries)} feed entries, {len(urls)} sitemap URLs")

if sys.argv[1] == "bundle":
    bundle(sys.argv[2])
else:
    site(sys.argv[2], int(sys.argv[3]))
for problem in problems:
    print("problem: " + problem, file=sys.stderr)
sys.exit(1 if problems else 0)
