#!/usr/bin/env bash
# A bounded run of 'parallax recluster' on a real-sized store (a measurement, not a test): builds
# Release, turns the ECB+ development documents (../shared/datasets/ecbplus/ECB+, token XML) into a
# throwaway JSON Lines file, ingests it into a throwaway store, then re-clusters three times:
#   1. as is (must report 0 stories and 0 topics changed: re-clustering is idempotent),
#   2. after 'parallax story merge' of the two largest stories and 'story split' of one article,
#   3. again (the overrides are re-applied: 0 changed, the merged story keeps its id), and once
#      more with --json (a second run in a row: 0 changed, 0 moved),
#   4. lists the overrides, removes the merge ('story overrides remove 1') and lists them again.
# Prints each command's output with its wall time and peak memory (GNU time).
set -euo pipefail
cd "$(dirname "$0")/.."
data=${DATA:-../shared/datasets/ecbplus/ECB+}
[ -d "$data" ] || { echo "$data: ECB+ folder not found (set DATA)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet build -c Release src/Parallax.Cli -nologo -v q >/dev/null
cli=src/Parallax.Cli/bin/Release/net10.0/parallax
# The same re-joining as the CLI's ECB+ reader (src/Parallax.Cli/Datasets/EcbPlusDocuments.cs):
# source-URL lines dropped, a short first line without a stop is the headline.
python3 - "$data" "$work/ecbplus.jsonl" <<'PY'
import json, pathlib, sys, xml.etree.ElementTree as ET
root, out = pathlib.Path(sys.argv[1]), open(sys.argv[2], "w")
for path in sorted(root.glob("*/*.xml")):
    sentences = {}
    for token in ET.parse(path).getroot().iter("token"):
        sentences.setdefault(int(token.get("sentence")), []).append(token.text or "")
    lines = [l for l in (" ".join(w) for _, w in sorted(sentences.items())) if l and not l.lower().startswith("http")]
    first = lines[0] if lines else ""
    headline = len(lines) > 1 and len(first.split(" ")) <= 15 and not first.endswith(".")
    title = first if headline else " ".join(first.split()[:10]) or path.stem
    out.write(json.dumps({"title": title, "text": "\n\n".join(lines[1:] if headline else lines), "url": "https://ecbplus.example/" + path.name}) + "\n")
PY

run() { echo "\$ parallax $*"; /usr/bin/time -f "  (%e s wall, %U s CPU, %M KB peak)" "$cli" "$@" --db "$work/store.db"; }
# A few one-sentence documents are only a headline and are refused (exit 1, each reported); the run goes on.
run ingest "$work/ecbplus.jsonl" --quiet || [ $? -eq 1 ]
echo "  $("$cli" stories --db "$work/store.db" --json | python3 -c 'import json,sys; s=json.load(sys.stdin); print(len(s), "stories,", len({x["topicId"] for x in s}), "topics")')"
run recluster
mapfile -t largest < <("$cli" stories --db "$work/store.db" --json | python3 -c 'import json,sys; s=sorted(json.load(sys.stdin), key=lambda x: (-x["articleCount"], x["id"])); print(s[0]["id"]); print(s[1]["id"])')
run story merge "${largest[0]}" "${largest[1]}" --quiet
article=$("$cli" brief --db "$work/store.db" --story "${largest[0]}" --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)["stories"][0]["articleIds"][-1])')
run story split "${largest[0]}" "$article" --quiet
run recluster
run recluster --json
run story overrides
run story overrides remove 1
run story overrides
