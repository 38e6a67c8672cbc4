package io.headcount.candidate.search.application;

import io.headcount.candidate.search.model.SearchCriteria;
import io.headcount.candidate.search.model.SearchPage;
import io.headcount.plumbing.identity.Caller;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Service;

/** Boolean search over the caller's teams' candidates. Any role of the team may search. */
@Service
public class CandidateSearchService {

    private final CandidateSearchRepository repository;
    private final Timer latency;

    public CandidateSearchService(CandidateSearchRepository repository, MeterRegistry meters) {
        this.repository = repository;
        this.latency = Timer.builder("headcount.search")
                .description("Candidate searches answered by the store (one page)")
                .publishPercentileHistogram().register(meters);
    }

    public SearchPage search(Caller caller, SearchCriteria criteria, String cursor, int limit) {
        caller.requireAnyRole(Caller.HIRING_TEAM);
        return latency.record(() -> repository.search(caller.teams(), criteria, cursor, limit));
    }
}
