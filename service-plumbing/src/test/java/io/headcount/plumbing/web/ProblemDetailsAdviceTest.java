package io.headcount.plumbing.web;

import io.headcount.plumbing.domain.ConflictException;
import io.headcount.plumbing.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemDetailsAdviceTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void a_store_that_fails_to_answer_is_a_retryable_503() {
        ResponseEntity<ProblemDetail> response = advice.storeUnavailable(
                new DataAccessResourceFailureException("connection reset"));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(response.getBody().getDetail()).doesNotContain("connection reset");
    }

    @Test
    void a_domain_rule_on_a_field_is_a_400_naming_it() {
        ProblemDetail problem = advice.invalidField(new InvalidFieldException("stage", "decided in order"));

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).isEqualTo("field 'stage': decided in order");
        assertThat(problem.getProperties().get("errors")).isEqualTo(List.of(Map.of("field", "stage",
                "message", "decided in order")));
    }

    @Test
    void a_conflict_links_to_the_existing_record() {
        var response = advice.conflict(new ConflictException("duplicate", io.headcount.plumbing.domain.ResourceRef.candidate("7")));
        ProblemDetail problem = response.getBody();

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getProperties().get("existing")).isEqualTo("/api/v1/candidates/7");
        assertThat(response.getHeaders().containsHeader("Retry-After")).isFalse();
    }

    @Test
    void a_conflict_that_may_pass_by_itself_says_when_to_ask_again() {
        var response = advice.conflict(ConflictException.retryable("not yet", java.time.Duration.ofSeconds(2)));

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("2");
        assertThat(response.getBody().getProperties().get("retryAfterSeconds")).isEqualTo(2L);
    }

    @Test
    void an_unexpected_error_reveals_nothing_of_its_cause() {
        ProblemDetail problem = advice.unexpected(new IllegalStateException("secret table name"));

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail()).doesNotContain("secret");
    }
}
