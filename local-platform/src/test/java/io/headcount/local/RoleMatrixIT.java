package io.headcount.local;

import io.headcount.testsupport.Api;
import io.headcount.testsupport.FastTrackPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Least privilege, every role × every endpoint, through the gateway: a role outside an action's column gets 403 and
 * changes nothing; a role inside it gets past the role check (its answer is then the action's own: 2xx, or a 409 /
 * 412 the request was built to provoke so the fixture stays as it is). The same table is in the README.
 */
class RoleMatrixIT {

    private static final String R = "alice";   // RECRUITER
    private static final String HM = "hank";   // HIRING_MANAGER
    private static final String I = "ivan";    // INTERVIEWER
    private static final String A = "aria";    // APPROVER
    private static final String TA = "tess";   // TEAM_ADMIN
    private static final List<String> EVERYONE = List.of(R, HM, I, A, TA);
    /** A member of team-a whose token carries no role: reads and does nothing. */
    private static final String NO_ROLE = "nora";
    private static final List<String> HIRING_TEAM = List.of(R, HM, TA);

    private static LocalPlatform platform;
    private static String requisition;
    private static String candidate;       // has a DRAFT offer
    private static String loop;            // completed
    private static String draftOffer;
    private static String extendedOffer;   // of a second candidate
    private static String erasable;        // a third candidate, for the erase column
    private static String question;        // of the team's bank
    private static String band;            // a pay band of the team

    /**
     * @param expected the status an allowed role gets (the fixture makes most writes end in a 409 or 412 after the
     *                 role check, so it stays as it is)
     * @param witness  what a refused call must leave as it was: a resource read before and after as a team admin,
     *                 or {@code ALL:<list>} whose every page must not gain the call's {@code {marker}}
     */
    record Endpoint(String name, String method, String path, String body, String ifMatch, List<String> allowed,
                    int expected, String witness) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    static void givenAHiringProcessWithOffers() {
        platform = TestPlatform.get();
        requisition = created(as(R).post("/api/v1/requisitions", Map.of("title", "Platform Engineer", "level", "L5",
                "location", "Remote", "workMode", "REMOTE", "hiringManagerId", "hank", "headcount", 3)));
        FastTrackPlan.apply(as(R), requisition);
        candidate = source("Grace Matrix");
        loop = completeLoopOf(candidate);
        draftOffer = draftOfferFor(candidate);
        String second = source("Linus Matrix");
        completeLoopOf(second);
        extendedOffer = draftOfferFor(second);
        assertThat(as(R).post("/api/v1/offers/" + extendedOffer + "/submit", "").status()).isEqualTo(200);
        assertThat(as(A).post("/api/v1/offers/" + extendedOffer + "/approve", "").status()).isEqualTo(200);
        assertThat(as(R).post("/api/v1/offers/" + extendedOffer + "/extend", "").status()).isEqualTo(200);
        erasable = source("Erin Matrix");
        question = created(as(R).post("/api/v1/question-bank/questions", Map.of("category", "TESTING",
                "text", "How do you test an event consumer?")));
        band = as(TA).get("/api/v1/pay-bands?limit=1").json().get("items").get(0).get("id").asString();
    }

