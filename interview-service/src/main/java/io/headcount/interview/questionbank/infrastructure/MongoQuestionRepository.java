package io.headcount.interview.questionbank.infrastructure;

import io.headcount.interview.questionbank.application.QuestionRepository;
import io.headcount.interview.questionbank.model.Question;
import io.headcount.interview.questionbank.model.QuestionCategory;
import io.headcount.plumbing.outbox.AggregateRepositories;
import io.headcount.plumbing.outbox.AggregateRepository;
import io.headcount.plumbing.outbox.SeedMarkers;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

@Repository
class MongoQuestionRepository implements QuestionRepository {

    private static final String SEEDS = "question_bank_seeds";

    private final AggregateRepository<Question, QuestionDocument> questions;
    private final SeedMarkers seeds;

    MongoQuestionRepository(AggregateRepositories repositories, MongoTemplate mongo) {
        this.seeds = new SeedMarkers(mongo, SEEDS);
        questions = repositories.of(QuestionDocument.class, QuestionDocument::from, QuestionDocument::toModel,
                Question::id, Question::teamId);
        questions.withIndex(new Index().on("teamId", Sort.Direction.ASC).on("category", Sort.Direction.ASC));
    }

    @Override
    public boolean insertIfAbsent(Question question) {
        return questions.insertIfAbsent(question, List.of());
    }

    @Override
    public boolean update(Question question, long expectedVersion) {
        return questions.update(question, expectedVersion, List.of());
    }

    @Override
    public Optional<Question> find(String id, Collection<String> teamIds) {
        return questions.findInTeams(id, teamIds);
    }

    @Override
    public List<Question> search(Collection<String> teamIds, QuestionCategory category, String tag, String text,
                                 boolean includeArchived, String afterId, int limit) {
        Criteria criteria = Criteria.where("teamId").in(teamIds);
        if (category != null) {
            criteria = criteria.and("category").is(category);
        }
        if (tag != null) {
            criteria = criteria.and("tags").is(tag.toLowerCase(Locale.ROOT));
        }
        if (text != null) {
            criteria = criteria.and("textLower").regex(Pattern.quote(text.toLowerCase(Locale.ROOT)));
        }
        if (!includeArchived) {
            criteria = criteria.and("archived").is(false);
        }
        if (afterId != null) {
            criteria = criteria.and("_id").gt(afterId);
        }
        return questions.find(Query.query(criteria).with(Sort.by("_id")).limit(limit));
    }

    @Override
    public java.util.Set<String> existingIds(String teamId, Collection<String> ids) {
        return questions.find(Query.query(Criteria.where("teamId").is(teamId).and("_id").in(ids))).stream()
                .map(Question::id).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public boolean isSeeded(String teamId) {
        return seeds.isMarked(teamId);
    }

    @Override
    public void markSeeded(String teamId) {
        seeds.mark(teamId);
    }
}
