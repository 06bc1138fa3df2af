#!/usr/bin/env bash
# Token counting: `llmgw cost tokens` on a 10 MB mixed corpus (prose, code, CJK, emoji, whitespace
# and digit runs, invalid UTF-8), side by side with tiktoken from PyPI on one thread in the same
# run, for o200k_base and cl100k_base: MB/s of each and the ratio, and a check that the counts
# are equal. llmgw's time is the whole command (start, vocabulary, read, count); tiktoken's is
# encode_ordinary alone. Goal: llmgw faster than tiktoken.
source "$(dirname "$0")/lib.sh"
RUNS="${RUNS:-5}"
SIZE="${SIZE:-10000000}"

build_llmgw
venv="$(python_env tiktoken tiktoken==0.14.0)"
TIKTOKEN_CACHE_DIR="$("$BENCH_DIR/tiktoken-cache.sh" "$venv")"
export TIKTOKEN_CACHE_DIR RAYON_NUM_THREADS=1
corpus="$BENCH_TMP/corpus.txt"
python3 "$BENCH_DIR/tokens_corpus.py" "$ROOT" "$corpus" "$SIZE"

echo "llmgw: $("$LLMGW" --version)   tiktoken: $("$venv/bin/python" -c 'import tiktoken; print(tiktoken.__version__)')   corpus: $SIZE bytes   runs: $RUNS (best)"
"$venv/bin/python" "$BENCH_DIR/tokens_bench.py" "$LLMGW" "$corpus" "$RUNS" "$OUT/tokens.json"
python3 - "$OUT/tokens.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["encodings"]
slowest = min(e["ratio"] for e in r.values())
print(f"\ngoal: faster than tiktoken ({'met' if slowest > 1 else 'NOT met'}; slowest ratio {slowest:.1f}x)")
PY
