package io.headcount.candidate.search;

import io.headcount.testsupport.Api;
import io.headcount.testsupport.HeadcountServiceTest;
import io.headcount.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search results against an independent in-memory evaluation of the same queries over a generated set of
 * candidates, on whichever store the tests run on (embedded here; real MongoDB where Docker is available).
 */
@HeadcountServiceTest
class CandidateSearchIT {

    private static final int CANDIDATES = 240;
    private static World world;

    @LocalServerPort
    int port;

    @BeforeEach
    void seedOnce() {
        if (world == null) {
            world = World.seed(port);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "python",
            "Python OR Django OR Flask",
            "(Python OR Django OR Flask) AND \"distributed systems\" AND NOT PHP",
            "\"distributed systems\"",
            "\"systems design\" OR \"machine learning\"",
            "java",
            "javascript",
            "java NOT javascript",
            "C++ OR C#",
            "skill:go",
            "skill:\"machine learning\"",
            "title:engineer",
            "title:\"backend engineer\"",
            "title:python OR skill:python",
            "company:python",
            "python NOT company:python",
            "location:remote",
            "location:\"new york\"",
            "engineer AND (berlin OR london) AND NOT manager",
            "NOT engineer",
            "NOT (java OR python)",
            "ada lovelace",
            "\"ada lovelace\"",
            "hopper kafka",
            "Staff Engineer Kubernetes",
            "(react OR typescript) (remote OR toronto)",
            "NOT NOT kotlin",
            "spring AND NOT (kotlin OR java)",
            "\"engineer berlin\"",
            "systems",
            "distributed",
            "\"distributed systems inc\"",
            "globex OR initech OR hooli",
            "mongodb postgresql aws",
            "title:data OR title:machine",
            "manager OR (scientist AND learning)",
            "frontend react",
            "c",
            ""})
    void finds_exactly_what_the_reference_evaluator_finds(String query) {
        assertThat(world.search(query, "")).isEqualTo(world.expected(query, candidate -> true));
    }

    @Test
    void the_generated_set_makes_the_comparison_meaningful() {
        assertThat(world.search("python", "")).hasSizeGreaterThan(20);
        assertThat(world.search("title:engineer", "")).hasSizeGreaterThan(20);
        assertThat(world.search("\"distributed systems\"", "")).hasSizeGreaterThan(20);
        assertThat(world.search("NOT engineer", "")).hasSizeGreaterThan(20);
        // a phrase never spans two fields: no title ends in "engineer" followed by a location "berlin"
        assertThat(world.search("\"engineer berlin\"", "")).isEmpty();
        assertThat(world.search("engineer berlin", "")).isNotEmpty();
        // whole words: java is not javascript
        assertThat(world.search("java", "")).doesNotContainAnyElementsOf(world.search("javascript NOT java", ""));
    }

    @Test
    void filters_narrow_the_query_like_the_reference_says() {
        String requisition = world.requisitions.get(0);
        Map<String, Predicate<World.Candidate>> cases = new LinkedHashMap<>();
        cases.put("&yearsMin=5&yearsMax=10", c -> c.years() != null && c.years() >= 5 && c.years() <= 10);
        cases.put("&yearsMin=20", c -> c.years() != null && c.years() >= 20);
        cases.put("&companySize=SIZE_1_10,SIZE_5001_PLUS", c -> "SIZE_1_10".equals(c.size())
                || "SIZE_5001_PLUS".equals(c.size()));
        cases.put("&workMode=REMOTE", c -> "REMOTE".equals(c.workMode()));
        cases.put("&sourceChannel=REFERRAL&sourceChannel=LINKEDIN", c -> c.channel().equals("REFERRAL")
                || c.channel().equals("LINKEDIN"));
        cases.put("&requisitionId=" + requisition, c -> c.requisitionId().equals(requisition));
        cases.put("&requisitionId=" + requisition + "&sourceChannel=JOB_BOARD",
                c -> c.requisitionId().equals(requisition) && c.channel().equals("JOB_BOARD"));
        cases.put("&status=SOURCED", c -> true);
        cases.put("&status=INTERVIEWING", c -> false);
        cases.put("&requisitionId=" + requisition + "&status=SOURCED", c -> c.requisitionId().equals(requisition));

        for (String query : List.of("engineer", "python OR java", "")) {
            cases.forEach((filters, filter) -> assertThat(world.search(query, filters))
                    .as(query + filters).isEqualTo(world.expected(query, filter)));
        }
    }

    @Test
    void every_sort_pages_through_all_hits_in_order_without_gaps_or_repeats() {
        List<World.Candidate> engineers = world.matching("engineer", c -> true);

        assertThat(world.search("engineer", "&sort=OLDEST&limit=7")).isEqualTo(engineers.stream()
                .sorted(Comparator.comparing(World.Candidate::id)).map(World.Candidate::id).toList());
        assertThat(world.search("engineer", "&sort=MOST_EXPERIENCED&limit=7")).isEqualTo(engineers.stream()
                .sorted(Comparator.comparing((World.Candidate c) -> c.years() == null ? -1 : c.years())
                        .thenComparing(World.Candidate::id).reversed())
                .map(World.Candidate::id).toList());
        assertThat(world.search("engineer", "&sort=NAME&limit=7")).isEqualTo(engineers.stream()
                .sorted(Comparator.comparing((World.Candidate c) -> c.name().toLowerCase())
                        .thenComparing(World.Candidate::id))
                .map(World.Candidate::id).toList());
    }

