package io.headcount.interview.questionbank.application;

import io.headcount.interview.questionbank.model.Question;
import io.headcount.interview.questionbank.model.QuestionCategory;
import io.headcount.interview.questionbank.model.Rubric;
import io.headcount.interview.questionbank.model.StarterQuestions;
import io.headcount.plumbing.domain.Changed;
import io.headcount.plumbing.domain.ExpectedVersion;
import io.headcount.plumbing.domain.Ids;
import io.headcount.plumbing.domain.NoEvent;
import io.headcount.plumbing.domain.NotFoundException;
import io.headcount.plumbing.domain.OncePerTeam;
import io.headcount.plumbing.domain.VersionedWrites;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.identity.Role;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Each team's question bank. A team's bank is seeded with the guide's starter questions on its first use; seeding
 * is idempotent (starter ids derive from team and code), so concurrent first uses store one copy.
 */
@Service
public class QuestionBankService {

    /** Interviewers write questions too: they are the ones who ask them. */
    private static final Role[] WRITERS = {Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN, Role.INTERVIEWER};

    private final QuestionRepository questions;
    private final Clock clock;
    private final OncePerTeam seeding;

    public QuestionBankService(QuestionRepository questions, Clock clock) {
        this.questions = questions;
        this.clock = clock;
        this.seeding = new OncePerTeam(questions::isSeeded, questions::markSeeded);
    }

    public void ensureSeeded(String teamId) {
        seeding.ensure(teamId, () -> StarterQuestions.forTeam(teamId).forEach(questions::insertIfAbsent));
    }

    public Question create(Caller caller, String requestedTeamId, QuestionCategory category, String text,
                           String minLevel, String maxLevel, List<String> tags, Rubric rubric) {
        caller.requireAnyRole(WRITERS);
        String teamId = caller.teamForNewRecord(requestedTeamId);
        ensureSeeded(teamId);
        Question question = Question.create(Ids.next(clock.instant()), teamId, category, text, minLevel, maxLevel,
                tags, rubric);
        questions.insertIfAbsent(question);
        return question;
    }

    public Question get(Caller caller, String id) {
        caller.requireTeamMember();
        caller.teams().forEach(this::ensureSeeded);
        return questions.find(id, caller.teams()).orElseThrow(() -> new NotFoundException("question", id));
    }

    public Question revise(Caller caller, String id, ExpectedVersion expected, QuestionCategory category,
                           String text, String minLevel, String maxLevel, List<String> tags, Rubric rubric,
                           boolean archived) {
        caller.requireAnyRole(WRITERS);
        Question question = get(caller, id);
        Question revised = question.revise(category, text, minLevel, maxLevel, tags, rubric, archived);
        new VersionedWrites<Question, NoEvent>("question", (state, version, events) -> questions.update(state, version),
                Question::id, Question::version).save(question, expected.against(question.version()),
                Changed.unchanged(revised));
        return get(caller, id);
    }

    /** The first of {@code ids} that is not a question of the team's bank, if any. */
    public java.util.Optional<String> firstUnknown(String teamId, List<String> ids) {
        ensureSeeded(teamId);
        Set<String> known = ids.isEmpty() ? Set.of() : questions.existingIds(teamId, ids);
        return ids.stream().filter(id -> !known.contains(id)).findFirst();
    }

    /** The id a starter question (by its code) has in the team's bank. */
    public String starterId(String teamId, String code) {
        return StarterQuestions.idFor(teamId, code);
    }

    public List<Question> search(Caller caller, QuestionCategory category, String tag, String text,
                                 boolean includeArchived, String afterId, int limit) {
        caller.requireTeamMember();
        caller.teams().forEach(this::ensureSeeded);
        return questions.search(caller.teams(), category, tag, text, includeArchived, afterId, limit);
    }
}
