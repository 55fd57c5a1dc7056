// The C++ side of CXapian.h. Every entry point runs its body through `guarded`, the one
// dispatcher that turns any exception into a cx_status and an owned message.
#include "Guard.hpp"

#include <algorithm>

using namespace cxapian;


extern "C" {

void cx_string_free(char *s) { std::free(s); }

size_t cx_strings_count(const cx_strings *list) { return list == nullptr ? 0 : list->items.size(); }

const char *cx_strings_at(const cx_strings *list, size_t i, size_t *length) {
    if (list == nullptr || i >= list->items.size()) {
        if (length != nullptr) *length = 0;
        return "";
    }
    if (length != nullptr) *length = list->items[i].size();
    return list->items[i].c_str();
}

void cx_strings_free(cx_strings *list) { delete list; }

// ------------------------------------------------------------------ read-only database

cx_status cx_database_open(const char *path, cx_database **out, char **error) {
    return guarded(error, [&] {
        require(out, "out");
        auto handle = std::make_unique<cx_database>();
        handle->db = Xapian::Database(require(path, "path"));
        *out = handle.release();
    });
}

cx_status cx_database_compact(const char *source, const char *destination, char **error) {
    return guarded(error, [&] {
        Xapian::Database database(require(source, "source"));
        database.compact(require(destination, "destination"), Xapian::DBCOMPACT_NO_RENUMBER | Xapian::Compactor::FULL);
    });
}

void cx_database_free(cx_database *db) {
    try { delete db; } catch (...) {}
}

cx_status cx_database_reopen(cx_database *db, int *changed, char **error) {
    return guarded(error, [&] {
        bool moved = require(db, "db")->db.reopen();
        if (moved) db->facets = cx_facet_table();
        if (changed != nullptr) *changed = moved ? 1 : 0;
    });
}

cx_status cx_database_doccount(cx_database *db, uint32_t *out, char **error) {
    return guarded(error, [&] { *require(out, "out") = require(db, "db")->db.get_doccount(); });
}

cx_status cx_database_revision(cx_database *db, uint64_t *out, char **error) {
    return guarded(error, [&] {
        require(out, "out");
        try {
            *out = require(db, "db")->db.get_revision();
        } catch (const Xapian::InvalidOperationError &) {
            *out = 0;  // sharded or remote: no single revision
        }
    });
}

cx_status cx_database_average_length(cx_database *db, double *out, char **error) {
    return guarded(error, [&] { *require(out, "out") = require(db, "db")->db.get_avlength(); });
}

cx_status cx_database_termfreq(cx_database *db, const char *term, size_t len, uint32_t *out, char **error) {
    return guarded(error, [&] { *require(out, "out") = require(db, "db")->db.get_termfreq(bytes(term, len)); });
}

cx_status cx_database_first_docid(cx_database *db, const char *term, size_t len, uint32_t *out, char **error) {
    return guarded(error, [&] {
        require(out, "out");
        Xapian::Database &d = require(db, "db")->db;
        std::string t = bytes(term, len);
        Xapian::PostingIterator it = d.postlist_begin(t);
        *out = it == d.postlist_end(t) ? 0 : *it;
    });
}

cx_status cx_database_document_data(cx_database *db, uint32_t docid, char **out, size_t *out_len, char **error) {
    return guarded(error, [&] {
        copy_out(require(db, "db")->db.get_document(docid).get_data(), require(out, "out"),
                 require(out_len, "out_len"));
    });
}

cx_status cx_database_document_value(cx_database *db, uint32_t docid, uint32_t slot, char **out, size_t *out_len,
                                     char **error) {
    return guarded(error, [&] {
        copy_out(require(db, "db")->db.get_document(docid).get_value(slot), require(out, "out"),
                 require(out_len, "out_len"));
    });
}

cx_status cx_database_metadata(cx_database *db, const char *key, size_t key_len, char **out, size_t *out_len,
                               char **error) {
    return guarded(error, [&] {
        copy_out(require(db, "db")->db.get_metadata(bytes(key, key_len)), require(out, "out"),
                 require(out_len, "out_len"));
    });
}

cx_status cx_database_metadata_keys(cx_database *db, const char *prefix, size_t len, cx_strings **out,
                                    char **error) {
    return guarded(error, [&] {
        require(out, "out");
        auto list = std::make_unique<cx_strings>();
        Xapian::Database &d = require(db, "db")->db;
        std::string p = bytes(prefix, len);
        for (auto it = d.metadata_keys_begin(p); it != d.metadata_keys_end(p); ++it) list->items.push_back(*it);
        *out = list.release();
    });
}

cx_status cx_database_synonyms(cx_database *db, const char *term, size_t len, cx_strings **out, char **error) {
    return guarded(error, [&] {
        require(out, "out");
        auto list = std::make_unique<cx_strings>();
        Xapian::Database &d = require(db, "db")->db;
        std::string t = bytes(term, len);
        for (auto it = d.synonyms_begin(t); it != d.synonyms_end(t); ++it) list->items.push_back(*it);
        *out = list.release();
    });
}

cx_status cx_database_term_presence(cx_database *db, const char *const *terms, const size_t *lengths, size_t term_count,
                                    const uint32_t *docids, size_t docid_count, uint8_t *out, char **error) {
    return guarded(error, [&] {
        Xapian::Database &d = require(db, "db")->db;
        require(out, "out");
        std::vector<std::pair<uint32_t, size_t>> order;  // posting lists are walked in docid order
        order.reserve(docid_count);
        for (size_t i = 0; i < docid_count; ++i) order.emplace_back(docids[i], i);
        std::sort(order.begin(), order.end());
        for (size_t t = 0; t < term_count; ++t) {
            std::string term = bytes(terms[t], lengths[t]);
            uint8_t *row = out + t * docid_count;
            for (size_t i = 0; i < docid_count; ++i) row[i] = 0;
            Xapian::PostingIterator it = d.postlist_begin(term);
            Xapian::PostingIterator end = d.postlist_end(term);
            for (const auto &entry : order) {
                if (it == end) break;
                it.skip_to(entry.first);
                if (it != end && *it == entry.first) row[entry.second] = 1;
            }
        }
    });
}

cx_status cx_database_termlist(cx_database *db, uint32_t docid, cx_strings **out, char **error) {
    return guarded(error, [&] {
        require(out, "out");
        auto list = std::make_unique<cx_strings>();
        Xapian::Database &d = require(db, "db")->db;
        for (auto it = d.termlist_begin(docid); it != d.termlist_end(docid); ++it) {
            list->items.push_back(*it);
            list->items.push_back(std::to_string(it.get_wdf()));
        }
        *out = list.release();
    });
}

// ------------------------------------------------------------------ writable database

cx_status cx_writable_open(const char *path, int create, cx_writable **out, char **error) {
    return guarded(error, [&] {
        require(out, "out");
        auto handle = std::make_unique<cx_writable>();
        int flags = create ? Xapian::DB_CREATE_OR_OPEN : Xapian::DB_OPEN;
        handle->db = Xapian::WritableDatabase(require(path, "path"), flags);
        *out = handle.release();
    });
}

void cx_writable_free(cx_writable *db) {
    if (db == nullptr) return;
    try {
        if (!db->closed) db->db.close();
    } catch (...) {
    }
    try { delete db; } catch (...) {}
}

cx_status cx_writable_replace_by_term(cx_writable *db, const char *term, size_t len, const cx_document *doc,
                                      char **error) {
    return guarded(error, [&] {
        require(db, "db")->db.replace_document(bytes(term, len), require(doc, "doc")->doc);
    });
}

cx_status cx_writable_delete_by_term(cx_writable *db, const char *term, size_t len, char **error) {
    return guarded(error, [&] { require(db, "db")->db.delete_document(bytes(term, len)); });
}

cx_status cx_writable_set_metadata(cx_writable *db, const char *key, size_t key_len, const char *value,
                                   size_t value_len, char **error) {
    return guarded(error, [&] {
        require(db, "db")->db.set_metadata(bytes(key, key_len), bytes(value, value_len));
    });
}

cx_status cx_writable_add_synonym(cx_writable *db, const char *term, size_t len, const char *synonym,
                                  size_t synonym_len, char **error) {
    return guarded(error, [&] { require(db, "db")->db.add_synonym(bytes(term, len), bytes(synonym, synonym_len)); });
}

cx_status cx_writable_clear_synonyms(cx_writable *db, const char *term, size_t len, char **error) {
    return guarded(error, [&] { require(db, "db")->db.clear_synonyms(bytes(term, len)); });
}

cx_status cx_writable_commit(cx_writable *db, char **error) {
    return guarded(error, [&] { require(db, "db")->db.commit(); });
}

cx_status cx_writable_begin_transaction(cx_writable *db, char **error) {
    return guarded(error, [&] { require(db, "db")->db.begin_transaction(true); });
}

cx_status cx_writable_commit_transaction(cx_writable *db, char **error) {
    return guarded(error, [&] { require(db, "db")->db.commit_transaction(); });
}

cx_status cx_writable_close(cx_writable *db, char **error) {
    return guarded(error, [&] {
        require(db, "db");
        if (!db->closed) {
            db->db.close();
            db->closed = true;
        }
    });
}

cx_status cx_writable_doccount(cx_writable *db, uint32_t *out, char **error) {
    return guarded(error, [&] { *require(out, "out") = require(db, "db")->db.get_doccount(); });
}

// ------------------------------------------------------------------ documents

cx_document *cx_document_new(void) {
    try { return new cx_document(); } catch (...) { return nullptr; }
}

void cx_document_free(cx_document *doc) {
    try { delete doc; } catch (...) {}
}

cx_status cx_document_add_terms(cx_document *doc, const char *terms, const uint32_t *lengths, const uint32_t *positions,
                                const uint32_t *wdfs, size_t count, char **error) {
    return guarded(error, [&] {
        Xapian::Document &document = require(doc, "doc")->doc;
        if (count > 0 && (!lengths || !positions || !wdfs)) throw Xapian::InvalidArgumentError("null term arrays");
        size_t offset = 0;
        for (size_t i = 0; i < count; ++i) {
            std::string term = bytes(terms ? terms + offset : nullptr, lengths[i]);
            offset += lengths[i];
            if (positions[i] > 0) {
                document.add_posting(term, positions[i], wdfs[i]);
            } else {
                document.add_term(term, wdfs[i]);
            }
        }
    });
}

cx_status cx_document_set_value(cx_document *doc, uint32_t slot, const char *value, size_t len, char **error) {
    return guarded(error, [&] { require(doc, "doc")->doc.add_value(slot, bytes(value, len)); });
}

cx_status cx_document_set_data(cx_document *doc, const char *data, size_t len, char **error) {
    return guarded(error, [&] { require(doc, "doc")->doc.set_data(bytes(data, len)); });
}

}  // extern "C"
