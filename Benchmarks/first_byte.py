"""Times commands to their first byte on stdout and to their exit, interleaving them run by run
so that machine noise hits each command alike. Prints a table and writes JSON.

usage: first_byte.py RUNS OUT.json NAME=COMMAND [NAME=COMMAND ...]
"""
import json
import os
import shlex
import statistics
import subprocess
import sys
import time


def run_once(command):
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, shell=True)
    first = proc.stdout.read(1)
    first_at = time.perf_counter() - start
    rest = proc.stdout.read()
    proc.wait()
    total = time.perf_counter() - start
    if proc.returncode != 0 or not first:
        raise SystemExit(f"command failed (exit {proc.returncode}): {command}")
    return first_at, total, (first + rest).decode(errors="replace")


def main():
    runs = int(sys.argv[1])
    out_path = sys.argv[2]
    commands = dict(arg.split("=", 1) for arg in sys.argv[3:])
    samples = {name: {"first_byte": [], "total": []} for name in commands}
    outputs = {}
    for name, command in commands.items():  # warm-up run each, also checks the output
        outputs[name] = run_once(command)[2].strip()
    for _ in range(runs):
        for name, command in commands.items():
            first, total, _ = run_once(command)
            samples[name]["first_byte"].append(first * 1000)
            samples[name]["total"].append(total * 1000)
    result = {}
    print(f"{'command':<10} {'first byte p50':>15} {'p90':>9} {'exit p50':>10}   output")
    for name in commands:
        fb = sorted(samples[name]["first_byte"])
        tot = sorted(samples[name]["total"])
        p90 = fb[min(len(fb) - 1, int(len(fb) * 0.9))]
        result[name] = {
            "first_byte_ms_p50": statistics.median(fb),
            "first_byte_ms_p90": p90,
            "total_ms_p50": statistics.median(tot),
            "runs": runs,
            "output": outputs[name][:60],
        }
        print(f"{name:<10} {statistics.median(fb):>12.1f} ms {p90:>6.1f} ms {statistics.median(tot):>7.1f} ms   {outputs[name][:40]!r}")
    with open(out_path, "w") as handle:
        json.dump(result, handle, indent=2)
    return result


if __name__ == "__main__":
    main()
