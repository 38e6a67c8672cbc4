package io.headcount.candidate.candidate.application;

import io.headcount.candidate.candidate.model.Candidate;
import io.headcount.events.candidate.CandidateEvent;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.VersionedWrites;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface CandidateRepository {

    /** Throws {@link DuplicateCandidateException} when the team already has this email or LinkedIn profile. */
    void insert(Candidate candidate, List<CandidateEvent> events);

    /** False when the stored version is no longer {@code expectedVersion}. Throws on a duplicate contact. */
    boolean update(Candidate candidate, long expectedVersion, List<CandidateEvent> events);

    Optional<Candidate> find(String id, Collection<String> teamIds);

    Optional<String> findIdByContact(String teamId, String email, String linkedinUrl);

    /** Stores a change made to {@code before} (read just now), unless it changed nothing; stale → exception. */
    default void save(Candidate before, Changed<Candidate, CandidateEvent> change) {
        save(before, before.version(), change);
    }

    /** Stores a change the caller based on {@code expectedVersion} (their If-Match); stale → exception. */
    default long save(Candidate before, long expectedVersion, Changed<Candidate, CandidateEvent> change) {
        return new VersionedWrites<>("candidate", this::update, Candidate::id, Candidate::version).save(before,
                expectedVersion, change);
    }
}
