package io.headcount.candidate.search.infrastructure;

import io.headcount.candidate.candidate.infrastructure.CandidateCollection;
import io.headcount.candidate.candidate.model.CompanySize;
import io.headcount.candidate.pipeline.model.PipelineStatus;
import io.headcount.candidate.search.application.CandidateSearchRepository;
import io.headcount.candidate.search.model.CandidateSummary;
import io.headcount.candidate.search.model.Query;
import io.headcount.candidate.search.model.SearchCriteria;
import io.headcount.candidate.search.model.SearchField;
import io.headcount.candidate.search.model.SearchPage;
import io.headcount.events.SourceChannel;
import io.headcount.events.WorkMode;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a boolean search as one MongoDB filter: team and filters first (equality and ranges that indexes serve), the
 * query as $and/$or/$nor of anchored-by-word regexes over lower-cased copies of the text fields. No $text: it is not
 * available on the embedded store and has no phrase-per-field semantics.
 */
@Repository
class MongoCandidateSearchRepository implements CandidateSearchRepository {

    private final MongoTemplate mongo;

    MongoCandidateSearchRepository(MongoTemplate mongo) {
        this.mongo = mongo;
        // what real MongoDB uses for the filters and orders (the embedded store ignores non-unique indexes)
        for (Index index : List.of(
                new Index().on("teamId", Sort.Direction.ASC).on("_id", Sort.Direction.DESC),
                new Index().on("teamId", Sort.Direction.ASC).on("applications.requisitionId", Sort.Direction.ASC)
                        .on("_id", Sort.Direction.DESC),
                new Index().on("teamId", Sort.Direction.ASC).on("pipeline.overallStatus", Sort.Direction.ASC)
                        .on("_id", Sort.Direction.DESC),
                new Index().on("teamId", Sort.Direction.ASC).on(CandidateCollection.SORT_YEARS, Sort.Direction.DESC)
                        .on("_id", Sort.Direction.DESC),
                new Index().on("teamId", Sort.Direction.ASC).on(CandidateCollection.SORT_NAME, Sort.Direction.ASC)
                        .on("_id", Sort.Direction.ASC),
                new Index().on("teamId", Sort.Direction.ASC).on(CandidateCollection.SEARCH_SKILLS,
                        Sort.Direction.ASC))) {
            mongo.indexOps(CandidateCollection.NAME).createIndex(index);
        }
    }

    @Override
    public SearchPage search(Collection<String> teamIds, SearchCriteria criteria, String cursor, int limit) {
        List<Criteria> clauses = new ArrayList<>();
        clauses.add(teamIds.size() == 1 ? Criteria.where("teamId").is(teamIds.iterator().next())
                : Criteria.where("teamId").in(teamIds));
        clauses.add(Criteria.where("erasedAt").exists(false));
        clauses.addAll(filters(criteria));
        SearchCursor after = SearchCursor.decode(cursor, criteria.sort());
        if (after != null) {
            clauses.add(after.keyset());
        }
        Criteria query = criteriaOf(criteria.query());
        if (query != null) {
            clauses.add(query);
        }
        org.springframework.data.mongodb.core.query.Query mongoQuery =
                new org.springframework.data.mongodb.core.query.Query(new Criteria().andOperator(clauses))
                        .with(SearchCursor.sortOf(criteria.sort())).limit(limit + 1);
        mongoQuery.fields().exclude("pendingEvents").exclude("pipeline.timeline").exclude("pipeline.appliedEventIds")
                .exclude("search");
        List<Document> found = mongo.find(mongoQuery, Document.class, CandidateCollection.NAME);
        boolean more = found.size() > limit;
        List<Document> page = more ? found.subList(0, limit) : found;
        String next = more ? SearchCursor.after(page.get(page.size() - 1), criteria.sort()).encode() : null;
        return new SearchPage(page.stream().map(MongoCandidateSearchRepository::summary).toList(), next,
                mongoQuery.getQueryObject().toJson());
    }

