/*
 * CXapian — a small, pure C view of the parts of Xapian that the case library uses.
 *
 * Rules of this header:
 *  - Every function that can fail returns a cx_status. CX_OK (0) means success.
 *  - On failure, if `error` is not NULL, *error receives a message that the caller owns
 *    and must release with cx_string_free(). On success *error is left untouched.
 *  - No C++ exception ever leaves this library: every entry point catches
 *    Xapian::Error, std::exception and anything else through one dispatcher.
 *  - Every handle created here (cx_database, cx_writable, cx_document, cx_query,
 *    cx_mset, cx_eset, cx_strings) has exactly one free function; freeing NULL is a no-op.
 *  - Strings passed in are byte strings with an explicit length (UTF-8 for text);
 *    strings handed out are owned by the handle they come from unless stated otherwise.
 *  - Handles are not thread-safe: use one handle from one thread at a time.
 */
#ifndef CXAPIAN_H
#define CXAPIAN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum cx_status {
    CX_OK = 0,
    CX_ERR_DATABASE_MODIFIED = 1,  /* reopen the database and retry */
    CX_ERR_DATABASE_OPENING = 2,   /* missing or unreadable database */
    CX_ERR_DATABASE_LOCK = 3,      /* another writer holds the lock */
    CX_ERR_DATABASE_CORRUPT = 4,
    CX_ERR_DATABASE = 5,           /* any other database error */
    CX_ERR_NETWORK = 6,            /* remote backend errors */
    CX_ERR_INVALID_ARGUMENT = 7,
    CX_ERR_DOC_NOT_FOUND = 8,
    CX_ERR_XAPIAN = 9,             /* any other Xapian::Error */
    CX_ERR_STD = 10,               /* a std::exception (e.g. std::bad_alloc) */
    CX_ERR_UNKNOWN = 11            /* anything else thrown */
} cx_status;

typedef struct cx_database cx_database;
typedef struct cx_writable cx_writable;
typedef struct cx_document cx_document;
typedef struct cx_query cx_query;
typedef struct cx_mset cx_mset;
typedef struct cx_eset cx_eset;
typedef struct cx_strings cx_strings;

/** Frees a message or string allocated by this library. NULL is fine. */
void cx_string_free(char *s);

/* ---------------------------------------------------------------- strings */

/** Number of strings in a list. */
size_t cx_strings_count(const cx_strings *list);
/** The i-th string (owned by the list); its byte length goes to *length. */
const char *cx_strings_at(const cx_strings *list, size_t i, size_t *length);
void cx_strings_free(cx_strings *list);

/* ---------------------------------------------------------------- read-only database */

/** Opens a database (a directory, or a stub file listing local and remote shards). */
cx_status cx_database_open(const char *path, cx_database **out, char **error);
/** Writes a compacted copy of the database at `source` into the new folder `destination` (full
 *  compaction, document ids kept): smaller and faster to read than a freshly built database. */
cx_status cx_database_compact(const char *source, const char *destination, char **error);
void cx_database_free(cx_database *db);
/** Reopens at the latest revision; *changed is 1 when the revision moved. */
cx_status cx_database_reopen(cx_database *db, int *changed, char **error);
cx_status cx_database_doccount(cx_database *db, uint32_t *out, char **error);
/** The revision of a single local database; 0 for a sharded or remote one. */
cx_status cx_database_revision(cx_database *db, uint64_t *out, char **error);
cx_status cx_database_average_length(cx_database *db, double *out, char **error);
cx_status cx_database_termfreq(cx_database *db, const char *term, size_t len, uint32_t *out, char **error);
/** The docid of the first document indexed by `term` (0 when none). */
cx_status cx_database_first_docid(cx_database *db, const char *term, size_t len, uint32_t *out, char **error);
/** The document's data blob; *out is malloc'd and freed by cx_string_free. */
cx_status cx_database_document_data(cx_database *db, uint32_t docid, char **out, size_t *out_len, char **error);
/** The document's value in `slot`; *out is malloc'd (empty when unset) and freed by cx_string_free. */
cx_status cx_database_document_value(cx_database *db, uint32_t docid, uint32_t slot, char **out, size_t *out_len,
                                     char **error);
/** User metadata stored under `key`; empty when unset. *out is freed by cx_string_free. */
cx_status cx_database_metadata(cx_database *db, const char *key, size_t key_len, char **out, size_t *out_len,
                               char **error);