    static List<Endpoint> endpoints() {
        String stale = "\"999\"";
        return List.of(
                read("list requisitions", "/api/v1/requisitions", EVERYONE),
                read("read a requisition", "/api/v1/requisitions/{req}", EVERYONE),
                new Endpoint("open a requisition", "POST", "/api/v1/requisitions", requisitionBody(), null,
                        HIRING_TEAM, 201, "ALL:/api/v1/requisitions"),
                new Endpoint("revise a requisition (stale If-Match)", "PUT", "/api/v1/requisitions/{req}",
                        requisitionBody(), stale, HIRING_TEAM, 412, "/api/v1/requisitions/{req}"),
                new Endpoint("close a requisition (stale If-Match)", "POST", "/api/v1/requisitions/{req}/close", "{}",
                        stale, HIRING_TEAM, 412, "/api/v1/requisitions/{req}"),
                new Endpoint("source a candidate", "POST", "/api/v1/candidates", "SOURCE", null, List.of(R, TA), 201,
                        "ALL:/api/v1/candidates/search?q=Matrix"),
                read("read a candidate", "/api/v1/candidates/{cand}", EVERYONE),
                new Endpoint("edit a profile (stale If-Match)", "PUT", "/api/v1/candidates/{cand}/profile",
                        "{\"fullName\": \"Grace {marker}\"}", stale, List.of(R, TA), 412, "/api/v1/candidates/{cand}"),
                new Endpoint("add an application (already there: 409)", "POST",
                        "/api/v1/candidates/{cand}/applications", "{\"requisitionId\": \"{req}\", "
                        + "\"sourceChannel\": \"REFERRAL\"}", null, List.of(R, TA), 409, "/api/v1/candidates/{cand}"),
                new Endpoint("withdraw (not in that requisition: 400)", "POST", "/api/v1/candidates/{cand}/withdraw",
                        "{\"requisitionId\": \"0123456789abcdef0123456789abcdef\"}", null, List.of(R, TA), 400,
                        "/api/v1/candidates/{cand}"),
                read("read the timeline", "/api/v1/candidates/{cand}/timeline", HIRING_TEAM),
                read("search candidates", "/api/v1/candidates/search?q=matrix", HIRING_TEAM),
                new Endpoint("erase a candidate", "POST", "/api/v1/candidates/{erasable}/erase", null, null,
                        List.of(TA), 200, "/api/v1/candidates/{erasable}"),
                read("list loops", "/api/v1/interview-loops?candidateId={cand}", EVERYONE),
                read("read a loop", "/api/v1/interview-loops/{loop}", EVERYONE),
                new Endpoint("decide a stage (loop completed: 409)", "POST", "/api/v1/interview-loops/{loop}/decisions",
                        "{\"stage\": \"technical-live\", \"decision\": \"REJECT\", \"reason\": \"{marker}\"}",
                        null, List.of(R, HM, A, TA), 409, "/api/v1/interview-loops/{loop}"),
                read("read an interview plan", "/api/v1/interview-plans/{req}", EVERYONE),
                new Endpoint("replace an interview plan (stale: 412)", "PUT", "/api/v1/interview-plans/{req}",
                        "{\"stages\": [{\"key\": \"s\", \"kind\": \"RECRUITER_SCREEN\", \"name\": \"S\", "
                                + "\"durationMinutes\": 30, \"focusAttributes\": [\"x\"]}]}", stale, HIRING_TEAM,
                        412, "/api/v1/interview-plans/{req}"),
                new Endpoint("book an interview (loop completed: 409)", "POST", "/api/v1/interviews",
                        bookingBody(), null, HIRING_TEAM, 409, "ALL:/api/v1/interviews?loopId={loop}"),
                read("my interviews", "/api/v1/interviews/mine", EVERYONE),
                new Endpoint("assign a take-home (loop completed: 409)", "POST", "/api/v1/take-homes",
                        "{\"loopId\": \"{loop}\", \"stageKey\": \"technical-live\", \"exerciseRef\": \"{marker}\", "
                                + "\"reviewerIds\": [\"ivan\"]}", null, HIRING_TEAM, 409,
                        "ALL:/api/v1/take-homes?loopId={loop}"),
                read("search the question bank", "/api/v1/question-bank/questions?category=TESTING", EVERYONE),
                new Endpoint("add a question", "POST", "/api/v1/question-bank/questions",
                        "{\"category\": \"TESTING\", \"text\": \"What is a flaky test? {marker}\"}", null,
                        List.of(R, HM, I, TA), 201, "ALL:/api/v1/question-bank/questions?category=TESTING"),
                new Endpoint("edit a question (stale If-Match)", "PUT", "/api/v1/question-bank/questions/{question}",
                        "{\"category\": \"TESTING\", \"text\": \"Edited {marker}\"}", stale, List.of(R, HM, I, TA),
                        412, "/api/v1/question-bank/questions/{question}"),
                read("list offers", "/api/v1/offers?candidateId={cand}", List.of(R, HM, A, TA)),
                read("read an offer", "/api/v1/offers/{draft}", List.of(R, HM, A, TA)),
                read("list an offer's versions", "/api/v1/offers/{draft}/versions", List.of(R, HM, A, TA)),
                read("diff two versions of an offer", "/api/v1/offers/{draft}/versions/1/diff/1",
                        List.of(R, HM, A, TA)),
                read("an offer letter", "/api/v1/offers/{draft}/letter", List.of(R, HM, A, TA)),
                new Endpoint("draft an offer (one is open: 409)", "POST", "/api/v1/offers", "OFFER", null,
                        HIRING_TEAM, 409, "ALL:/api/v1/offers?candidateId={cand}"),
                new Endpoint("revise an offer (stale If-Match)", "PUT", "/api/v1/offers/{draft}", "TERMS", stale,
                        HIRING_TEAM, 412, "/api/v1/offers/{draft}"),
                new Endpoint("extend an offer (already extended: 409)", "POST", "/api/v1/offers/{extended}/extend",
                        null, null, HIRING_TEAM, 409, "/api/v1/offers/{extended}"),
                new Endpoint("submit an offer (extended: 409)", "POST",
                        "/api/v1/offers/{extended}/submit", null, null, HIRING_TEAM, 409, "/api/v1/offers/{extended}"),
                new Endpoint("approve an offer (not pending: 409)", "POST", "/api/v1/offers/{draft}/approve", null,
                        null, List.of(A, TA), 409, "/api/v1/offers/{draft}"),
                new Endpoint("reject an offer (not pending: 409)", "POST", "/api/v1/offers/{draft}/reject",
                        "{\"reason\": \"{marker}\"}", null, List.of(A, TA), 409, "/api/v1/offers/{draft}"),
                read("list pay bands", "/api/v1/pay-bands", List.of(R, HM, A, TA)),
                new Endpoint("revise a pay band (stale If-Match)", "PUT", "/api/v1/pay-bands/{band}",
                        "{\"min\": \"1.00\", \"mid\": \"2.00\", \"max\": \"3.00\", \"source\": \"{marker}\"}",
                        stale, List.of(A, TA), 412, "/api/v1/pay-bands/{band}"),
                new Endpoint("remove a pay band (stale If-Match)", "DELETE", "/api/v1/pay-bands/{band}", null,
                        stale, List.of(A, TA), 412, "/api/v1/pay-bands/{band}"),
                read("read the approval rules", "/api/v1/pay-bands/approval-rules", List.of(R, HM, A, TA)),
                new Endpoint("change the approval rules (stale If-Match)", "PUT", "/api/v1/pay-bands/approval-rules",
                        "{\"approvalWithinBand\": false}", stale, List.of(TA), 412,
                        "/api/v1/pay-bands/approval-rules"),
                new Endpoint("compensation alignment", "POST", "/api/v1/pay-bands/alignment",
                        "{\"requisitionId\": \"{req}\", \"expectation\": {\"amount\": \"150000.00\", "
                                + "\"currency\": \"USD\"}}", null, HIRING_TEAM, 200, null),
                new Endpoint("record an acceptance (not extended: 409)", "POST", "/api/v1/offers/{draft}/accept",
                        null, null, HIRING_TEAM, 409, "/api/v1/offers/{draft}"),
                new Endpoint("record a refusal (not extended: 409)", "POST", "/api/v1/offers/{draft}/decline",
                        "{\"reason\": \"{marker}\"}", null, HIRING_TEAM, 409, "/api/v1/offers/{draft}"),
                new Endpoint("rescind an offer (then again: changes nothing)", "POST",
                        "/api/v1/offers/{extended}/rescind", "{\"reason\": \"{marker}\"}", null, HIRING_TEAM, 200,
                        "/api/v1/offers/{extended}"),
                read("read hiring insights", "/api/v1/insights/requisitions", List.of(R, HM, A, TA)),
                read("list webhook endpoints", "/api/v1/webhooks/endpoints", List.of(TA)),
                new Endpoint("register a webhook endpoint", "POST", "/api/v1/webhooks/endpoints",
                        "{\"url\": \"http://127.0.0.1:9/{marker}\"}", null, List.of(TA), 201,
                        "ALL:/api/v1/webhooks/endpoints"));
    }

