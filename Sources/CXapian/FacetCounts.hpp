// Internal to CXapian: facet counts from the packed facet value (see IndexSchema.packedFacets).
#ifndef CXAPIAN_FACET_COUNTS_HPP
#define CXAPIAN_FACET_COUNTS_HPP

#include "Guard.hpp"

#include <map>
#include <string>
#include <vector>

namespace cxapian {

/// Counts matches by their code in a facet table (see cx_facet_table).
class FacetTableSpy : public Xapian::MatchSpy {
  public:
    explicit FacetTableSpy(const cx_facet_table &table) : table_(table), counts_(table.values.size() + 1, 0) {}
    void operator()(const Xapian::Document &doc, double) override { add(doc.get_docid()); }
    /// Counts one matching document.
    void add(Xapian::docid id) {
        if (id < table_.codes.size()) ++counts_[table_.codes[id]];
    }
    /// The packed values and their counts, as a ValueCountMatchSpy would give them.
    std::map<std::string, Xapian::doccount> counts() const {
        std::map<std::string, Xapian::doccount> out;
        for (size_t code = 1; code < counts_.size(); ++code)
            if (counts_[code] > 0) out[table_.values[code - 1]] += counts_[code];
        return out;
    }

  private:
    const cx_facet_table &table_;
    std::vector<Xapian::doccount> counts_;
};

/// Reads every document's value in `slot` into the database's facet table, once per revision.
const cx_facet_table &facet_table(cx_database &db, Xapian::valueno slot);

/// Splits each packed facet value (the facets' values joined by 0x1F) and adds its count to each
/// facet's value.
std::vector<cx_strings> unpack_facets(const std::map<std::string, Xapian::doccount> &packed_counts, size_t facet_count);

}  // namespace cxapian

#endif
