# Shared helpers for the benchmark scripts: build llmgw in release mode, start `llmgw mock` on
# loopback, and clean up on exit. Source it; do not run it.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
OUT="$BENCH_DIR/out"
mkdir -p "$OUT"
BENCH_TMP="$(mktemp -d)"
PIDS=()

cleanup() {
    for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$BENCH_TMP"
}
trap cleanup EXIT

# Builds the release binary (Swift runtime linked statically, as a release ships) and sets LLMGW to its path; a prebuilt binary given as LLMGW is used
# as it is.
build_llmgw() {
    if [ -n "${LLMGW:-}" ] && [ -x "$LLMGW" ]; then
        export LLMGW
        return 0
    fi
    (cd "$ROOT" && swift build -c release --static-swift-stdlib --scratch-path "$ROOT/.build-bench-static" --product llmgw >/dev/null)
    LLMGW="$(cd "$ROOT" && swift build -c release --static-swift-stdlib --scratch-path "$ROOT/.build-bench-static" --show-bin-path)/llmgw"
    export LLMGW
}

# Starts `llmgw mock` with the given flags on a free loopback port; sets MOCK_URL.
start_mock() {
    local log="$BENCH_TMP/mock.$RANDOM.log"
    "$LLMGW" mock --port 0 "$@" >"$log" 2>&1 &
    PIDS+=("$!")
    for _ in $(seq 1 100); do
        if grep -q "listening on" "$log"; then
            MOCK_URL="$(grep -o 'http://[0-9.:]*' "$log" | head -n 1)"
            export MOCK_URL
            return 0
        fi
        sleep 0.05
    done
    echo "llmgw mock did not start:" >&2
    cat "$log" >&2
    exit 1
}

# Creates a virtualenv under Benchmarks/ (kept between runs) and installs packages into it.
python_env() {
    local name="$1"
    shift
    local venv="$BENCH_DIR/.venv-$name"
    if [ ! -x "$venv/bin/python" ]; then python3 -m venv "$venv"; fi
    "$venv/bin/pip" install -q --disable-pip-version-check "$@"
    echo "$venv"
}

# Gives llmgw a private config, data and state folder with one OpenAI-compatible provider `local`
# pointing at the mock.
llmgw_env() {
    export XDG_CONFIG_HOME="$BENCH_TMP/config" XDG_DATA_HOME="$BENCH_TMP/data" XDG_STATE_HOME="$BENCH_TMP/state"
    mkdir -p "$XDG_CONFIG_HOME/llmgw"
    cat >"$XDG_CONFIG_HOME/llmgw/config.yaml" <<YAML
providers:
  local: { type: openai-compatible, base_url: "$MOCK_URL/v1" }
YAML
    unset OPENAI_API_KEY ANTHROPIC_API_KEY GEMINI_API_KEY GOOGLE_API_KEY
}