    private static Endpoint read(String name, String path, List<String> allowed) {
        return new Endpoint(name, "GET", path, null, null, allowed, 200, null);
    }

    /** The README's "Who may do what" row of each endpoint: the start of its action column. */
    private static final Map<String, String> README_ROWS = Map.ofEntries(
            Map.entry("list requisitions", "read requisitions"),
            Map.entry("read a requisition", "read requisitions"),
            Map.entry("open a requisition", "open, revise, close a requisition"),
            Map.entry("revise a requisition (stale If-Match)", "open, revise, close a requisition"),
            Map.entry("close a requisition (stale If-Match)", "open, revise, close a requisition"),
            Map.entry("source a candidate", "source a candidate, edit a profile"),
            Map.entry("read a candidate", "read a candidate:"),
            Map.entry("edit a profile (stale If-Match)", "source a candidate, edit a profile"),
            Map.entry("add an application (already there: 409)", "source a candidate, edit a profile"),
            Map.entry("withdraw (not in that requisition: 400)", "source a candidate, edit a profile"),
            Map.entry("read the timeline", "a candidate's timeline; search"),
            Map.entry("search candidates", "a candidate's timeline; search"),
            Map.entry("erase a candidate", "erase a candidate"),
            Map.entry("list loops", "read interview loops"),
            Map.entry("read a loop", "read interview loops"),
            Map.entry("decide a stage (loop completed: 409)", "decide a stage"),
            Map.entry("read an interview plan", "read interview loops"),
            Map.entry("replace an interview plan (stale: 412)", "edit a plan; book"),
            Map.entry("book an interview (loop completed: 409)", "edit a plan; book"),
            Map.entry("my interviews", "read interview loops"),
            Map.entry("assign a take-home (loop completed: 409)", "edit a plan; book"),
            Map.entry("search the question bank", "read interview loops"),
            Map.entry("add a question", "add and edit questions of the bank"),
            Map.entry("list offers", "read offers (pay)"),
            Map.entry("read an offer", "read offers (pay)"),
            Map.entry("draft an offer (one is open: 409)", "draft, revise, submit"),
            Map.entry("extend an offer (already extended: 409)", "draft, revise, submit"),
            Map.entry("submit an offer (extended: 409)", "draft, revise, submit"),
            Map.entry("approve an offer (not pending: 409)", "approve or reject an offer"),
            Map.entry("list pay bands", "read offers (pay)"),
            Map.entry("compensation alignment", "draft, revise, submit"),
            Map.entry("record an acceptance (not extended: 409)", "draft, revise, submit"),
            Map.entry("record a refusal (not extended: 409)", "draft, revise, submit"),
            Map.entry("rescind an offer (then again: changes nothing)", "draft, revise, submit"),
            Map.entry("edit a question (stale If-Match)", "add and edit questions of the bank"),
            Map.entry("list an offer's versions", "read offers (pay)"),
            Map.entry("diff two versions of an offer", "read offers (pay)"),
            Map.entry("an offer letter", "read offers (pay)"),
            Map.entry("revise an offer (stale If-Match)", "draft, revise, submit"),
            Map.entry("reject an offer (not pending: 409)", "approve or reject an offer"),
            Map.entry("revise a pay band (stale If-Match)", "add and change pay bands"),
            Map.entry("remove a pay band (stale If-Match)", "add and change pay bands"),
            Map.entry("read the approval rules", "read offers (pay)"),
            Map.entry("change the approval rules (stale If-Match)", "change the team's approval rules"),
            Map.entry("register a webhook endpoint", "register, change, delete webhook endpoints"),
            Map.entry("read hiring insights", "read hiring insights"),
            Map.entry("list webhook endpoints", "register, change, delete webhook endpoints"));

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void the_openapi_entry_and_the_readme_table_name_exactly_the_roles_that_are_enforced(Endpoint endpoint)
            throws Exception {
        List<String> roles = endpoint.allowed().stream().map(ROLE_OF::get).toList();

        JsonNode operation = operationOf(endpoint.method(), fill(endpoint.path()).replaceFirst("\\?.*", ""));
        assertThat(operation.path("x-roles").valueStream().map(JsonNode::asString))
                .as(endpoint + ": x-roles").containsExactlyInAnyOrderElementsOf(roles);
        assertThat(operation.get("description").asString()).as(endpoint + ": description")
                .endsWith("Roles: " + operation.get("x-roles").valueStream().map(JsonNode::asString)
                        .collect(java.util.stream.Collectors.joining(", ")) + ".");

        String row = README_ROWS.get(endpoint.name());
        assertThat(row).as(endpoint + " has a README row").isNotNull();
        List<String> cells = readmeRow(row);
        List<String> ticked = new ArrayList<>();
        for (int column = 0; column < ROLES_IN_README_ORDER.size(); column++) {
            if (cells.get(column).equals("✓")) {
                ticked.add(ROLES_IN_README_ORDER.get(column));
            }
        }
        assertThat(ticked).as(endpoint + ": README row '" + row + "'").containsExactlyInAnyOrderElementsOf(roles);
    }

