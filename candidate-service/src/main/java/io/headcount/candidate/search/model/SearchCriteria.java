package io.headcount.candidate.search.model;

import io.headcount.candidate.candidate.model.CompanySize;
import io.headcount.candidate.pipeline.model.PipelineStatus;
import io.headcount.events.SourceChannel;
import io.headcount.events.WorkMode;
import io.headcount.plumbing.domain.InvalidFieldException;

import java.util.Set;

/**
 * A search: the parsed query plus filters. With a requisition, status and source channel apply to the candidacy in
 * that requisition; without one, status is the candidate's headline status and the channel any candidacy's.
 */
public record SearchCriteria(Query query, Integer yearsMin, Integer yearsMax, Set<CompanySize> companySizes,
                             Set<WorkMode> workModes, Set<SourceChannel> sourceChannels,
                             Set<PipelineStatus> statuses, String requisitionId, SortOrder sort) {

    public SearchCriteria {
        companySizes = companySizes == null ? Set.of() : Set.copyOf(companySizes);
        workModes = workModes == null ? Set.of() : Set.copyOf(workModes);
        sourceChannels = sourceChannels == null ? Set.of() : Set.copyOf(sourceChannels);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        sort = sort == null ? SortOrder.NEWEST : sort;
        if (yearsMin != null && yearsMax != null && yearsMin > yearsMax) {
            throw new InvalidFieldException("yearsMin", "must not be greater than yearsMax");
        }
    }
}
