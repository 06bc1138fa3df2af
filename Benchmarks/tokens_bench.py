"""Times `llmgw cost tokens --encoding E FILE` (the whole process: start, vocabulary, read, count)
against tiktoken's `encode_ordinary` on the same text in this process (encoding only, one
thread), checks that both give the same count, and writes the results as JSON.

Usage: python3 tokens_bench.py LLMGW CORPUS RUNS OUT.json
"""
import json
import subprocess
import sys
import time

import tiktoken

llmgw, corpus, runs, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
data = open(corpus, "rb").read()
megabytes = len(data) / 1e6
text = data.decode("utf-8", errors="replace")
results = {"corpus_bytes": len(data), "runs": runs, "tiktoken": tiktoken.__version__, "encodings": {}}
failed = False
for name in ["o200k_base", "cl100k_base"]:
    encoding = tiktoken.get_encoding(name)
    encoding.encode_ordinary("warm up")
    ours, theirs, ours_count, theirs_count = [], [], None, None
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run([llmgw, "cost", "tokens", "--encoding", name, corpus],
                              check=True, capture_output=True, text=True)
        ours.append(time.perf_counter() - start)
        ours_count = int(done.stdout.strip())
        start = time.perf_counter()
        theirs_count = len(encoding.encode_ordinary(text))
        theirs.append(time.perf_counter() - start)
    ours_mbs, theirs_mbs = megabytes / min(ours), megabytes / min(theirs)
    results["encodings"][name] = {
        "llmgw_mb_s": ours_mbs, "tiktoken_mb_s": theirs_mbs, "ratio": ours_mbs / theirs_mbs,
        "llmgw_tokens": ours_count, "tiktoken_tokens": theirs_count,
    }
    same = "same count" if ours_count == theirs_count else "COUNTS DIFFER"
    failed |= ours_count != theirs_count
    print(f"{name:12} llmgw {ours_mbs:6.1f} MB/s   tiktoken {theirs_mbs:6.1f} MB/s   "
          f"{ours_mbs / theirs_mbs:4.1f}x   {ours_count} tokens ({same})")
json.dump(results, open(out, "w"), indent=2)
sys.exit(1 if failed else 0)
