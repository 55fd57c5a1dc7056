// The reference run for Tools/bench: plain Xapian with its own CJK n-gram term generator and query
// parser, over the same texts and queries as caselib. Not part of the product.
//
//   xapian_reference index TEXTS.tsv DBDIR      (lines: id <TAB> text with \n escaped as \\n)
//   xapian_reference search DBDIR QUERIES.txt ROUNDS
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

static std::string unescape(const std::string &s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == 'n') { out += '\n'; ++i; } else out += s[i];
    }
    return out;
}

int main(int argc, char **argv) try {
    if (argc >= 4 && std::string(argv[1]) == "index") {
        auto start = std::chrono::steady_clock::now();
        Xapian::WritableDatabase db(argv[3], Xapian::DB_CREATE_OR_OVERWRITE);
        Xapian::TermGenerator generator;
        generator.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
        std::ifstream in(argv[2]);
        std::string line;
        size_t count = 0;
        while (std::getline(in, line)) {
            auto tab = line.find('\t');
            if (tab == std::string::npos) continue;
            Xapian::Document doc;
            generator.set_document(doc);
            std::string text = unescape(line.substr(tab + 1));
            generator.index_text(text);
            doc.set_data(text);
            doc.add_boolean_term("Q" + line.substr(0, tab));
            db.replace_document("Q" + line.substr(0, tab), doc);
            ++count;
        }
        db.commit();
        auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        std::cout << "indexed " << count << " documents in " << ms << " ms" << std::endl;
        return 0;
    }
    if (argc >= 5 && std::string(argv[1]) == "search") {
        Xapian::Database db(argv[2]);
        std::vector<std::string> queries;
        std::ifstream in(argv[3]);
        for (std::string line; std::getline(in, line);) if (!line.empty()) queries.push_back(line);
        int rounds = std::stoi(argv[4]);
        Xapian::QueryParser parser;
        parser.set_database(db);
        parser.set_default_op(Xapian::Query::OP_OR);
        std::vector<double> times;
        for (int round = 0; round < rounds; ++round) {
            for (const auto &text : queries) {
                auto start = std::chrono::steady_clock::now();
                Xapian::Enquire enquire(db);
                enquire.set_query(parser.parse_query(text, Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_CJK_NGRAM));
                Xapian::MSet mset = enquire.get_mset(0, 10, db.get_doccount());
                for (auto it = mset.begin(); it != mset.end(); ++it) {
                    std::string data = it.get_document().get_data();
                    (void)mset.snippet(data, 90);
                }
                times.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
            }
        }
        std::sort(times.begin(), times.end());
        std::cout << "median_us " << times[times.size() / 2] << " p90_us " << times[times.size() * 9 / 10] << " queries "
                  << times.size() << std::endl;
        return 0;
    }
    std::cerr << "usage: xapian_reference index TSV DB | search DB QUERIES ROUNDS" << std::endl;
    return 2;
} catch (const Xapian::Error &e) {
    std::cerr << e.get_description() << std::endl;
    return 1;
}
