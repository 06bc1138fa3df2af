"""Runs a command with stdout sent to /dev/null and prints its CPU seconds (user + system) and wall
seconds as JSON. usage: cpu_time.py COMMAND"""
import json
import resource
import subprocess
import sys
import time

before = resource.getrusage(resource.RUSAGE_CHILDREN)
start = time.perf_counter()
proc = subprocess.run(sys.argv[1], shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
wall = time.perf_counter() - start
after = resource.getrusage(resource.RUSAGE_CHILDREN)
if proc.returncode != 0:
    sys.stderr.write(proc.stderr.decode(errors="replace"))
    raise SystemExit(f"command failed with exit {proc.returncode}: {sys.argv[1]}")
cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
print(json.dumps({"cpu_s": cpu, "wall_s": wall, "max_rss_kb": after.ru_maxrss}))
