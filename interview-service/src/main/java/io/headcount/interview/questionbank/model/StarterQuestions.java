package io.headcount.interview.questionbank.model;

import io.headcount.plumbing.domain.Ids;

import java.util.List;

/**
 * Starter content of every team's question bank: the questions the hiring guide for backend developers lists, in
 * its seven categories. Each has a code ({@code <category>-<n>}, n as in the guide) and, per team, an id derived
 * from team and code, so seeding twice (or from two instances at once) stores each question once.
 */
public final class StarterQuestions {

    public record Starter(String code, QuestionCategory category, String text, List<String> tags) {
    }

    public static final List<Starter> ALL = List.of(
            q("languages-1", QuestionCategory.PROGRAMMING_LANGUAGES, "What are promises and callbacks?", "java", "fundamentals"),
            q("languages-2", QuestionCategory.PROGRAMMING_LANGUAGES, "Write tail recursive version of factorial?", "java", "fundamentals"),
            q("languages-3", QuestionCategory.PROGRAMMING_LANGUAGES, "What is the difference between Inheritance and Composition?", "java", "fundamentals"),
            q("languages-4", QuestionCategory.PROGRAMMING_LANGUAGES, "What is the diamond problem in Java?", "java", "fundamentals"),
            q("languages-5", QuestionCategory.PROGRAMMING_LANGUAGES, "What is the difference between HashMap and TreeMap?", "java", "fundamentals"),
            q("languages-6", QuestionCategory.PROGRAMMING_LANGUAGES, "What is exception handling?", "java", "fundamentals"),
            q("languages-7", QuestionCategory.PROGRAMMING_LANGUAGES, "What is a Lambda expression?", "java", "fundamentals"),
            q("languages-8", QuestionCategory.PROGRAMMING_LANGUAGES, "If Cat is an Animal, is TakeCare<Cat> a TakeCare<Animal>?", "java", "fundamentals"),
            q("design-1", QuestionCategory.DESIGN, "What is the difference between Monolithic, SOA, and Microservices Architecture?", "architecture"),
            q("design-2", QuestionCategory.DESIGN, "How would you sort a 10GB file? How would you change your approach if it's 10TB?", "architecture"),
            q("apis-1", QuestionCategory.APIS_AND_FRAMEWORKS, "How would you manage Web Services API versioning?", "api"),
            q("apis-2", QuestionCategory.APIS_AND_FRAMEWORKS, "How do you handle errors when making API calls?", "api"),
            q("apis-3", QuestionCategory.APIS_AND_FRAMEWORKS, "What happens when you type google.com into your browser and press enter?", "api"),
            q("apis-4", QuestionCategory.APIS_AND_FRAMEWORKS, "Give examples of the mitigation tactics you’d use for various API attacks", "api"),
            q("databases-1", QuestionCategory.DATABASES, "What is SQL injection?", "sql"),
            q("databases-2", QuestionCategory.DATABASES, "When will you choose RDBMS, and when will you choose NoSQL database?", "sql"),
            q("databases-3", QuestionCategory.DATABASES, "What is the ACID property of a system?", "sql"),
            q("databases-4", QuestionCategory.DATABASES, "What is N+1 problem in ORM?", "sql"),
            q("networking-1", QuestionCategory.NETWORKING, "What are the seven layers of the OSI system model?", "http"),
            q("networking-2", QuestionCategory.NETWORKING, "Define and explain these nine server response error codes: 200, 201, 204, 301, 400, 401, 404, 409 and 500.", "http"),
            q("networking-3", QuestionCategory.NETWORKING, "What is a reverse proxy?", "http"),
            q("networking-4", QuestionCategory.NETWORKING, "Give an example of when you use caching. What are the different caching strategies?", "http"),
            q("networking-5", QuestionCategory.NETWORKING, "When would you apply asynchronous communication between two systems?", "http"),
            q("networking-6", QuestionCategory.NETWORKING, "What is the difference between client-side rendering and server-side rendering?", "http"),
            q("networking-7", QuestionCategory.NETWORKING, "What are deadlocks and race conditions?", "http"),
            q("testing-1", QuestionCategory.TESTING, "What are different types of tests required", "quality"),
            q("testing-2", QuestionCategory.TESTING, "Name some performance testing steps", "quality"),
            q("testing-3", QuestionCategory.TESTING, "What is a DDOS attack? How to prevent it from happening?", "quality"),
            q("testing-4", QuestionCategory.TESTING, "What is man in the middle attack (MITM)?", "quality"),
            q("behavioural-1", QuestionCategory.BEHAVIOURAL, "Examples of deployed web applications.", "soft-skills"),
            q("behavioural-2", QuestionCategory.BEHAVIOURAL, "Tell me 3 defects of your favorite programming language.", "soft-skills"),
            q("behavioural-3", QuestionCategory.BEHAVIOURAL, "What would you do if you were working on a project and a lead developer asked you to rewrite all of your code?", "soft-skills"),
            q("behavioural-4", QuestionCategory.BEHAVIOURAL, "What would happen if you put a mirror in a scanner?", "soft-skills"),
            q("behavioural-5", QuestionCategory.BEHAVIOURAL, "I want to refactor a legacy system. You want to rewrite it from scratch. Argument. Then, switch our roles.", "soft-skills"),
            q("behavioural-6", QuestionCategory.BEHAVIOURAL, "We want to increase the speed of our application. What strategies would you use to do this?", "soft-skills"),
            q("behavioural-7", QuestionCategory.BEHAVIOURAL, "How often do you update your knowledge of programming languages in general?", "soft-skills"),
            q("behavioural-8", QuestionCategory.BEHAVIOURAL, "There is a programming language you’ve never used before. How do you approach learning it?", "soft-skills"));

    private StarterQuestions() {
    }

    /** The id the starter question {@code code} has in {@code teamId}'s bank: 32 hex digits like every record id. */
    public static String idFor(String teamId, String code) {
        return Ids.derivedFrom("starter-question|" + teamId + "|" + code);
    }

    public static List<Question> forTeam(String teamId) {
        return ALL.stream().map(starter -> new Question(idFor(teamId, starter.code()), teamId, starter.category(),
                starter.text(), "L1", "L9", starter.tags(), null, false, 1)).toList();
    }

    private static Starter q(String code, QuestionCategory category, String text, String... tags) {
        return new Starter(code, category, text, List.of(tags));
    }
}