    private static final Map<String, String> ROLE_OF = Map.of(R, "RECRUITER", HM, "HIRING_MANAGER",
            I, "INTERVIEWER", A, "APPROVER", TA, "TEAM_ADMIN");
    private static final List<String> ROLES_IN_README_ORDER = List.of("RECRUITER", "HIRING_MANAGER", "INTERVIEWER",
            "APPROVER", "TEAM_ADMIN");
    private static final Map<String, JsonNode> DOCUMENTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The documented operation serving a concrete path: of the templates that match, the most literal one. */
    private static JsonNode operationOf(String method, String path) {
        JsonNode best = null;
        int fewestParameters = Integer.MAX_VALUE;
        for (String service : List.of("candidate-service", "interview-service", "offer-service", "webhook-service",
                "insights-service")) {
            JsonNode paths = DOCUMENTS.computeIfAbsent(service, s -> Api.at(platform.gatewayUrl())
                    .get("/openapi/" + s).json()).get("paths");
            for (var entry : paths.properties()) {
                String template = entry.getKey();
                String regex = template.replaceAll("\\{[^}]+}", "[^/]+").replace(".", "\\.");
                int parameters = template.split("\\{", -1).length - 1;
                if (path.matches(regex) && entry.getValue().has(method.toLowerCase())
                        && parameters < fewestParameters) {
                    best = entry.getValue().get(method.toLowerCase());
                    fewestParameters = parameters;
                }
            }
        }
        assertThat(best).as(method + " " + path + " is documented").isNotNull();
        return best;
    }

