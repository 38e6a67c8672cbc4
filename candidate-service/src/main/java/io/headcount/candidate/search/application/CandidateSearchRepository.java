package io.headcount.candidate.search.application;

import io.headcount.candidate.search.model.SearchCriteria;
import io.headcount.candidate.search.model.SearchPage;

import java.util.Collection;

public interface CandidateSearchRepository {

    /** Candidates of the given teams that match, never erased ones, in the criteria's order, after the cursor. */
    SearchPage search(Collection<String> teamIds, SearchCriteria criteria, String cursor, int limit);
}