/** Every metadata key starting with `prefix`. The list is freed by cx_strings_free. */
cx_status cx_database_metadata_keys(cx_database *db, const char *prefix, size_t len, cx_strings **out, char **error);
/** The synonyms of `term`. The list is freed by cx_strings_free. */
cx_status cx_database_synonyms(cx_database *db, const char *term, size_t len, cx_strings **out, char **error);
/**
 * Which of `terms` index which of `docids`: out[t * docid_count + d] is set to 1 when term t indexes
 * docids[d], else 0. `out` is caller-owned, term_count * docid_count bytes. Reads posting lists only
 * (no term lists), so it is cheap for a few query terms over a page of hits.
 */
cx_status cx_database_term_presence(cx_database *db, const char *const *terms, const size_t *lengths, size_t term_count,
                                    const uint32_t *docids, size_t docid_count, uint8_t *out, char **error);
/** The terms of a document with their wdf, as a list of alternating term and decimal wdf strings. */
cx_status cx_database_termlist(cx_database *db, uint32_t docid, cx_strings **out, char **error);

/* ---------------------------------------------------------------- writable database */

/** Opens a local database for writing; creates it when `create` is non-zero. */
cx_status cx_writable_open(const char *path, int create, cx_writable **out, char **error);
/** Commits pending changes (unless already committed) and closes. NULL is fine. */
void cx_writable_free(cx_writable *db);
cx_status cx_writable_replace_by_term(cx_writable *db, const char *term, size_t len, const cx_document *doc,
                                      char **error);
cx_status cx_writable_delete_by_term(cx_writable *db, const char *term, size_t len, char **error);
cx_status cx_writable_set_metadata(cx_writable *db, const char *key, size_t key_len, const char *value,
                                   size_t value_len, char **error);
cx_status cx_writable_add_synonym(cx_writable *db, const char *term, size_t len, const char *synonym,
                                  size_t synonym_len, char **error);
cx_status cx_writable_clear_synonyms(cx_writable *db, const char *term, size_t len, char **error);
cx_status cx_writable_commit(cx_writable *db, char **error);
/** Starts a flushed transaction: its changes reach disk together at cx_writable_commit_transaction,
 *  or not at all (closing or freeing the handle with a transaction open discards them). */
cx_status cx_writable_begin_transaction(cx_writable *db, char **error);
cx_status cx_writable_commit_transaction(cx_writable *db, char **error);
cx_status cx_writable_close(cx_writable *db, char **error);
cx_status cx_writable_doccount(cx_writable *db, uint32_t *out, char **error);

/* ---------------------------------------------------------------- documents */

cx_document *cx_document_new(void);
void cx_document_free(cx_document *doc);
/** Adds `count` terms at once: term i is the `lengths[i]` bytes of `terms` after those of the terms
 *  before it; a `positions[i]` above 0 adds it there with wdf increment `wdfs[i]`, 0 adds it without
 *  a position (`wdfs[i]` 0 makes it a boolean term). One call for a whole document's terms. */
cx_status cx_document_add_terms(cx_document *doc, const char *terms, const uint32_t *lengths, const uint32_t *positions,
                                const uint32_t *wdfs, size_t count, char **error);
cx_status cx_document_set_value(cx_document *doc, uint32_t slot, const char *value, size_t len, char **error);
cx_status cx_document_set_data(cx_document *doc, const char *data, size_t len, char **error);

/* ---------------------------------------------------------------- queries */

typedef enum cx_query_op {
    CX_OP_AND = 0,
    CX_OP_OR = 1,
    CX_OP_AND_NOT = 2,
    CX_OP_FILTER = 3,
    CX_OP_AND_MAYBE = 4,
    CX_OP_SYNONYM = 5,
    CX_OP_PHRASE = 6,
    CX_OP_NEAR = 7,
    CX_OP_ELITE_SET = 8
} cx_query_op;

/** A query matching nothing. */
cx_query *cx_query_match_nothing(void);
/** A query matching every document. */
cx_query *cx_query_match_all(void);
cx_status cx_query_term(const char *term, size_t len, uint32_t wqf, uint32_t position, cx_query **out, char **error);
/** Combines `count` subqueries (not consumed). `window` is used by PHRASE and NEAR, the set size by ELITE_SET. */
cx_status cx_query_combine(cx_query_op op, cx_query *const *subqueries, size_t count, uint32_t window,
                           cx_query **out, char **error);
