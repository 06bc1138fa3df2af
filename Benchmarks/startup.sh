#!/usr/bin/env bash
# Start-up: `llmgw chat` to its first printed byte against `llmgw mock` on loopback, side by side
# with the `llm` CLI (PyPI) pointed at the same mock through extra-openai-models.yaml.
# Goal: llmgw at least 20x faster than llm, and under 20 ms wall.
source "$(dirname "$0")/lib.sh"
RUNS="${RUNS:-40}"

build_llmgw
start_mock
llmgw_env
venv="$(python_env llm llm)"

export LLM_USER_PATH="$BENCH_TMP/llm"
mkdir -p "$LLM_USER_PATH"
cat >"$LLM_USER_PATH/extra-openai-models.yaml" <<YAML
- model_id: mock-echo
  model_name: echo
  api_base: "$MOCK_URL/v1"
YAML
# llm sends a key to OpenAI-compatible servers; the mock ignores it.
export OPENAI_API_KEY=test-key-0000

echo "llmgw: $("$LLMGW" --version)   llm: $("$venv/bin/llm" --version)   mock: $MOCK_URL   runs: $RUNS"
python3 "$BENCH_DIR/first_byte.py" "$RUNS" "$OUT/startup.json" \
    "llmgw=env -u OPENAI_API_KEY $LLMGW chat -m local/echo 'hello there'" \
    "llm=$venv/bin/llm -m mock-echo 'hello there'"

python3 - "$OUT/startup.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
ours, theirs = r["llmgw"]["first_byte_ms_p50"], r["llm"]["first_byte_ms_p50"]
ratio = theirs / ours
print(f"\nllmgw first byte p50 {ours:.1f} ms vs llm {theirs:.1f} ms: llmgw is {ratio:.1f}x faster")
print(f"goal: >= 20x faster ({'met' if ratio >= 20 else 'NOT met'}), under 20 ms ({'met' if ours < 20 else 'NOT met'})")
PY
