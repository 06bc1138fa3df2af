"""Writes a deterministic mixed corpus of SIZE bytes to PATH: English prose (README, man page),
Swift source, and the tokenizer fixture corpus (CJK, emoji and other scripts, long whitespace
and digit runs, a random mix of tricky scalars, invalid UTF-8), interleaved and repeated.

Usage: python3 tokens_corpus.py ROOT PATH SIZE
"""
import glob
import os
import sys

root, path, size = sys.argv[1], sys.argv[2], int(sys.argv[3])
files = [os.path.join(root, "README.md"), os.path.join(root, "man", "llmgw.1")]
files += sorted(p for p in glob.glob(os.path.join(root, "Sources", "**", "*.swift"), recursive=True)
                if "LLMGWTokenizerData" not in p)
files += sorted(glob.glob(os.path.join(root, "Tests", "LLMGWCoreTests", "Fixtures", "tokenizer", "corpus", "*")))
blob = b"".join(open(p, "rb").read() for p in files if os.path.isfile(p))
out = bytearray()
while len(out) < size:
    out += blob
with open(path, "wb") as handle:
    handle.write(out[:size])
