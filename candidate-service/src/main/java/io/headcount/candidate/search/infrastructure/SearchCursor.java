package io.headcount.candidate.search.infrastructure;

import io.headcount.candidate.candidate.infrastructure.CandidateCollection;
import io.headcount.candidate.search.model.SortOrder;
import io.headcount.plumbing.domain.InvalidFieldException;
import io.headcount.plumbing.web.Cursors;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * Keyset pagination: the cursor holds the sort key and id of the last hit, and the next page starts strictly after
 * it — stable while candidates are added or changed, and cheap on an index (no skip).
 */
record SearchCursor(SortOrder sort, String key, String id) {

    private static final String SEPARATOR = "\u0000";

    static Sort sortOf(SortOrder sort) {
        return switch (sort) {
            case NEWEST -> Sort.by(Sort.Direction.DESC, "_id");
            case OLDEST -> Sort.by(Sort.Direction.ASC, "_id");
            case MOST_EXPERIENCED -> Sort.by(Sort.Direction.DESC, CandidateCollection.SORT_YEARS)
                    .and(Sort.by(Sort.Direction.DESC, "_id"));
            case NAME -> Sort.by(Sort.Direction.ASC, CandidateCollection.SORT_NAME)
                    .and(Sort.by(Sort.Direction.ASC, "_id"));
        };
    }

    static SearchCursor after(Document last, SortOrder sort) {
        String key = switch (sort) {
            case NEWEST, OLDEST -> "";
            case MOST_EXPERIENCED -> String.valueOf(last.getInteger(CandidateCollection.SORT_YEARS, -1));
            case NAME -> last.getString(CandidateCollection.SORT_NAME);
        };
        return new SearchCursor(sort, key, last.getString("_id"));
    }

    static SearchCursor decode(String cursor, SortOrder expectedSort) {
        String raw = Cursors.decode(cursor);
        if (raw == null) {
            return null;
        }
        String[] parts = raw.split(SEPARATOR, -1);
        if (parts.length != 3 || !parts[0].equals(expectedSort.name())) {
            throw new InvalidFieldException("cursor", "belongs to another search order; start again without it");
        }
        return new SearchCursor(expectedSort, parts[1], parts[2]);
    }

    String encode() {
        return Cursors.encode(sort.name() + SEPARATOR + key + SEPARATOR + id);
    }

    Criteria keyset() {
        return switch (sort) {
            case NEWEST -> Criteria.where("_id").lt(id);
            case OLDEST -> Criteria.where("_id").gt(id);
            case MOST_EXPERIENCED -> {
                int years = parseYears();
                yield new Criteria().orOperator(Criteria.where(CandidateCollection.SORT_YEARS).lt(years),
                        Criteria.where(CandidateCollection.SORT_YEARS).is(years).and("_id").lt(id));
            }
            case NAME -> new Criteria().orOperator(Criteria.where(CandidateCollection.SORT_NAME).gt(key),
                    Criteria.where(CandidateCollection.SORT_NAME).is(key).and("_id").gt(id));
        };
    }

    private int parseYears() {
        try {
            return Integer.parseInt(key);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException("cursor", "is not a cursor this API handed out");
        }
    }
}
