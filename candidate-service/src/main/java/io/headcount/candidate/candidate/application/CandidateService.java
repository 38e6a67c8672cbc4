package io.headcount.candidate.candidate.application;

import io.headcount.candidate.candidate.model.Candidate;
import io.headcount.candidate.candidate.model.Profile;
import io.headcount.candidate.requisition.application.RequisitionService;
import io.headcount.events.SourceChannel;
import io.headcount.events.candidate.CandidateEvent;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.ConflictException;
import io.headcount.plumbing.domain.ExpectedVersion;
import io.headcount.plumbing.domain.Ids;
import io.headcount.plumbing.domain.NotFoundException;
import io.headcount.plumbing.domain.OnLatest;
import io.headcount.plumbing.domain.ResourceRef;
import io.headcount.plumbing.idempotency.IdempotencyKeyStore;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.identity.Role;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

@Service
public class CandidateService {

    private static final Role[] SOURCERS = {Role.RECRUITER, Role.TEAM_ADMIN};

    private final CandidateRepository candidates;
    private final RequisitionService requisitions;
    private final IdempotencyKeyStore idempotencyKeys;
    private final Clock clock;

    public CandidateService(CandidateRepository candidates, RequisitionService requisitions,
                            IdempotencyKeyStore idempotencyKeys, Clock clock) {
        this.candidates = candidates;
        this.requisitions = requisitions;
        this.idempotencyKeys = idempotencyKeys;
        this.clock = clock;
    }

    /** Sources a new person into a requisition; the same email or LinkedIn profile in the team is refused (409). */
    public Candidate source(Caller caller, String requisitionId, SourceChannel channel, Profile profile) {
        caller.requireAnyRole(SOURCERS);
        var requisition = requisitions.get(caller, requisitionId);
        requisition.requireOpen();
        String teamId = requisition.teamId();
        Changed<Candidate, CandidateEvent> sourced = Candidate.source(Ids.next(clock.instant()), teamId, profile, requisitionId,
                channel, clock.instant());
        try {
            candidates.insert(sourced.state(), sourced.events());
        } catch (DuplicateCandidateException e) {
            throw duplicateOf(teamId, profile);
        }
        return sourced.state();
    }

    /** Sources an existing candidate into one more requisition of the same team. */
    public Candidate sourceInto(Caller caller, String candidateId, String requisitionId, SourceChannel channel) {
        caller.requireAnyRole(SOURCERS);
        var requisition = requisitions.get(caller, requisitionId);
        requisition.requireOpen();
        return onLatest(caller, candidateId, candidate -> {
            if (!requisition.teamId().equals(candidate.teamId())) {
                throw new NotFoundException("requisition", requisitionId);
            }
            return candidate.sourceInto(requisitionId, channel, clock.instant());
        });
    }

    /** Any team member may read a candidate; what they see of the profile is {@link #visibleProfile}. */
    public Candidate get(Caller caller, String id) {
        caller.requireTeamMember();
        return find(caller, id);
    }

    /** The whole story of a candidate (timeline) is for the hiring team. */
    public Candidate getWithHistory(Caller caller, String id) {
        caller.requireAnyRole(Caller.HIRING_TEAM);
        return find(caller, id);
    }

    /** Contact details and pay expectation only for the hiring team; interviewers and approvers see the rest. */
    public static Profile visibleProfile(Caller caller, Candidate candidate) {
        Profile profile = candidate.profile();
        return profile == null || caller.hasAnyRole(Caller.HIRING_TEAM) ? profile : profile.withoutContactAndPay();
    }

    private Candidate find(Caller caller, String id) {
        return candidates.find(id, caller.teams()).orElseThrow(() -> new NotFoundException("candidate", id));
    }

    public Candidate updateProfile(Caller caller, String id, ExpectedVersion expected, Profile profile) {
        caller.requireAnyRole(SOURCERS);
        Candidate candidate = get(caller, id);
        try {
            return save(candidate, expected.against(candidate.version()), candidate.updateProfile(profile));
        } catch (DuplicateCandidateException e) {
            throw duplicateOf(candidate.teamId(), profile);
        }
    }

    public Candidate withdraw(Caller caller, String id, String requisitionId, String reason) {
        caller.requireAnyRole(SOURCERS);
        return onLatest(caller, id, candidate -> candidate.withdraw(requisitionId, reason, clock.instant()));
    }

    /** GDPR erasure, by a team admin. Erasing twice is harmless. */
    public Candidate erase(Caller caller, String id) {
        caller.requireAnyRole(Role.TEAM_ADMIN);
        Candidate erased = onLatest(caller, id, candidate -> candidate.erase(clock.instant()));
        idempotencyKeys.forgetResponsesFor(ResourceRef.candidate(id));
        return erased;
    }

    private Candidate onLatest(Caller caller, String id, Function<Candidate, Changed<Candidate, CandidateEvent>> action) {
        return OnLatest.retry(() -> {
            Candidate candidate = find(caller, id);
            return save(candidate, candidate.version(), action.apply(candidate));
        });
    }

    /**
     * The candidate as this write left it, not as a re-read finds it: under concurrent edits a re-read may already
     * show the next writer's version, and two callers would be told they made the same one.
     */
    private Candidate save(Candidate before, long expectedVersion, Changed<Candidate, CandidateEvent> change) {
        long written = candidates.save(before, expectedVersion, change);
        Candidate state = change.state();
        return new Candidate(state.id(), state.teamId(), state.profile(), state.applications(), state.createdAt(),
                state.erasedAt(), written);
    }

    private ConflictException duplicateOf(String teamId, Profile profile) {
        String existing = candidates.findIdByContact(teamId, profile.email(), profile.linkedinUrl())
                .orElse(null);
        return new ConflictException("a candidate with this email or LinkedIn profile already exists in the team",
                ResourceRef.ofNullable(ResourceRef.Kind.CANDIDATE, existing));
    }
}
