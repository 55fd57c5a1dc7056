#!/usr/bin/env python3
"""The benchmark's corpus: a deterministic recombination of the sample's cases and the dev corpus.

    corpus.py --cases Cases --dev ../shared/eval/precedents-dev --count N --seed S --out DIR

Writes DIR/Cases/cases/<id>.md (the library's own file format, so `caselib index` reads it),
DIR/Cases/thesaurus.txt (the sample's), DIR/texts.tsv (id <TAB> the same texts, for the peers; newlines
escaped as \\n), DIR/short.txt and DIR/long.txt (queries). With --count 0 the sample's cases are
written unchanged. Each synthetic case takes the header of a sample case chosen at random (category,
unit, response, legal basis, review state — so about as many are hidden as in the sample), a new id,
a title from the pool, and each section rebuilt from sentences of that section drawn from every
sample and dev case, to about the template's length. The same seed gives the same files.
"""
import argparse
import json
import os
import random
import re
import shutil

SECTIONS = ["request", "response_note", "consultation", "analysis"]
SHORT_QUERIES = ["户籍档案", "第三方 处罚决定书", "电子警察 过程性信息", "消防检查", "重复申请", "课题 统计数据",
                 "政府信息公開", "历史 户口底册", "行政复议 撤销", "信访举报投诉", "交通事故认定书", "出入境记录",
                 "监控录像", "内部事务信息", "询问笔录", "个人隐私", "征求第三方意见", "不予公开", "档案馆", "会议纪要"]


def parse_case(path):
    """(header lines, {section: text}) of a case file."""
    text = open(path, encoding="utf-8").read()
    head, _, rest = text.partition("\n## ")
    sections = {}
    for block in ("## " + rest).split("\n## ") if rest else []:
        name, _, body = block.removeprefix("## ").partition("\n")
        sections[name.strip()] = body.strip()
    return head.rstrip("\n").split("\n"), sections


def sentences(text):
    return [s for s in re.split(r"(?<=[。！？；])", text.replace("\n", "")) if s.strip()]


def list_items(header, field):
    out, inside = [], False
    for line in header:
        if line.startswith(field + ":"):
            inside = True
        elif inside and line.startswith("  - "):
            out.append(line[4:])
        else:
            inside = False
    return out


def tsv_text(title, sections, header):
    parts = [title] + [sections[s] for s in SECTIONS if s in sections]
    parts += list_items(header, "legal_basis") + list_items(header, "tags")
    return "\\n".join(p.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", " ") for p in parts)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", required=True)
    parser.add_argument("--dev", required=True)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    folder = os.path.join(args.cases, "cases")
    templates = [parse_case(os.path.join(folder, name)) for name in sorted(os.listdir(folder)) if name.endswith(".md")]
    titles = [line.split(": ", 1)[1] for header, _ in templates for line in header if line.startswith("title: ")]
    pools = {s: [x for _, sec in templates for x in sentences(sec.get(s, ""))] for s in SECTIONS}
    dev_corpus = os.path.join(args.dev, "corpus.jsonl")
    dev_queries = []
    if os.path.exists(dev_corpus):
        for line in open(dev_corpus, encoding="utf-8"):
            record = json.loads(line)
            if record.get("kind") != "case":
                continue
            titles.append(record["title"])
            for s in SECTIONS:
                pools[s] += sentences(record.get(s) or "")
        dev_queries = [json.loads(l)["text"] for l in open(os.path.join(args.dev, "queries.jsonl"), encoding="utf-8")]

    out_cases = os.path.join(args.out, "Cases", "cases")
    os.makedirs(out_cases, exist_ok=True)
    thesaurus = os.path.join(args.cases, "thesaurus.txt")
    if os.path.exists(thesaurus):
        shutil.copy(thesaurus, os.path.join(args.out, "Cases", "thesaurus.txt"))
    with open(os.path.join(args.out, "texts.tsv"), "w", encoding="utf-8") as tsv:
        if args.count == 0:
            for name in sorted(os.listdir(folder)):
                if name.endswith(".md"):
                    shutil.copy(os.path.join(folder, name), out_cases)
                    header, sections = parse_case(os.path.join(folder, name))
                    ident = next(l.split(": ", 1)[1] for l in header if l.startswith("id: "))
                    title = next(l.split(": ", 1)[1] for l in header if l.startswith("title: "))
                    tsv.write(f"{ident}\t{tsv_text(title, sections, header)}\n")
        for number in range(args.count):
            header, sections = templates[rng.randrange(len(templates))]
            ident = f"B{args.seed}-{number:07d}"
            title = rng.choice(titles)
            new_sections = {}
            for name, body in sections.items():
                pool = pools.get(name) or sentences(body)
                wanted, text = len(body), ""
                while len(text) < wanted and pool:
                    text += rng.choice(pool)
                new_sections[name] = text
            lines = []
            for line in header:
                if line.startswith("id: "):
                    line = "id: " + ident
                elif line.startswith("title: "):
                    line = "title: " + title
                lines.append(line)
            body = "\n".join(lines) + "\n" + "".join(f"\n## {n}\n\n{t}\n" for n, t in new_sections.items())
            with open(os.path.join(out_cases, ident + ".md"), "w", encoding="utf-8") as f:
                f.write(body)
            tsv.write(f"{ident}\t{tsv_text(title, new_sections, header)}\n")

    with open(os.path.join(args.out, "short.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(SHORT_QUERIES) + "\n")
    # Application-length queries: the dev set's applications and sample requests, 80–300 characters.
    requests = [sec["request"].replace("\n", "") for _, sec in templates if "request" in sec]
    long_queries = [q for q in dev_queries + random.Random(1).sample(requests, min(20, len(requests))) if 80 <= len(q) <= 300][:20]
    with open(os.path.join(args.out, "long.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(long_queries) + "\n")


if __name__ == "__main__":
    main()
