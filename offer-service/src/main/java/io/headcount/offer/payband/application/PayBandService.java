package io.headcount.offer.payband.application;

import io.headcount.offer.money.Money;
import io.headcount.offer.payband.model.Alignment;
import io.headcount.offer.payband.model.ApprovalRules;
import io.headcount.offer.payband.model.BandFigures;
import io.headcount.offer.payband.model.BandKey;
import io.headcount.offer.payband.model.PayBand;
import io.headcount.offer.payband.model.Zones;
import io.headcount.offer.payband.model.SampleBands;
import io.headcount.offer.requisition.application.RequisitionDirectory;
import io.headcount.offer.requisition.model.RequisitionView;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.ConflictException;
import io.headcount.plumbing.domain.ExpectedVersion;
import io.headcount.plumbing.domain.Ids;
import io.headcount.plumbing.domain.NoEvent;
import io.headcount.plumbing.domain.NotFoundException;
import io.headcount.plumbing.domain.OncePerTeam;
import io.headcount.plumbing.domain.ResourceRef;
import io.headcount.plumbing.domain.StaleVersionException;
import io.headcount.plumbing.domain.VersionedWrites;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.identity.Role;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Pay bands per team, seeded on a team's first use with the sample set from the hiring guide's figures
 * (idempotently: sample ids derive from team and key). Compensation people (APPROVER) and team admins edit them.
 */
@Service
public class PayBandService {

    private static final Role[] READERS = {Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN, Role.APPROVER};
    private static final Role[] EDITORS = {Role.TEAM_ADMIN, Role.APPROVER};

    private final PayBandRepository bands;
    private final RequisitionDirectory requisitions;
    private final Clock clock;
    private final OncePerTeam seeding;

    public PayBandService(PayBandRepository bands, RequisitionDirectory requisitions, Clock clock) {
        this.bands = bands;
        this.requisitions = requisitions;
        this.clock = clock;
        this.seeding = new OncePerTeam(bands::isSeeded, bands::markSeeded);
    }

    public List<PayBand> list(Caller caller, String level, String zone, String afterId, int limit) {
        caller.requireAnyRole(READERS);
        caller.teams().forEach(this::ensureSeeded);
        return bands.list(caller.teams(), level, zone, afterId, limit);
    }

    public PayBand get(Caller caller, String id) {
        caller.requireAnyRole(READERS);
        caller.teams().forEach(this::ensureSeeded);
        return bands.find(id, caller.teams()).orElseThrow(() -> new NotFoundException("pay band", id));
    }

    public PayBand create(Caller caller, String requestedTeamId, BandKey key, BandFigures figures) {
        caller.requireAnyRole(EDITORS);
        String teamId = caller.teamForNewRecord(requestedTeamId);
        ensureSeeded(teamId);
        PayBand band = PayBand.create(Ids.next(clock.instant()), teamId, key, figures, caller.userId(),
                clock.instant());
        if (!bands.insertIfAbsent(band)) {
            String existing = bands.findByKey(teamId, key).map(PayBand::id).orElse(null);
            throw new ConflictException("team " + teamId + " has a band for " + key.level() + " in " + key.zone()
                    + " (" + key.currency() + ") already", ResourceRef.ofNullable(ResourceRef.Kind.PAY_BAND, existing));
        }
        return band;
    }

    public PayBand revise(Caller caller, String id, ExpectedVersion expected, BandFigures figures) {
        caller.requireAnyRole(EDITORS);
        PayBand band = get(caller, id);
        new VersionedWrites<PayBand, NoEvent>("pay band", (state, version, events) -> bands.update(state, version),
                PayBand::id, PayBand::version).save(band, expected.against(band.version()),
                Changed.unchanged(band.revise(figures, caller.userId(), clock.instant())));
        return get(caller, id);
    }

    /** Removes a band (If-Match); offers keep their terms, and their alignment shows no band from then on. */
    public void delete(Caller caller, String id, ExpectedVersion expected) {
        caller.requireAnyRole(EDITORS);
        PayBand band = get(caller, id);
        if (!bands.delete(id, band.teamId(), expected.against(band.version()))) {
            throw new StaleVersionException("pay band", id);
        }
    }

    /** The band an offer or expectation for the requisition is measured against, in the given currency. */
    public Optional<PayBand> bandFor(String teamId, RequisitionView requisition, String currency) {
        ensureSeeded(teamId);
        return bands.findByKey(teamId, new BandKey(requisition.level(), Zones.of(requisition.location(), requisition.workMode()), currency));
    }

    /**
     * Compares an expectation with the requisition's band. The band is the one in the expectation's currency; when
     * the zone has bands only in other currencies, the comparison is refused (CurrencyMismatch, 422).
     */
    public AlignmentResult align(Caller caller, String requisitionId, Money expectation) {
        caller.requireAnyRole(Caller.HIRING_TEAM);
        RequisitionView requisition = requisitions.find(caller.teams(), requisitionId)
                .orElseThrow(() -> new NotFoundException("requisition", requisitionId));
        ensureSeeded(requisition.teamId());
        Optional<PayBand> band = bandFor(requisition.teamId(), requisition, expectation.currency().getCurrencyCode());
        if (band.isEmpty()) {
            List<PayBand> others = bands.list(List.of(requisition.teamId()), requisition.level(), Zones.of(requisition.location(), requisition.workMode()),
                    null, 10);
            if (!others.isEmpty()) {
                throw new io.headcount.offer.money.CurrencyMismatchException(expectation.currency(),
                        others.get(0).currency());
            }
            throw new NotFoundException("pay band for " + requisition.level() + " in zone", Zones.of(requisition.location(), requisition.workMode()));
        }
        return new AlignmentResult(band.get(), requisition, Alignment.of(expectation, band.get()));
    }

    public record AlignmentResult(PayBand band, RequisitionView requisition, Alignment alignment) {
    }

    public ApprovalRules rules(Caller caller) {
        caller.requireAnyRole(READERS);
        return bands.rules(onlyTeam(caller));
    }

    public ApprovalRules rulesOf(String teamId) {
        return bands.rules(teamId);
    }

    public ApprovalRules replaceRules(Caller caller, ExpectedVersion expected, boolean approvalWithinBand) {
        caller.requireAnyRole(Role.TEAM_ADMIN);
        String teamId = onlyTeam(caller);
        ApprovalRules current = bands.rules(teamId);
        long version = expected.against(current.version());
        if (version != current.version() || !bands.saveRules(teamId, new ApprovalRules(approvalWithinBand,
                version + 1), version)) {
            throw new StaleVersionException("approval rules of team", teamId);
        }
        return bands.rules(teamId);
    }

    private static String onlyTeam(Caller caller) {
        return caller.teamForNewRecord(null);
    }

    public void ensureSeeded(String teamId) {
        seeding.ensure(teamId, () -> SampleBands.all().forEach(sample -> bands.insertIfAbsent(PayBand.create(
                sampleId(teamId, sample.key()), teamId, sample.key(), sample.figures(), "sample from the hiring guide",
                clock.instant()))));
    }

    private static String sampleId(String teamId, BandKey key) {
        return Ids.derivedFrom("sample-band|" + key.asString(teamId));
    }
}
