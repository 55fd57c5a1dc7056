#!/usr/bin/env python3
"""The Markdown report of Tools/bench from its results folder.

    report.py RESULTS --label quick --elapsed S --rounds N --machine TEXT SIZE...

RESULTS/<size>/ holds, per engine E (caselib, caselib-shards, xapian, tantivy, fts5): E.index
("CPU s, peak RSS MiB, wall s"), E.size (KiB) and E.<short|long>.tsv (per query: number, CPU ms,
wall ms, top-10 ids); caselib.precedents.tsv; docs.
"""
import argparse
import os
import statistics

ENGINES = [("caselib", "caselib"), ("caselib-shards", "caselib，2 分片"), ("xapian", "原生 Xapian C++"),
           ("tantivy", "tantivy 0.27"), ("fts5", "SQLite FTS5 trigram")]


def read(path):
    return open(path).read().strip() if os.path.exists(path) else None


def rows(path):
    out = {}
    for line in (read(path) or "").splitlines():
        parts = line.split("\t")
        out[int(parts[0])] = (float(parts[1]), parts[3].split(",") if len(parts) > 3 and parts[3] else [])
    return out


def percentile(values, share):
    values = sorted(values)
    if not values:
        return None
    return values[min(len(values) - 1, round(share * (len(values) - 1)))]


def ms(value):
    return "—" if value is None else (f"{value:.2f}" if value < 10 else f"{value:.0f}")


def ratio(ours, theirs):
    return "" if ours is None or not theirs else f" (×{ours / theirs:.1f})"


def overlap(ours, reference):
    shares = [len(set(ids) & set(reference[q][1])) / len(reference[q][1])
              for q, (_, ids) in ours.items() if q in reference and reference[q][1]]
    return f"{statistics.mean(shares):.2f}" if shares else "—"


def section(folder, size):
    name = "样例" if size == "0" else f"{int(size):,} 件"
    docs = read(os.path.join(folder, "docs")) or "?"
    lines = [f"### {name}（{docs} 件案例）", "",
             "| 度量 | " + " | ".join(label for _, label in ENGINES) + " |",
             "|---|" + "---|" * len(ENGINES)]
    index = {}
    for engine, _ in ENGINES:
        fields = (read(os.path.join(folder, f"{engine}.index")) or "").split()
        kib = read(os.path.join(folder, f"{engine}.size"))
        index[engine] = (float(fields[0]), float(fields[1]), float(fields[2]), int(kib)) if len(fields) == 3 and kib else None
    ours = index["caselib"]
    cells = []
    for engine, _ in ENGINES:
        value = index[engine]
        if value is None:
            cells.append("—")
            continue
        cpu, rss, wall, kib = value
        cells.append(f"{cpu:.1f} s · {rss:.0f} MB · {kib / 1024:.0f} MB · 墙钟 {wall:.1f} s"
                     + (ratio(ours[0], cpu) if engine not in ("caselib",) and ours else ""))
    lines.append("| 建索引：CPU · 峰值 RSS · 大小 · 墙钟 | " + " | ".join(cells) + " |")
    if docs.isdigit():
        # Throughput by the wall clock (what using both cores buys); the ratio is caselib ÷ the engine.
        speed = {e: int(docs) / v[2] for e, v in index.items() if v and v[2] > 0}
        lines.append("| 建索引吞吐（件/秒，墙钟） | " + " | ".join(
            f"{speed[e]:.0f}" + (ratio(speed.get("caselib"), speed[e]) if e != "caselib" else "") if e in speed else "—"
            for e, _ in ENGINES) + " |")
    results = {(e, k): rows(os.path.join(folder, f"{e}.{k}.tsv")) for e, _ in ENGINES for k in ("short", "long")}
    for kind, label in (("short", "短查询（1–2 词）p50 · p95，ms CPU"), ("long", "申请书长度查询（80–300 字）p50 · p95")):
        our = [v[0] for v in results[("caselib", kind)].values()]
        our50 = percentile(our, 0.5)
        cells = []
        for engine, _ in ENGINES:
            values = [v[0] for v in results[(engine, kind)].values()]
            p50, p95 = percentile(values, 0.5), percentile(values, 0.95)
            cell = "—" if p50 is None else f"{ms(p50)} · {ms(p95)}" + (ratio(our50, p50) if engine != "caselib" else "")
            if engine == "fts5" and values and len(values) < len(our):
                cell += f"（{len(values)}/{len(our)} 条可检索）"
            cells.append(cell)
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    precedents = [v[0] for v in rows(os.path.join(folder, "caselib.precedents.tsv")).values()]
    lines.append("| 判例请求（`precedents`，10 条）p50 · p95 | "
                 + f"{ms(percentile(precedents, 0.5))} · {ms(percentile(precedents, 0.95))} | " + " | ".join("—" for _ in ENGINES[1:]) + " |")
    cells = []
    for engine, _ in ENGINES:
        cells.append("基准" if engine == "xapian" else
                     f"{overlap(results[(engine, 'short')], results[('xapian', 'short')])} · "
                     f"{overlap(results[(engine, 'long')], results[('xapian', 'long')])}")
    lines.append("| 前 10 条与原生 Xapian 的重合（短 · 长） | " + " | ".join(cells) + " |")
    return lines


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("results")
    parser.add_argument("sizes", nargs="+")
    parser.add_argument("--label", default="")
    parser.add_argument("--elapsed", default="?")
    parser.add_argument("--rounds", default="?")
    parser.add_argument("--machine", default="")
    args = parser.parse_args()
    out = [f"## Tools/bench {('--' + args.label) if args.label == 'quick' else ''}".rstrip(), "",
           f"机器：{args.machine}；总用时 {args.elapsed} s；每条查询预热 1 次、计时 {args.rounds} 次，取中位数，"
           "再取各查询的 p50/p95（本线程 CPU 毫秒）。括号内为 caselib ÷ 该引擎的比值。", "",
           "- caselib：`caselib bench-search --per-query`，即 API 的检索（第一页 10 条，含分面、精确总数和摘要）与判例请求；",
           "- 原生 Xapian：QueryParser（CJK n-gram，OR），前 10 条，含 Xapian 自己的摘要，不计分面和精确总数；",
           "- tantivy：字符二元组索引，查询为二元组的 OR（BM25，前 10 条）；FTS5：trigram 分词，"
           "两字词无法检索（该查询略去），长查询为三元组的 OR，按 bm25() 排序；",
           "- 重合：各查询前 10 条中与原生 Xapian 前 10 条相同的比例的平均。", ""]
    for size in args.sizes:
        name = "sample" if size == "0" else size
        out += section(os.path.join(args.results, name), size) + [""]
    print("\n".join(out))


if __name__ == "__main__":
    main()