    @Test
    void explain_returns_the_parsed_query_tree() {
        JsonNode response = world.api.get("/api/v1/candidates/search?explain=true&q="
                + encode("(Python OR Django) AND \"distributed systems\" AND NOT title:php")).json();

        JsonNode tree = response.get("explain").get("query");
        assertThat(tree.get("op").asString()).isEqualTo("AND");
        assertThat(tree.get("operands").get(0).get("op").asString()).isEqualTo("OR");
        assertThat(tree.get("operands").get(1).get("phrase").asBoolean()).isTrue();
        assertThat(tree.get("operands").get(2).get("op").asString()).isEqualTo("NOT");
        assertThat(tree.get("operands").get(2).get("operands").get(0).get("field").asString()).isEqualTo("title");
        assertThat(response.get("explain").get("storeFilter").asString()).contains("search.title");
    }

    @Test
    void a_syntax_error_is_400_naming_the_position_and_what_was_expected() {
        Api.Response response = world.api.get("/api/v1/candidates/search?q=" + encode("(java OR"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("q");
        assertThat(response.json().get("detail").asString()).contains("position 8").contains("expected a word");
    }

    @Test
    void a_bad_filter_value_is_400_naming_the_parameter() {
        Api.Response response = world.api.get("/api/v1/candidates/search?workMode=SPACE");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("workMode");
    }

    @Test
    void other_teams_never_see_these_candidates() {
        List<String> ours = world.search("", "");

        for (String user : List.of("alice", "bob")) {
            List<String> theirs = new ArrayList<>();
            Api api = Api.at(port).as(user);
            JsonNode page = api.get("/api/v1/candidates/search?limit=100&q=engineer").json();
            page.get("items").valueStream().map(item -> item.get("id").asString()).forEach(theirs::add);
            assertThat(theirs).doesNotContainAnyElementsOf(ours);
        }
    }

    @Test
    void an_erased_candidate_cannot_be_found_by_any_field() {
        World.Candidate victim = world.candidates.stream().filter(c -> c.profile().get("currentTitle") != null
                && !((List<?>) c.profile().get("skills")).isEmpty()).findFirst().orElseThrow();
        Api admin = Api.at(port).withToken(TestTokens.with("admin", List.of(world.team), List.of("TEAM_ADMIN")));

        assertThat(admin.post("/api/v1/candidates/" + victim.id() + "/erase", "").status()).isEqualTo(200);

        String name = (String) victim.profile().get("fullName");
        String skill = (String) ((List<?>) victim.profile().get("skills")).get(0);
        for (String query : List.of("\"" + name + "\"", "title:\"" + victim.profile().get("currentTitle") + "\"",
                "skill:\"" + skill + "\"", "")) {
            assertThat(world.search(query, "")).as(query).doesNotContain(victim.id());
        }
        world.candidates.remove(victim);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One team of generated candidates, shared by all tests of this class. */
    static final class World {

        final String team = "search-" + UUID.randomUUID();
        final Api api;
        final List<String> requisitions = new ArrayList<>();
        final List<Candidate> candidates = new ArrayList<>();

        private World(int port) {
            api = Api.at(port).withToken(TestTokens.with("searcher", List.of(team), List.of("RECRUITER")));
        }

        static World seed(int port) {
            World world = new World(port);
            for (int i = 0; i < 2; i++) {
                Api.Response opened = world.api.post("/api/v1/requisitions", Map.of("title", "Engineer " + i,
                        "level", "L4", "location", "Remote", "workMode", "REMOTE", "hiringManagerId", "hank",
                        "headcount", 3));
                assertThat(opened.status()).as(opened.body()).isEqualTo(201);
                world.requisitions.add(opened.json().get("id").asString());
            }
            for (GeneratedCandidates.Generated generated : GeneratedCandidates.generate(CANDIDATES, 7,
                    world.requisitions)) {
                Api.Response sourced = world.api.post("/api/v1/candidates", Map.of(
                        "requisitionId", generated.requisitionId(), "sourceChannel", generated.sourceChannel(),
                        "profile", generated.profile()));
                assertThat(sourced.status()).as(sourced.body()).isEqualTo(201);
                world.candidates.add(new Candidate(sourced.json().get("id").asString(), generated.profile(),
                        generated.requisitionId(), generated.sourceChannel()));
            }
            return world;
        }

        /** All ids the API returns, page after page, in its order. */
        List<String> search(String query, String filters) {
            List<String> ids = new ArrayList<>();
            String cursor = null;
            String limit = filters.contains("limit=") ? "" : "&limit=50";
            do {
                Api.Response page = api.get("/api/v1/candidates/search?q=" + encode(query) + filters + limit
                        + (cursor == null ? "" : "&cursor=" + cursor));
                assertThat(page.status()).as(page.body()).isEqualTo(200);
                page.json().get("items").valueStream().forEach(item -> ids.add(item.get("id").asString()));
                JsonNode next = page.json().get("nextCursor");
                cursor = next == null || next.isNull() ? null : next.asString();
            } while (cursor != null);
            return ids;
        }

        List<Candidate> matching(String query, Predicate<Candidate> filter) {
            Predicate<Map<String, Object>> reference = InMemorySearch.compile(query);
            return candidates.stream().filter(c -> reference.test(c.profile())).filter(filter).toList();
        }

        /** The reference answer in the default order: newest first. */
        List<String> expected(String query, Predicate<Candidate> filter) {
            return matching(query, filter).stream().map(Candidate::id).sorted(Comparator.reverseOrder()).toList();
        }

        record Candidate(String id, Map<String, Object> profile, String requisitionId, String channel) {

            Integer years() {
                return (Integer) profile.get("yearsOfExperience");
            }

            String size() {
                return (String) profile.get("companySize");
            }

            String workMode() {
                return (String) profile.get("workModePreference");
            }

            String name() {
                return Objects.toString(profile.get("fullName"));
            }
        }
    }
}