    /** The role cells of the README table row whose action starts with {@code action}. */
    private static List<String> readmeRow(String action) throws java.io.IOException {
        List<String> rows = java.nio.file.Files.readAllLines(java.nio.file.Path.of("..", "README.md")).stream()
                .filter(line -> line.startsWith("| " + action)).toList();
        assertThat(rows).as("README row starting '" + action + "'").hasSize(1);
        String[] cells = rows.get(0).split("\\|", -1);
        List<String> roleCells = new ArrayList<>();
        for (int i = 2; i < 2 + ROLES_IN_README_ORDER.size(); i++) {
            roleCells.add(cells[i].trim());
        }
        return roleCells;
    }

    static Stream<Arguments> everyRoleAndEndpoint() {
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (String user : EVERYONE) {
                cases.add(Arguments.of(endpoint, user));
            }
            cases.add(Arguments.of(endpoint, NO_ROLE));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyRoleAndEndpoint")
    void a_role_outside_an_actions_column_is_refused_and_changes_nothing_a_role_inside_it_gets_the_actions_answer(
            Endpoint endpoint, String user) {
        Api api = as(user);
        if (endpoint.ifMatch() != null) {
            api = api.header("If-Match", endpoint.ifMatch());
        }
        if (endpoint.path().endsWith("/letter")) {
            api = api.header("Accept", "application/pdf");
        }
        String marker = "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String path = fill(endpoint.path());
        String body = endpoint.body() == null ? "" : fill(switch (endpoint.body()) {
            case "SOURCE" -> sourceBody("Matrix " + marker);
            case "OFFER" -> offerBody(candidate);
            case "TERMS" -> termsBody();
            default -> endpoint.body();
        }).replace("{marker}", marker);
        String before = witness(endpoint);
        Api.Response response = switch (endpoint.method()) {
            case "GET" -> api.get(path);
            case "PUT" -> api.put(path, body);
            case "DELETE" -> api.delete(path);
            default -> api.post(path, body);
        };

        if (endpoint.allowed().contains(user)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(endpoint.expected());
        } else {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
            if (endpoint.witness() != null && endpoint.witness().startsWith("ALL:")) {
                assertThat(witness(endpoint)).as("nothing created").doesNotContain(marker);
            } else if (endpoint.witness() != null) {
                assertThat(witness(endpoint)).as("nothing changed").isEqualTo(before);
            }
        }
    }

    private static String serviceOf(String witness) {
        String path = witness.replaceFirst("^ALL:", "");
        if (path.startsWith("/api/v1/requisitions") || path.startsWith("/api/v1/candidates")) {
            return LocalPlatform.CANDIDATE_SERVICE;
        }
        if (path.startsWith("/api/v1/offers") || path.startsWith("/api/v1/pay-bands")) {
            return LocalPlatform.OFFER_SERVICE;
        }
        if (path.startsWith("/api/v1/webhooks")) {
            return LocalPlatform.WEBHOOK_SERVICE;
        }
        return LocalPlatform.INTERVIEW_SERVICE;
    }

    /** The witness as a team admin sees it: the resource (status, ETag, body), or every page of the list. */
    private static String witness(Endpoint endpoint) {
        if (endpoint.witness() == null) {
            return null;
        }
        // read where it lives, past the gateway (whose rate limits are not what this test is about)
        Api admin = Api.at(platform.urlOf(serviceOf(endpoint.witness()))).as(TA);
        if (!endpoint.witness().startsWith("ALL:")) {
            Api.Response read = admin.get(fill(endpoint.witness()));
            return read.status() + " " + read.header("ETag") + " " + read.body();
        }
        String list = fill(endpoint.witness().substring(4));
        StringBuilder pages = new StringBuilder();
        String cursor = null;
        do {
            Api.Response page = admin.get(list + (list.contains("?") ? "&" : "?") + "limit=100"
                    + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            pages.append(page.body());
            JsonNode next = page.json().get("nextCursor");
            cursor = next == null || next.isNull() ? null : next.asString();
        } while (cursor != null);
        return pages.toString();
    }

    @Test
    void interviewers_and_approvers_see_who_a_candidate_is_but_not_how_to_reach_them_or_their_pay() {
        Set<String> hidden = Set.of("email", "phone", "linkedinUrl", "compensationExpectation");
        for (String user : EVERYONE) {
            JsonNode profile = as(user).get("/api/v1/candidates/" + candidate).json().get("profile");
            assertThat(profile.get("fullName").asString()).isEqualTo("Grace Matrix");
            assertThat(profile.get("skills").size()).isPositive();
            for (String field : hidden) {
                boolean visible = profile.hasNonNull(field);
                assertThat(visible).as(user + " sees " + field).isEqualTo(HIRING_TEAM.contains(user));
            }
        }
    }

    @Test
    void approvers_see_the_pay_of_the_offers_they_approve() {
        JsonNode offer = as(A).get("/api/v1/offers/" + draftOffer).json();

        assertThat(offer.get("versions").get(0).get("terms").get("compensation").get("baseSalary").get("amount")
                .asString()).isEqualTo("140000.00");
    }

    private static String fill(String template) {
        return template.replace("{req}", requisition).replace("{cand}", candidate).replace("{loop}", loop)
                .replace("{draft}", draftOffer).replace("{extended}", extendedOffer).replace("{erasable}", erasable)
                .replace("{question}", question).replace("{band}", band);
    }

    private static String requisitionBody() {
        return "{\"title\": \"Role\", \"level\": \"L4\", \"location\": \"Remote\", \"workMode\": \"REMOTE\", "
                + "\"hiringManagerId\": \"hank\", \"headcount\": 1}";
    }

    private static String sourceBody(String name) {
        return Api.JSON.writeValueAsString(Map.of("requisitionId", requisition, "sourceChannel", "REFERRAL",
                "profile", Map.of("fullName", name, "email", UUID.randomUUID() + "@example.com",
                        "phone", "+49 30 1234567", "linkedinUrl", "https://www.linkedin.com/in/" + UUID.randomUUID(),
                        "skills", List.of("Go", "Kubernetes"),
                        "compensationExpectation", Map.of("amount", "120000.00", "currency", "USD"))));
    }

    private static String bookingBody() {
        Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).plus(Duration.ofDays(3));
        return "{\"loopId\": \"{loop}\", \"stageKey\": \"technical-live\", \"interviewerIds\": [\"ivan\"], "
                + "\"startsAt\": \"" + start + "\", \"endsAt\": \"" + start.plus(Duration.ofHours(1)) + "\", "
                + "\"candidateTimeZone\": \"Europe/Berlin\", \"videoLink\": \"https://meet.example.com/x\"}";
    }

    private static String offerBody(String candidateId) {
        return Api.JSON.writeValueAsString(Map.of("candidateId", candidateId, "requisitionId", requisition,
                "compensation", Map.of("baseSalary", Map.of("amount", "140000.00", "currency", "USD")),
                "workMode", "REMOTE", "startDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusMonths(3).toString(),
                "expiresAt", Instant.now().plus(Duration.ofDays(14)).toString()));
    }

    private static String termsBody() {
        return Api.JSON.writeValueAsString(Map.of(
                "compensation", Map.of("baseSalary", Map.of("amount", "141000.00", "currency", "USD")),
                "workMode", "REMOTE", "startDate", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusMonths(3)
                        .toString(), "expiresAt", Instant.now().plus(Duration.ofDays(14)).toString()));
    }

    private static String source(String name) {
        return created(as(R).post("/api/v1/candidates", sourceBody(name)));
    }

    private static String completeLoopOf(String candidateId) {
        String loopId = await().until(() -> as(HM).get("/api/v1/interview-loops?candidateId=" + candidateId).json()
                .get("items"), items -> items.size() == 1).get(0).get("id").asString();
        for (String stage : FastTrackPlan.STAGES) {
            assertThat(as(HM).post("/api/v1/interview-loops/" + loopId + "/decisions", Map.of("stage", stage,
                    "decision", "ADVANCE")).status()).isEqualTo(200);
        }
        return loopId;
    }

    private static String draftOfferFor(String candidateId) {
        return await().until(() -> as(R).post("/api/v1/offers", offerBody(candidateId)), r -> r.status() == 201)
                .json().get("id").asString();
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static Api as(String user) {
        return user.equals(NO_ROLE) ? Api.at(platform.gatewayUrl()).withToken(io.headcount.testsupport.TestTokens
                .with(NO_ROLE, List.of("team-a"), List.of())) : Api.at(platform.gatewayUrl()).as(user);
    }
}