    private static List<Criteria> filters(SearchCriteria criteria) {
        List<Criteria> filters = new ArrayList<>();
        if (criteria.yearsMin() != null) {
            filters.add(Criteria.where("yearsOfExperience").gte(criteria.yearsMin()));
        }
        if (criteria.yearsMax() != null) {
            filters.add(Criteria.where("yearsOfExperience").lte(criteria.yearsMax()));
        }
        if (!criteria.companySizes().isEmpty()) {
            filters.add(Criteria.where("companySize").in(names(criteria.companySizes())));
        }
        if (!criteria.workModes().isEmpty()) {
            filters.add(Criteria.where("workModePreference").in(names(criteria.workModes())));
        }
        String requisitionId = criteria.requisitionId();
        if (requisitionId != null) {
            filters.add(Criteria.where("applications.requisitionId").is(requisitionId));
        }
        if (!criteria.sourceChannels().isEmpty()) {
            filters.add(requisitionId == null
                    ? Criteria.where("applications.sourceChannel").in(names(criteria.sourceChannels()))
                    : Criteria.where("applications").elemMatch(Criteria.where("requisitionId").is(requisitionId)
                            .and("sourceChannel").in(names(criteria.sourceChannels()))));
        }
        if (!criteria.statuses().isEmpty()) {
            filters.add(requisitionId == null
                    ? Criteria.where("pipeline.overallStatus").in(names(criteria.statuses()))
                    : Criteria.where("pipeline.statuses").elemMatch(Criteria.where("requisitionId").is(requisitionId)
                            .and("status").in(names(criteria.statuses()))));
        }
        return filters;
    }

    /** The query tree as a filter; null for the empty query. */
    static Criteria criteriaOf(Query query) {
        if (query instanceof Query.Term term) {
            return Criteria.where(fieldOf(term.field())).regex(SearchPatterns.of(term.words()));
        }
        if (query instanceof Query.And and) {
            return new Criteria().andOperator(and.operands().stream().map(MongoCandidateSearchRepository::criteriaOf)
                    .toList());
        }
        if (query instanceof Query.Or or) {
            return new Criteria().orOperator(or.operands().stream().map(MongoCandidateSearchRepository::criteriaOf)
                    .toList());
        }
        if (query instanceof Query.Not not) {
            return new Criteria().norOperator(criteriaOf(not.operand()));
        }
        return null;
    }

    private static String fieldOf(SearchField field) {
        if (field == null) {
            return CandidateCollection.SEARCH_ALL;
        }
        return switch (field) {
            case TITLE -> CandidateCollection.SEARCH_TITLE;
            case SKILL -> CandidateCollection.SEARCH_SKILLS;
            case COMPANY -> CandidateCollection.SEARCH_COMPANY;
            case LOCATION -> CandidateCollection.SEARCH_LOCATION;
        };
    }

    private static List<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    private static CandidateSummary summary(Document document) {
        Document pipeline = document.get("pipeline", Document.class);
        Map<String, PipelineStatus> statuses = new LinkedHashMap<>();
        String overall = null;
        if (pipeline != null) {
            for (Document status : pipeline.getList("statuses", Document.class, List.of())) {
                statuses.put(status.getString("requisitionId"), PipelineStatus.valueOf(status.getString("status")));
            }
            overall = pipeline.getString("overallStatus");
        }
        List<CandidateSummary.Candidacy> candidacies = document.getList("applications", Document.class, List.of())
                .stream().map(application -> new CandidateSummary.Candidacy(application.getString("requisitionId"),
                        SourceChannel.valueOf(application.getString("sourceChannel")),
                        application.get("withdrawnAt") != null ? PipelineStatus.WITHDRAWN
                                : statuses.getOrDefault(application.getString("requisitionId"),
                                PipelineStatus.SOURCED)))
                .toList();
        return new CandidateSummary(document.getString("_id"), document.getString("fullName"),
                document.getString("currentTitle"), document.getString("currentCompany"),
                document.getString("location"), document.getInteger("yearsOfExperience"),
                document.getList("skills", String.class, List.of()),
                enumOf(CompanySize.class, document.getString("companySize")),
                enumOf(WorkMode.class, document.getString("workModePreference")),
                overall == null ? PipelineStatus.SOURCED : PipelineStatus.valueOf(overall), candidacies);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
