package io.headcount.offer.payband.infrastructure;

import io.headcount.offer.payband.application.PayBandRepository;
import io.headcount.offer.payband.infrastructure.ApprovalRulesDocument.TeamRules;
import io.headcount.offer.payband.model.ApprovalRules;
import io.headcount.offer.payband.model.BandKey;
import io.headcount.offer.payband.model.PayBand;
import io.headcount.plumbing.outbox.AggregateRepositories;
import io.headcount.plumbing.outbox.AggregateRepository;
import io.headcount.plumbing.outbox.SeedMarkers;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
class MongoPayBandRepository implements PayBandRepository {

    private static final String SEEDS = "pay_band_seeds";

    private final AggregateRepository<PayBand, PayBandDocument> bands;
    private final AggregateRepository<TeamRules, ApprovalRulesDocument> rules;
    private final MongoTemplate mongo;
    private final SeedMarkers seeds;

    MongoPayBandRepository(AggregateRepositories repositories, MongoTemplate mongo) {
        this.mongo = mongo;
        this.seeds = new SeedMarkers(mongo, SEEDS);
        bands = repositories.of(PayBandDocument.class, PayBandDocument::from, PayBandDocument::toModel, PayBand::id,
                PayBand::teamId);
        bands.withIndex(new Index("bandKey", Sort.Direction.ASC).unique());
        rules = repositories.of(ApprovalRulesDocument.class, ApprovalRulesDocument::from,
                ApprovalRulesDocument::toModel, TeamRules::teamId, TeamRules::teamId);
    }

    @Override
    public boolean insertIfAbsent(PayBand band) {
        return bands.insertIfAbsent(band, List.of());
    }

    @Override
    public boolean update(PayBand band, long expectedVersion) {
        return bands.update(band, expectedVersion, List.of());
    }

    @Override
    public Optional<PayBand> find(String id, Collection<String> teamIds) {
        return bands.findInTeams(id, teamIds);
    }

    @Override
    public Optional<PayBand> findByKey(String teamId, BandKey key) {
        return bands.findOne(Criteria.where("bandKey").is(key.asString(teamId)));
    }

    @Override
    public List<PayBand> list(Collection<String> teamIds, String level, String zone, String afterId, int limit) {
        Criteria criteria = Criteria.where("teamId").in(teamIds);
        if (level != null) {
            criteria = criteria.and("level").is(level);
        }
        if (zone != null) {
            criteria = criteria.and("zone").is(zone);
        }
        if (afterId != null) {
            criteria = criteria.and("_id").gt(afterId);
        }
        return bands.find(Query.query(criteria).with(Sort.by("_id")).limit(limit));
    }

    @Override
    public boolean delete(String id, String teamId, long expectedVersion) {
        return mongo.remove(Query.query(Criteria.where("_id").is(id).and("teamId").is(teamId).and("version")
                .is(expectedVersion)), PayBandDocument.class).getDeletedCount() == 1;
    }

    @Override
    public boolean isSeeded(String teamId) {
        return seeds.isMarked(teamId);
    }

    @Override
    public void markSeeded(String teamId) {
        seeds.mark(teamId);
    }

    @Override
    public ApprovalRules rules(String teamId) {
        return rules.findInTeams(teamId, List.of(teamId)).map(TeamRules::rules).orElseGet(ApprovalRules::defaults);
    }

    @Override
    public boolean saveRules(String teamId, ApprovalRules newRules, long expectedVersion) {
        TeamRules team = new TeamRules(teamId, newRules);
        return expectedVersion == 0 ? rules.insertIfAbsent(team, List.of())
                : rules.update(team, expectedVersion, List.of());
    }
}
