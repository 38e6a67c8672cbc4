package io.headcount.candidate.candidate.application;

import io.headcount.candidate.candidate.model.Candidate;
import io.headcount.events.HeadcountEvent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface CandidateRepository {

    /** Throws {@link DuplicateCandidateException} when the team already has this email or LinkedIn profile. */
    void insert(Candidate candidate, List<HeadcountEvent> events);

    /** False when the stored version is no longer {@code expectedVersion}. Throws on a duplicate contact. */
    boolean update(Candidate candidate, long expectedVersion, List<HeadcountEvent> events);

    Optional<Candidate> find(String id, Collection<String> teamIds);

    Optional<String> findIdByContact(String teamId, String email, String linkedinUrl);
}
