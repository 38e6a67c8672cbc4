package io.headcount.candidate.candidate.model;

import io.headcount.events.SourceChannel;
import io.headcount.events.candidate.CandidateErased;
import io.headcount.events.candidate.CandidateEvent;
import io.headcount.events.candidate.CandidateProfileUpdated;
import io.headcount.events.candidate.CandidateSourced;
import io.headcount.events.candidate.CandidateWithdrawn;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.ConflictException;
import io.headcount.plumbing.domain.InvalidFieldException;
import io.headcount.plumbing.domain.ResourceRef;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One person a team is considering, possibly for several requisitions. After erasure the profile is gone and only
 * anonymous facts remain (which requisitions, how sourced, when).
 */
public record Candidate(String id, String teamId, Profile profile, List<Application> applications,
                        Instant createdAt, Instant erasedAt, long version) {

    public Candidate {
        applications = List.copyOf(applications);
    }

    public static Changed<Candidate, CandidateEvent> source(String id, String teamId, Profile profile, String requisitionId,
                                            SourceChannel channel, Instant now) {
        Candidate candidate = new Candidate(id, teamId, profile,
                List.of(new Application(requisitionId, channel, now, null, null)), now, null, 1);
        return Changed.of(candidate, candidate.sourcedEvent(requisitionId, channel));
    }

    /** Sources the same person into another requisition: one person, several candidacies. */
    public Changed<Candidate, CandidateEvent> sourceInto(String requisitionId, SourceChannel channel, Instant now) {
        requireNotErased();
        if (application(requisitionId).isPresent()) {
            throw new ConflictException("candidate " + id + " is already in requisition " + requisitionId,
                    ResourceRef.candidate(id));
        }
        List<Application> more = new ArrayList<>(applications);
        more.add(new Application(requisitionId, channel, now, null, null));
        return Changed.of(with(profile, more, erasedAt), sourcedEvent(requisitionId, channel));
    }

    public Changed<Candidate, CandidateEvent> updateProfile(Profile newProfile) {
        requireNotErased();
        List<String> changed = newProfile.changedFieldsComparedTo(profile);
        if (changed.isEmpty()) {
            return Changed.unchanged(this);
        }
        return Changed.of(with(newProfile, applications, erasedAt),
                new CandidateProfileUpdated(id, version + 1, changed));
    }

    public Changed<Candidate, CandidateEvent> withdraw(String requisitionId, String reason, Instant now) {
        requireNotErased();
        Application application = application(requisitionId).orElseThrow(() -> new InvalidFieldException(
                "requisitionId", "candidate " + id + " is not in requisition " + requisitionId));
        if (application.isWithdrawn()) {
            return Changed.unchanged(this);
        }
        List<Application> updated = applications.stream()
                .map(a -> a == application ? a.withdraw(now, reason) : a).toList();
        return Changed.of(with(profile, updated, erasedAt), new CandidateWithdrawn(id, requisitionId, reason));
    }

    /** GDPR erasure: drops the profile, keeps anonymous facts. Erasing twice changes nothing. */
    public Changed<Candidate, CandidateEvent> erase(Instant now) {
        if (isErased()) {
            return Changed.unchanged(this);
        }
        return Changed.of(with(null, applications, now), new CandidateErased(id));
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Optional<Application> application(String requisitionId) {
        return applications.stream().filter(a -> a.requisitionId().equals(requisitionId)).findFirst();
    }

    private CandidateSourced sourcedEvent(String requisitionId, SourceChannel channel) {
        return new CandidateSourced(id, requisitionId, channel, profile.fullName(), profile.email(), profile.skills());
    }

    private Candidate with(Profile newProfile, List<Application> newApplications, Instant newErasedAt) {
        return new Candidate(id, teamId, newProfile, newApplications, createdAt, newErasedAt, version);
    }

    private void requireNotErased() {
        if (isErased()) {
            throw new ConflictException("candidate " + id + " was erased");
        }
    }
}
