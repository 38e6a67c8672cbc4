package io.headcount.testsupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class DevTokenIssuerTest {

    private static final DevTokenIssuer issuer = DevTokenIssuer.start(0);

    @AfterAll
    static void stop() {
        issuer.close();
    }

    @Test
    void an_unknown_user_is_a_problem_naming_the_parameter_and_listing_the_demo_users_with_their_roles() {
        Api.Response response = Api.at(issuer.port()).get("/dev/token?user=mallory");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("user");
        assertThat(problem.get("detail").asString()).contains("alice (RECRUITER, team-a)")
                .contains("bea (TEAM_ADMIN+HIRING_MANAGER, team-b)");
        assertThat(problem.get("knownUsers").valueStream().map(JsonNode::asString))
                .containsExactly("alice", "aria", "bea", "bob", "hank", "ivan", "tess");
    }

    @Test
    void a_demo_users_token_comes_with_who_it_is_for() {
        JsonNode token = Api.at(issuer.port()).get("/dev/token?user=hank").json();

        assertThat(token.get("token_type").asString()).isEqualTo("Bearer");
        assertThat(token.get("access_token").asString()).contains(".");
        assertThat(token.get("roles").get(0).asString()).isEqualTo("HIRING_MANAGER");
        assertThat(token.get("teams").get(0).asString()).isEqualTo("team-a");
    }
}
