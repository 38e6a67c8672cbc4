package io.headcount.candidate.candidate.application;

import io.headcount.candidate.candidate.model.Candidate;
import io.headcount.events.candidate.CandidateEvent;
import io.headcount.plumbing.domain.AggregateStore;

import java.util.Optional;

public interface CandidateRepository extends AggregateStore<Candidate, CandidateEvent> {

    Optional<String> findIdByContact(String teamId, String email, String linkedinUrl);
}
