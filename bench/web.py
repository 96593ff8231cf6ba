"""Web latency with 10k stories and 50k articles loaded, concurrent clients from a second process.

  python bench/web.py [--stories 10000] [--per-story 5] [--clients 8] [--seconds 20]

The store: 50,000 articles in 10,000 stories, written straight into a SQLite store. Headlines and
outlets come from the UCI News Aggregator dev file (real headlines, real publishers, cycled with a
serial number so every article is distinct), bodies are 12 sentences drawn from the WikiRef220 news
texts, dates spread over a year. 40 stories get their analysis (quotes, comparison, brief) built
and cached first, as `analyze` or a first visit does; the time of such a cold build is reported.

The server is `newsprism serve` (uvicorn, one process) in its own process; the clients are threads
in a second process, on loopback, each picking an endpoint at random: the story list (first or a
later page, latest or most covered), a search (a word from the headlines), a cached story page.
2 cores are shared by server and clients.

Baselines in the same run: the same server's static file (the framework and network floor), and
the story list answered the naive way (load every story, filter and sort in Python).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import ROOT, scratch, uci_rows, wikiref_files  # noqa: E402


def build_store(path: str, n_stories: int, per_story: int) -> list[str]:
    from newsprism.models import Article, Story
    from newsprism.store import open_store

    rows = uci_rows()
    sentences = []
    for p in wikiref_files()[:120]:
        sentences += [
            s
            for s in re.split(r"(?<=[.!?])\s+", p.read_text(encoding="utf-8", errors="replace"))
            if 40 < len(s) < 300
        ]
    rng = random.Random(7)
    store = open_store(path)
    t0 = time.perf_counter()
    base = 1_767_225_600  # 2026-01-01
    stories, batch = [], []
    sids = []
    for k in range(n_stories):
        members = []
        for j in range(per_story):
            r = rows[(k * per_story + j) % len(rows)]
            ts = base + k * 3100 + j * 1800
            aid = f"b{k:05d}-{j}"
            text = "\n\n".join(" ".join(rng.sample(sentences, 3)) for _ in range(4))
            published = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))
            batch.append(Article(text=f"{text}\n\n(serial {k}-{j})", id=aid, title=f"{r['TITLE']} ({k})",
                                 outlet=r["PUBLISHER"], url=f"https://bench.example/{aid}", published=published))  # fmt: skip
            members.append(batch[-1])
        sid = f"sb{k:05d}"
        sids.append(sid)
        stories.append(Story(sid, [a.id for a in members], members[0].title,
                             list(dict.fromkeys(a.outlet for a in members)), members[0].published, members[-1].published))  # fmt: skip
        if len(batch) >= 2000:
            store.add_articles(batch)
            store.save_stories(stories)
            batch, stories = [], []
    if batch:
        store.add_articles(batch)
        store.save_stories(stories)
    print(
        f"store built: {store.count_articles():,} articles, {n_stories:,} stories in {time.perf_counter() - t0:.0f} s"
    )
    store.close()
    return sids


def warm(path: str, sids: list[str]) -> float:
    from newsprism.pipeline import story_view
    from newsprism.store import open_store

    store = open_store(path)
    times = []
    for sid in sids:
        t = time.perf_counter()
        story_view(store, sid)
        times.append(time.perf_counter() - t)
    store.close()
    return statistics.median(times)


def naive_list(path: str, reps: int = 5) -> float:
    from newsprism.store import open_store

    store = open_store(path)
    times = []
    for _ in range(reps):
        t = time.perf_counter()
        rows = store.list_stories()
        rows = [s for s in rows if len(s.outlets) >= 2]
        rows.sort(key=lambda s: s.last_published or "", reverse=True)
        rows[:25]
        times.append(time.perf_counter() - t)
    store.close()
    return statistics.median(times)


def client_main(base: str, sids: list[str], words: list[str], clients: int, seconds: float, out: str) -> None:
    import httpx

    lat: dict[str, list[float]] = {"list": [], "search": [], "story": [], "static": []}
    errors = []
    stop = time.perf_counter() + seconds

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        with httpx.Client(base_url=base, timeout=30) as c:
            while time.perf_counter() < stop:
                kind = rng.choice(["list", "search", "story", "static"])
                if kind == "list":
                    url = rng.choice(
                        ["/", "/?sort=covered", f"/?page={rng.randint(2, 400)}", "/?min_outlets=3"]
                    )
                elif kind == "search":
                    url = "/?q=" + rng.choice(words)
                elif kind == "story":
                    url = "/stories/" + rng.choice(sids)
                else:
                    url = "/static/upload.js"
                t = time.perf_counter()
                r = c.get(url)
                lat[kind].append(time.perf_counter() - t)
                if r.status_code != 200:
                    errors.append((url, r.status_code))

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    Path(out).write_text(json.dumps({"lat": lat, "errors": errors[:20], "n_errors": len(errors)}))


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))] * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--stories", type=int, default=10_000)
    ap.add_argument("--per-story", type=int, default=5)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--client", nargs=5, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.client:  # the client process
        base, sids, words, out, secs = args.client
        client_main(base, json.loads(sids), json.loads(words), args.clients, float(secs), out)
        return
    tmp = str(scratch("npweb-"))
    db = os.path.join(tmp, "web.db")
    sids = build_store(db, args.stories, args.per_story)
    sample = random.Random(3).sample(sids, 40)
    cold = warm(db, sample)
    print(f"story analysis built cold (spaCy, quotes, alignment, brief; 5 articles): median {cold:.2f} s")
    naive = naive_list(db)
    words = ["fed", "apple", "ukraine", "china", "obama", "bank", "google", "ebola", "fire", "court", "oil"]
    port = 8700 + os.getpid() % 200
    server = subprocess.Popen([sys.executable, "-m", "newsprism.cli", "serve", "--db", db, "--port", str(port)],
                              cwd=ROOT, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        import httpx

        for _ in range(100):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/static/upload.js").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        out = os.path.join(tmp, "lat.json")
        subprocess.run([sys.executable, __file__, "--clients", str(args.clients), "--client", f"http://127.0.0.1:{port}",
                        json.dumps(sample), json.dumps(words), out, str(args.seconds)], check=True)  # fmt: skip
        res = json.loads(Path(out).read_text())
    finally:
        server.terminate()
        server.wait(timeout=10)
    lat = res["lat"]
    total = sum(len(v) for v in lat.values())
    print(f"\n{args.clients} concurrent clients for {args.seconds:.0f} s: {total:,} requests "
          f"({total / args.seconds:.0f}/s), {res['n_errors']} errors")  # fmt: skip
    print("\n| endpoint | requests | p50 ms | p95 ms | target p95 |")
    print("|---|---|---|---|---|")
    names = {"list": "story list (pages, sorts, filters)", "search": "search", "story": "story page (cached analysis)",
             "static": "baseline: static file, same server"}  # fmt: skip
    for k in ("list", "search", "story", "static"):
        tgt = "< 150" if k != "static" else ""
        print(f"| {names[k]} | {len(lat[k]):,} | {pct(lat[k], 0.5):.1f} | {pct(lat[k], 0.95):.1f} | {tgt} |")
    print(f"\nbaseline, story list the naive way (load all {args.stories:,} stories, filter, sort; in process, "
          f"no HTTP): {naive * 1000:.0f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
