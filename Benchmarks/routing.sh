#!/usr/bin/env bash
# Routing decision time: `llmgw route explain --bench-runs N` on a 20-target conditional route
# (rules on input tokens, a prompt regex, tags and capabilities; capability, context and price
# filtering on every target), per request, request measurement included. No provider is called.
# Goal: under 5 µs per decision. There is no named peer for this one.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
RUNS="${RUNS:-200000}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

(cd "$ROOT" && swift build -c release --scratch-path "$ROOT/.build-bench" --product llmgw >/dev/null)
LLMGW="$(cd "$ROOT" && swift build -c release --scratch-path "$ROOT/.build-bench" --show-bin-path)/llmgw"

export XDG_CONFIG_HOME="$TMP/config" XDG_DATA_HOME="$TMP/data" XDG_STATE_HOME="$TMP/state"
unset OPENAI_API_KEY ANTHROPIC_API_KEY GEMINI_API_KEY GOOGLE_API_KEY LLMGW_CONFIG LLMGW_DB
mkdir -p "$XDG_CONFIG_HOME/llmgw"
{
    echo "providers:"
    for p in 1 2 3 4; do echo "  p$p: { type: openai-compatible, base_url: \"http://127.0.0.1:9/v1\" }"; done
    echo "models:"
    for i in $(seq 1 20); do
        p=$(((i - 1) % 4 + 1))
        echo "  p$p/m$i: { price: { input: 0.$i, output: 1.$i }, context: $((i * 8000)), tools: $([ $((i % 3)) = 0 ] && echo false || echo true) }"
    done
    echo "routes:"
    echo "  big:"
    echo "    strategy: conditional"
    echo "    rules:"
    echo "      - { when: { input_tokens: \">100000\" }, use: p4/m20 }"
    echo "      - { when: { prompt: \"(?i)translate\" }, use: p1/m1 }"
    echo "      - { when: { tags: [batch] }, use: p2/m2 }"
    echo "      - { when: { capabilities: [vision] }, use: p3/m3 }"
    echo "      - { when: { input_tokens: \"<=2000\" }, use: p1/m5 }"
    echo "    targets:"
    for i in $(seq 1 20); do
        p=$(((i - 1) % 4 + 1))
        echo "      - p$p/m$i"
    done
} >"$XDG_CONFIG_HOME/llmgw/config.yaml"

echo "llmgw: $("$LLMGW" --version)   route: 20 targets + 5 rules (conditional)   runs: $RUNS"
"$LLMGW" route explain -m big --bench-runs "$RUNS" --max-price 5 \
    "Summarise the following paragraph in one sentence, keeping the numbers exact." | tee "$TMP/out.txt"
figure="$(grep -o '[0-9.]* µs per request' "$TMP/out.txt" | grep -o '^[0-9.]*')"
python3 - "$figure" <<'PY'
import sys
us = float(sys.argv[1])
print(f"goal: under 5 µs per decision: {'met' if us < 5 else 'NOT met'} ({us:.2f} µs)")
PY
