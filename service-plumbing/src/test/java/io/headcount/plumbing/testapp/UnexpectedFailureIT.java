package io.headcount.plumbing.testapp;

import io.headcount.testsupport.Api;
import io.headcount.testsupport.HeadcountServiceTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A real defect (an exception, or an Error no handler expects) in a real request: a plain 500 problem. */
@HeadcountServiceTest
class UnexpectedFailureIT {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "a controller that throws an {0}")
    @ValueSource(strings = {"exception", "error"})
    void an_unexpected_failure_is_a_500_problem_without_a_stack_trace_or_internals(String kind) {
        Api.Response response = Api.at(port).as("alice").get("/api/v1/defects/" + kind);

        assertThat(response.status()).as(response.toString()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(500);
        assertThat(response.json().get("title").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("s3cret", "10.0.0.7", "mongodb://", "io.headcount",
                "IllegalStateException", "LinkageError", "Exception", "\tat ", "trace");
    }
}