cx_status cx_query_scale(const cx_query *query, double factor, cx_query **out, char **error);
/** Documents whose value in `slot` sorts between `low` and `high` (inclusive, byte order). */
cx_status cx_query_value_range(uint32_t slot, const char *low, size_t low_len, const char *high, size_t high_len,
                               cx_query **out, char **error);
/** A readable description, for explanations and tests. Freed by cx_string_free. */
char *cx_query_describe(const cx_query *query);
void cx_query_free(cx_query *query);

/* ---------------------------------------------------------------- searching */

typedef struct cx_search_options {
    uint32_t offset;
    uint32_t limit;
    /* > 0: count the matches in a second, unweighted pass that checks at least this many documents
       (the document count gives exact totals and facets); the ranked page itself is found with
       Xapian's pruning either way. */
    uint32_t check_at_least;
    double bm25_k1;           /* <= 0 means Xapian's default */
    double bm25_b;            /* < 0 means Xapian's default */
    uint32_t facet_slot;      /* the value slot holding every facet's value, joined by 0x1F */
    size_t facet_count;       /* how many facets that slot holds; 0 counts none */
    /* 1 (local databases only): count a boolean query over terms from its posting lists as a
       bitmap, and facets from a table of every document's packed value read once per revision;
       other queries are counted by Xapian's matcher, with the table's match spy on a single
       database (a match over shards gives a spy each shard's own docids). 0 (remote shards, which
       run only Xapian's own spies): the matcher with a ValueCountMatchSpy on the packed value. */
    int facet_table;
} cx_search_options;

/**
 * Document frequencies of `terms` within the documents matching `filter`, in one call: out[t] is
 * set to the number of documents that match `filter` and are indexed by term t, and
 * *filter_count to the number of documents matching `filter`. `out` is caller-owned, term_count
 * entries. The filter's documents are collected once; each term's posting list is then walked
 * (or the filter's documents skipped through, whichever is shorter), so a precedent query asks
 * for the statistics of hundreds of terms with one call and one match.
 */
cx_status cx_database_term_frequencies_within(cx_database *db, const cx_query *filter, const char *const *terms,
                                              const size_t *lengths, size_t term_count, uint32_t *out,
                                              uint32_t *filter_count, char **error);
/**
 * Document frequencies of `terms` among the documents NOT indexed by `excluded` (e.g. the term
 * on hidden records): out[t] = df(t) - |docs(t) ∩ docs(excluded)|; *remaining is set to the number
 * of documents not indexed by `excluded`. Cheap when `excluded` indexes few documents. `out` is
 * caller-owned, term_count entries.
 */
cx_status cx_database_term_frequencies_excluding(cx_database *db, const char *excluded, size_t excluded_len,
                                                 const char *const *terms, const size_t *lengths, size_t term_count,
                                                 uint32_t *out, uint32_t *remaining, char **error);
cx_status cx_search(cx_database *db, const cx_query *query, const cx_search_options *options, cx_mset **out,
                    char **error);
void cx_mset_free(cx_mset *mset);
uint32_t cx_mset_size(const cx_mset *mset);
uint32_t cx_mset_matches_estimated(const cx_mset *mset);
uint32_t cx_mset_matches_lower_bound(const cx_mset *mset);
uint32_t cx_mset_docid(const cx_mset *mset, uint32_t i);
double cx_mset_weight(const cx_mset *mset, uint32_t i);
/** The query terms that match the i-th document; NULL on failure. Freed by cx_strings_free. */
cx_strings *cx_mset_matching_terms(const cx_mset *mset, uint32_t i);
/** Counts of the facet-th value in options->facet_slot over the counted matches: alternating value and
    decimal count strings. */
cx_strings *cx_mset_facet(const cx_mset *mset, size_t facet);

/**
 * The expand set: the `count` best terms to find documents like those in `docids`
 * (Xapian's relevance feedback). Terms starting with a byte in 'A'..'Z' (field prefixes)
 * are skipped when `skip_prefixed` is non-zero. The set is freed by cx_eset_free.
 */
cx_status cx_expand(cx_database *db, const uint32_t *docids, size_t docid_count, uint32_t count,
                    int skip_prefixed, cx_eset **out, char **error);
void cx_eset_free(cx_eset *eset);
uint32_t cx_eset_size(const cx_eset *eset);
const char *cx_eset_term(const cx_eset *eset, uint32_t i, size_t *length);
double cx_eset_weight(const cx_eset *eset, uint32_t i);

#ifdef __cplusplus
}
#endif

#endif /* CXAPIAN_H */
