package io.headcount.candidate.search.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.headcount.candidate.search.model.CandidateSummary;

import java.util.List;

@JsonInclude(JsonInclude.Include.NON_NULL)
record SearchResponse(List<CandidateSummary> items, String nextCursor, Explanation explain) {

    /** Only with {@code explain=true}: the parsed query and the store filter it became. */
    record Explanation(QueryTree query, String storeFilter) {
    }
}
