#!/usr/bin/env python3
"""The peers of Tools/bench over the same texts (texts.tsv) and queries, and a resource meter.

    peers.py tantivy-index TEXTS.tsv DIR          (needs the `tantivy` package: run with the bench's virtualenv)
    peers.py tantivy-search DIR QUERIES ROUNDS OUT.tsv
    peers.py fts5-index TEXTS.tsv DB.sqlite       (SQLite FTS5, trigram tokenizer)
    peers.py fts5-search DB.sqlite QUERIES ROUNDS OUT.tsv
    peers.py measure OUT -- COMMAND...            (writes "CPU s, peak RSS MiB, wall s" of COMMAND)

Every search writes, per query, "number <TAB> median CPU ms <TAB> median wall ms <TAB> top-10 ids" after
one warm-up run and ROUNDS timed runs, CPU time being the thread's own (as caselib and the Xapian
reference measure it). tantivy indexes character bigrams and is asked the OR of the query's bigrams
(BM25, top 10), as Xapian is asked the OR of its n-grams; FTS5's trigram tokenizer cannot match a
word shorter than three characters, so such a query is skipped (no line), and a long query is the OR
of its trigrams ranked by bm25().
"""
import re
import resource
import sqlite3
import statistics
import subprocess
import sys
import time

WORD = re.compile(r"[\w\u3400-\u9fff]+")


def texts(path):
    for line in open(path, encoding="utf-8"):
        ident, _, text = line.rstrip("\n").partition("\t")
        yield ident, text.replace("\\n", "\n").replace("\\\\", "\\")


def grams(query, n):
    """The distinct character n-grams of the query's words (a shorter word as itself when n == 2)."""
    out = []
    for word in WORD.findall(query.lower()):
        parts = [word[i:i + n] for i in range(len(word) - n + 1)] or ([word] if n == 2 else [])
        out += [p for p in parts if p not in out]
    return out


def timed(queries, rounds, out, run):
    with open(out, "w", encoding="utf-8") as sink:
        for number, query in enumerate(queries):
            cpu, wall, ids = [], [], None
            for round_ in range(rounds + 1):
                start_cpu, start = time.thread_time(), time.perf_counter()
                ids = run(query)
                if ids is None:
                    break
                if round_:
                    cpu.append((time.thread_time() - start_cpu) * 1000)
                    wall.append((time.perf_counter() - start) * 1000)
            if ids is not None:
                sink.write(f"{number}\t{statistics.median(cpu)}\t{statistics.median(wall)}\t{','.join(ids)}\n")


def tantivy_schema(tantivy):
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw")
    builder.add_text_field("body", stored=False, tokenizer_name="bigram")
    return builder.build()


def tantivy_open(tantivy, path, schema):
    index = tantivy.Index(schema, path=path)
    analyzer = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.ngram(2, 2, False)).filter(tantivy.Filter.lowercase()).build()
    index.register_tokenizer("bigram", analyzer)
    return index


def tantivy_index(tsv, path):
    import os
    import tantivy
    os.makedirs(path, exist_ok=True)
    schema = tantivy_schema(tantivy)
    index = tantivy_open(tantivy, path, schema)
    writer = index.writer(heap_size=200_000_000, num_threads=1)
    for ident, text in texts(tsv):
        writer.add_document(tantivy.Document(id=ident, body=text))
    writer.commit()
    writer.wait_merging_threads()


def tantivy_search(path, queries, rounds, out):
    import tantivy
    schema = tantivy_schema(tantivy)
    index = tantivy_open(tantivy, path, schema)
    index.reload()
    searcher = index.searcher()

    def run(query):
        terms = grams(query, 2)
        built = tantivy.Query.boolean_query([(tantivy.Occur.Should, tantivy.Query.term_query(schema, "body", t)) for t in terms])
        hits = searcher.search(built, 10).hits
        return [searcher.doc(address)["id"][0] for _, address in hits]

    timed(queries, rounds, out, run)


def fts5_index(tsv, path):
    db = sqlite3.connect(path)
    db.execute("CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, body, tokenize='trigram')")
    db.executemany("INSERT INTO docs(id, body) VALUES (?, ?)", texts(tsv))
    db.commit()
    db.close()


def fts5_search(path, queries, rounds, out):
    db = sqlite3.connect(path)

    def run(query):
        terms = grams(query, 3)
        if not terms or any(len(w) < 3 for w in WORD.findall(query)) and len(query) < 80:
            return None
        match = " OR ".join('"' + t.replace('"', '""') + '"' for t in terms)
        rows = db.execute("SELECT id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 10", (match,)).fetchall()
        return [r[0] for r in rows]

    timed(queries, rounds, out, run)


def measure(out, command):
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    with open(out, "w") as sink:
        sink.write(f"{usage.ru_utime + usage.ru_stime:.2f} {usage.ru_maxrss / 1024:.0f} {wall:.2f}\n")


def main(argv):
    lines = lambda path: [l.strip() for l in open(path, encoding="utf-8") if l.strip()]
    command = argv[1] if len(argv) > 1 else ""
    if command == "tantivy-index":
        tantivy_index(argv[2], argv[3])
    elif command == "tantivy-search":
        tantivy_search(argv[2], lines(argv[3]), int(argv[4]), argv[5])
    elif command == "fts5-index":
        fts5_index(argv[2], argv[3])
    elif command == "fts5-search":
        fts5_search(argv[2], lines(argv[3]), int(argv[4]), argv[5])
    elif command == "measure" and len(argv) > 4 and argv[3] == "--":
        measure(argv[2], argv[4:])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv)
