"""Hostile input: memory and time where input tries to exhaust them (issue 15).

  python bench/hostile.py [--only bomb,long,story,web] [--story-sizes 50,500,5000]

Every case runs the command line users run, in a child process whose peak memory (RSS) is read
from the kernel, beside a baseline measured in the same run:

* bomb: `newsprism ingest bomb.warc.gz` on a 2 MB .warc.gz whose last member inflates to 2 GiB
  (one real article record before it). Baseline: what reading it did before the limit, inflating
  the whole file (`gzip.decompress` in a child).
* long: `newsprism analyze` on a story of two articles, one of 1.2 million characters (spaCy's
  limit is 1,000,000). Baseline: the same with the long article cut to 100,000 characters.
* story: `newsprism compare STORY --json` on one story of 50, 500 and 5,000 articles (generated
  from a pool of sentences about one event, 25 outlets), after `newsprism ingest`; the compare
  cost should not grow with the story (it reads a stated sample). Baseline: the 50-article story.
* web: `newsprism serve` on the example corpus, the story-analysis cache empty; 200 concurrent
  clients ask for its story pages; p50/p95 latency and the server's peak memory. Baseline: the
  same pages asked one at a time (cold cache each time).

Nothing here is copied from ../shared: every input is generated.
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import scratch  # noqa: E402
from living import cpu  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
CLI = [str(BIN / "newsprism")]


def child(cmd: list[str]) -> tuple[float, float, str]:
    """Like :func:`run`, with the peak RSS read by wait4 on exactly this child."""
    t = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert p.stdout is not None
    out = p.stdout.read().decode("utf-8", "replace")
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {p.returncode}")
    return time.perf_counter() - t, usage.ru_maxrss / 1024, out


# --------------------------------------------------------------------------- inputs

SENTENCES = [
    "The Kessling harbour tunnel reopened on {day} after {n} weeks of repairs, the port authority said.",
    "Engineers found {n} cracked panels in the tunnel's western bore, officials said on {day}.",
    "Traffic was diverted over the Carrow Road crossing, adding up to {n} minutes to journeys.",
    '"We expect the tunnel to carry {n},000 vehicles a day again by {day}," said Ana Ruiz, the transport commissioner.',
    "The repairs cost £{n}m, according to the city council.",
    "Shop owners on the Alder peninsula said trade fell by {n} percent while the tunnel was shut.",
    "The council's deputy leader, Tom Avery, said an inquiry into the cracks would report within {n} months.",
    "Bus routes {n} and {m} return to the tunnel from {day}, the operator said.",
    "Cyclists will get a separate lane in the eastern bore from {day}, the port authority said.",
    "Residents had complained about noise from overnight work for {n} weeks.",
    "An engineering firm, Marrow & Pell, carried out the repairs under a {n}-month contract.",
    "The tunnel first opened in 19{m} and carries the main road link to the Alder peninsula.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def story_rows(n: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        picked = rng.sample(SENTENCES, 6)
        paras = [s.format(day=rng.choice(DAYS), n=rng.randint(2, 60), m=rng.randint(10, 99)) for s in picked]
        rows.append({
            "id": f"st{seed}-{i:05d}", "outlet": f"Outlet {i % 25:02d}", "title": f"Kessling tunnel update {seed}-{i}",
            "text": "\n\n".join(paras), "language": "en",
            "published": f"2026-03-{10 + (i * 3) // max(1, n):02d}T{(i * 7) % 24:02d}:{i % 60:02d}:00Z",
        })  # fmt: skip
    return rows


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def warc_record(body: bytes, uri: str) -> bytes:
    http = (
        f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body
    )
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2026-03-12T09:00:00Z\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return head + http + b"\r\n\r\n"


# --------------------------------------------------------------------------- cases


def bench_bomb(work: Path) -> dict:
    page = (
        "<html><head><title>Tunnel reopens</title></head><body><article>"
        + "".join(f"<p>{s.format(day='Monday', n=k + 2, m=40)}</p>" for k, s in enumerate(SENTENCES))
        + "</article></body></html>"
    )
    good = gzip.compress(warc_record(page.encode(), "https://example.org/tunnel"))
    c = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = b"\0" * (1 << 20)
    bomb = b"".join(c.compress(zeros) for _ in range(2048)) + c.flush()  # 2 GiB of zeros
    f = work / "bomb.warc.gz"
    f.write_bytes(good + bomb)
    db = work / "bomb.db"
    wall, peak, _ = child([*CLI, "ingest", str(f), "--db", str(db), "--quiet"])
    base_wall, base_peak, _ = child(
        [sys.executable, "-c", f"import gzip; print(len(gzip.decompress(open({str(f)!r}, 'rb').read())))"]
    )
    return {"file_mib": f.stat().st_size / 2**20, "newsprism_peak_mib": peak, "newsprism_s": wall,
            "baseline_inflate_all_peak_mib": base_peak, "baseline_s": base_wall}  # fmt: skip


def bench_long(work: Path) -> dict:
    rng = random.Random(7)

    def text(chars: int) -> str:
        parts, size = [], 0
        while size < chars:
            s = rng.choice(SENTENCES).format(
                day=rng.choice(DAYS), n=rng.randint(2, 60), m=rng.randint(10, 99)
            )
            parts.append(s + ("\n\n" if rng.random() < 0.3 else " "))
            size += len(parts[-1])
        return "".join(parts)[:chars]

    other = story_rows(1, 99)[0]
    out = {}
    for name, chars in (("baseline_100k", 100_000), ("long_1_2m", 1_200_000)):
        rows = [dict(other, published="2026-03-10T08:00:00Z"),
                {"id": f"long-{chars}", "outlet": "Long Wire", "title": "Kessling tunnel: the full record",
                 "text": text(chars), "published": "2026-03-10T09:00:00Z", "language": "en"}]  # fmt: skip
        f = work / f"{name}.jsonl"
        write_jsonl(f, rows)
        db = work / f"{name}.db"
        wall, peak, _ = child(
            [*CLI, "analyze", str(f), "--db", str(db), "--out", str(work / f"{name}.json"), "--quiet"]
        )
        rep = json.loads((work / f"{name}.json").read_text())
        quotes = sum(len(q) for q in rep["quotes"].values())
        out[name] = {"chars": chars, "s": wall, "peak_mib": peak, "quotes": quotes}
    return out


def bench_story(work: Path, sizes: list[int]) -> dict:
    out = {}
    for n in sizes:
        db = work / f"story-{n}.db"
        f = work / f"story-{n}.jsonl"
        write_jsonl(f, story_rows(n, n))
        ingest_s, ingest_peak, _ = child([*CLI, "ingest", str(f), "--db", str(db), "--quiet"])
        _, _, listing = child([*CLI, "stories", "--db", str(db), "--json"])
        stories = [json.loads(line) for line in listing.splitlines() if line.strip()]
        big = max(stories, key=lambda s: len(s["article_ids"]))
        wall, peak, comp = child([*CLI, "compare", big["id"], "--db", str(db), "--json"])
        sample = json.loads(comp).get("sample")
        out[n] = {"largest_story": len(big["article_ids"]), "stories": len(stories), "compare_s": wall,
                  "compare_peak_mib": peak, "compared": sample["compared"] if sample else len(big["article_ids"]),
                  "ingest_s": ingest_s}  # fmt: skip
    return out


def bench_web(work: Path, clients: int = 200) -> dict:
    import httpx

    db = work / "web.db"
    child([*CLI, "ingest", str(ROOT / "examples"), "--db", str(db), "--quiet"])
    _, _, listing = child([*CLI, "stories", "--db", str(db), "--json"])
    stories = [json.loads(line) for line in listing.splitlines() if line.strip()]
    ids = [s["id"] for s in stories if len(s["article_ids"]) > 1] or [s["id"] for s in stories]

    def serve() -> tuple[subprocess.Popen, str]:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        p = subprocess.Popen([*CLI, "serve", "--db", str(db), "--port", str(port)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        url = f"http://127.0.0.1:{port}"
        for _ in range(300):
            try:
                httpx.get(url + "/api/stories", timeout=1)
                return p, url
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError("server did not start")

    def clear() -> None:
        import sqlite3

        with sqlite3.connect(db) as c:
            c.execute("DELETE FROM story_analysis")

    def stop(p: subprocess.Popen) -> float:
        p.terminate()
        _, _, usage = os.wait4(p.pid, 0)
        return usage.ru_maxrss / 1024

    clear()
    p, url = serve()
    one = []
    for sid in ids:  # baseline: one at a time, each cold
        clear()
        t = time.perf_counter()
        assert httpx.get(f"{url}/stories/{sid}", timeout=600).status_code == 200
        one.append(time.perf_counter() - t)
    stop(p)
    clear()
    p, url = serve()

    async def crowd() -> list[float]:
        async with httpx.AsyncClient(timeout=600, limits=httpx.Limits(max_connections=clients)) as c:

            async def one_client(k: int) -> float:
                t = time.perf_counter()
                r = await c.get(f"{url}/stories/{ids[k % len(ids)]}")
                assert r.status_code == 200
                return time.perf_counter() - t

            return list(await asyncio.gather(*(one_client(k) for k in range(clients))))

    t = time.perf_counter()
    lat = sorted(asyncio.run(crowd()))
    total = time.perf_counter() - t
    peak = stop(p)
    return {"stories": len(ids), "clients": clients, "p50_s": statistics.median(lat),
            "p95_s": lat[int(0.95 * (len(lat) - 1))], "all_s": total, "server_peak_mib": peak,
            "baseline_one_at_a_time_s": one}  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", default="bomb,long,story,web")
    ap.add_argument("--story-sizes", default="50,500,5000")
    ap.add_argument("--work", default=None)
    a = ap.parse_args()
    work = Path(a.work) if a.work else scratch("np-hostile-")
    work.mkdir(parents=True, exist_ok=True)
    print(f"CPU: {cpu()}")
    res: dict = {"cpu": cpu()}
    for case in a.only.split(","):
        t = time.perf_counter()
        if case == "bomb":
            res[case] = bench_bomb(work)
        elif case == "long":
            res[case] = bench_long(work)
        elif case == "story":
            res[case] = bench_story(work, [int(x) for x in a.story_sizes.split(",")])
        elif case == "web":
            res[case] = bench_web(work)
        print(case, json.dumps(res[case]), f"({time.perf_counter() - t:.0f} s)", flush=True)
    out = ROOT / "bench" / "out"
    out.mkdir(exist_ok=True)
    (out / "hostile.json").write_text(json.dumps(res, indent=1))
    if not a.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
