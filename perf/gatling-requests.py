#!/usr/bin/env python3
"""Prints each request's count, p50, p95 and p99 (ms) from a Gatling HTML report folder (one ramp step).

Usage: perf/gatling-requests.py <report folder>   (PERF_KEEP=1 keeps them under the run's temp folder)"""
import glob
import html
import re
import sys

rows = []
for page in sorted(glob.glob(sys.argv[1] + "/req_*.html")):
    text = open(page, encoding="utf-8").read()
    name = re.search(r'<title>Gatling Stats - ([^<]*)</title>', text)
    cells = dict(re.findall(r'<td class="title">([^<]*)</td>\s*<td class="total">([^<]*)</td>', text))
    label = html.unescape(name.group(1)) if name else page
    pick = lambda key: next((v for k, v in cells.items() if k.startswith(key)), "?")
    rows.append((label, pick("Total count"), pick("50th"), pick("95th"), pick("99th")))
print("| request | count | p50 | p95 | p99 |")
print("|---|---|---|---|---|")
for r in sorted(rows):
    print("| " + " | ".join(r) + " |")
