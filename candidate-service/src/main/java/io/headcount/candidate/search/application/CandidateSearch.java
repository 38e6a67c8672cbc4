package io.headcount.candidate.search.application;

import io.headcount.candidate.search.model.SearchCriteria;
import io.headcount.candidate.search.model.SearchPage;
import io.headcount.plumbing.identity.Caller;
import org.springframework.stereotype.Service;

/** Boolean search over the caller's teams' candidates. Any role of the team may search. */
@Service
public class CandidateSearch {

    private final CandidateSearchRepository repository;

    public CandidateSearch(CandidateSearchRepository repository) {
        this.repository = repository;
    }

    public SearchPage search(Caller caller, SearchCriteria criteria, String cursor, int limit) {
        caller.requireAnyRole(Caller.HIRING_TEAM);
        return repository.search(caller.teams(), criteria, cursor, limit);
    }
}
