package io.headcount.offer.payband.application;

import io.headcount.offer.payband.model.ApprovalRules;
import io.headcount.offer.payband.model.BandKey;
import io.headcount.offer.payband.model.PayBand;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface PayBandRepository {

    /** False, storing nothing, when the team has a band for this key (or this id) already. */
    boolean insertIfAbsent(PayBand band);

    boolean update(PayBand band, long expectedVersion);

    Optional<PayBand> find(String id, Collection<String> teamIds);

    Optional<PayBand> findByKey(String teamId, BandKey key);

    List<PayBand> list(Collection<String> teamIds, String level, String zone, String afterId, int limit);

    /** False when the band is no longer at {@code expectedVersion} (or gone). */
    boolean delete(String id, String teamId, long expectedVersion);

    boolean isSeeded(String teamId);

    void markSeeded(String teamId);

    ApprovalRules rules(String teamId);

    /** False when the stored rules are no longer at {@code expectedVersion}. */
    boolean saveRules(String teamId, ApprovalRules rules, long expectedVersion);
}
