// The raw Xapian reference for Tools/bench: Xapian's own CJK n-gram term generator and query parser
// over the same texts and queries as caselib. Not part of the product.
//
//   xapian_reference index TEXTS.tsv DBDIR            (lines: id <TAB> text with \n escaped as \\n)
//   xapian_reference search DBDIR QUERIES.txt ROUNDS OUT.tsv
//
// search: each query (OR of the parsed terms) for the top 10, with Xapian's own snippet of every
// hit, run once to warm up and then ROUNDS times; writes per query "number <TAB> median CPU ms <TAB>
// median wall ms <TAB> top-10 ids" (CPU time of the thread, as caselib bench-search measures it).
#include <xapian.h>

#include <time.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

static std::string unescape(const std::string &s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') { out += '\n'; ++i; }
        else if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == '\\') { out += '\\'; ++i; }
        else out += s[i];
    }
    return out;
}

static double thread_cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

static double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static int index_texts(const char *tsv, const char *dir) {
    Xapian::WritableDatabase db(dir, Xapian::DB_CREATE_OR_OVERWRITE);
    Xapian::TermGenerator generator;
    generator.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
    std::ifstream in(tsv);
    std::string line;
    size_t count = 0;
    while (std::getline(in, line)) {
        auto tab = line.find('\t');
        if (tab == std::string::npos) continue;
        Xapian::Document doc;
        generator.set_document(doc);
        std::string text = unescape(line.substr(tab + 1));
        generator.index_text(text);
        doc.set_data(line.substr(0, tab) + "\n" + text);
        doc.add_boolean_term("Q" + line.substr(0, tab));
        db.replace_document("Q" + line.substr(0, tab), doc);
        ++count;
    }
    db.commit();
    std::cout << "indexed " << count << " documents" << std::endl;
    return 0;
}

static int search(const char *dir, const char *queries_path, int rounds, const char *out_path) {
    Xapian::Database db(dir);
    std::vector<std::string> queries;
    std::ifstream in(queries_path);
    for (std::string line; std::getline(in, line);) if (!line.empty()) queries.push_back(line);
    Xapian::QueryParser parser;
    parser.set_database(db);
    parser.set_default_op(Xapian::Query::OP_OR);
    std::ofstream out(out_path);
    for (size_t n = 0; n < queries.size(); ++n) {
        std::vector<double> cpu, wall;
        std::string ids;
        for (int round = 0; round <= rounds; ++round) {
            double start_cpu = thread_cpu_ms();
            auto start = std::chrono::steady_clock::now();
            Xapian::Enquire enquire(db);
            enquire.set_query(parser.parse_query(queries[n], Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_CJK_NGRAM));
            Xapian::MSet mset = enquire.get_mset(0, 10);
            ids.clear();
            for (auto it = mset.begin(); it != mset.end(); ++it) {
                std::string data = it.get_document().get_data();
                auto newline = data.find('\n');
                (void)mset.snippet(data.substr(newline + 1), 90);
                ids += (ids.empty() ? "" : ",") + data.substr(0, newline);
            }
            if (round == 0) continue;
            cpu.push_back(thread_cpu_ms() - start_cpu);
            wall.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        }
        out << n << '\t' << median(cpu) << '\t' << median(wall) << '\t' << ids << '\n';
    }
    return 0;
}

int main(int argc, char **argv) try {
    if (argc >= 4 && std::string(argv[1]) == "index") return index_texts(argv[2], argv[3]);
    if (argc >= 6 && std::string(argv[1]) == "search") return search(argv[2], argv[3], std::stoi(argv[4]), argv[5]);
    std::cerr << "usage: xapian_reference index TSV DB | search DB QUERIES ROUNDS OUT" << std::endl;
    return 2;
} catch (const Xapian::Error &e) {
    std::cerr << e.get_description() << std::endl;
    return 1;
}
