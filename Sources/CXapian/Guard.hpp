// Internal to CXapian: the handle structs and the one exception dispatcher.
#ifndef CXAPIAN_GUARD_HPP
#define CXAPIAN_GUARD_HPP

#include "CXapian.h"

#include <xapian.h>

#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <string>
#include <vector>

/// The packed facet value of every document of one revision, read once: `codes[docid]` is 1 + the
/// index of its value in `values` (0: none). A search's facet counts then cost an array lookup per
/// match instead of a value read and a map insert.
struct cx_facet_table {
    bool built = false;
    Xapian::valueno slot = 0;
    std::vector<uint32_t> codes;
    std::vector<std::string> values;
};
struct cx_database {
    Xapian::Database db;
    cx_facet_table facets;  // dropped when the database is reopened at a new revision
};
struct cx_writable { Xapian::WritableDatabase db; bool closed = false; };
struct cx_document { Xapian::Document doc; };
struct cx_query { Xapian::Query query; };
struct cx_strings { std::vector<std::string> items; };
struct cx_mset {
    Xapian::Enquire enquire;
    Xapian::MSet mset;
    std::vector<cx_strings> facets;
    bool counted = false;               // totals come from the counting pass
    Xapian::doccount counted_estimate = 0;
    Xapian::doccount counted_lower_bound = 0;
};
struct cx_eset { std::vector<std::pair<std::string, double>> terms; };

namespace cxapian {

inline char *copy_string(const std::string &s) {
    char *out = static_cast<char *>(std::malloc(s.size() + 1));
    if (out == nullptr) return nullptr;
    std::memcpy(out, s.data(), s.size());
    out[s.size()] = '\0';
    return out;
}

inline void set_error(char **error, const std::string &message) {
    if (error != nullptr) *error = copy_string(message);
}

/// The one dispatcher: runs `body`, translating every exception into a status.
template <typename Body>
cx_status guarded(char **error, Body &&body) {
    try {
        body();
        return CX_OK;
    } catch (const Xapian::DatabaseModifiedError &e) {
        set_error(error, e.get_description());
        return CX_ERR_DATABASE_MODIFIED;
    } catch (const Xapian::DatabaseLockError &e) {
        set_error(error, e.get_description());
        return CX_ERR_DATABASE_LOCK;
    } catch (const Xapian::DatabaseOpeningError &e) {
        set_error(error, e.get_description());
        return CX_ERR_DATABASE_OPENING;
    } catch (const Xapian::DatabaseCorruptError &e) {
        set_error(error, e.get_description());
        return CX_ERR_DATABASE_CORRUPT;
    } catch (const Xapian::DatabaseError &e) {
        set_error(error, e.get_description());
        return CX_ERR_DATABASE;
    } catch (const Xapian::NetworkError &e) {
        set_error(error, e.get_description());
        return CX_ERR_NETWORK;
    } catch (const Xapian::DocNotFoundError &e) {
        set_error(error, e.get_description());
        return CX_ERR_DOC_NOT_FOUND;
    } catch (const Xapian::InvalidArgumentError &e) {
        set_error(error, e.get_description());
        return CX_ERR_INVALID_ARGUMENT;
    } catch (const Xapian::Error &e) {
        set_error(error, e.get_description());
        return CX_ERR_XAPIAN;
    } catch (const std::exception &e) {
        set_error(error, std::string("std::exception: ") + e.what());
        return CX_ERR_STD;
    } catch (...) {
        set_error(error, "unknown C++ exception");
        return CX_ERR_UNKNOWN;
    }
}

inline std::string bytes(const char *p, size_t len) { return p == nullptr ? std::string() : std::string(p, len); }

inline void copy_out(const std::string &s, char **out, size_t *out_len) {
    char *copy = copy_string(s);
    if (copy == nullptr) throw std::bad_alloc();
    *out = copy;
    *out_len = s.size();
}

template <typename T>
T *require(T *p, const char *what) {
    if (p == nullptr) throw Xapian::InvalidArgumentError(std::string(what) + " is NULL");
    return p;
}

}  // namespace cxapian

#endif
