package io.headcount.plumbing.idempotency;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalBodyTest {

    private static String canonical(String json) {
        return new String(IdempotencyKeyFilter.canonical(json.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
    }

    @Test
    void the_same_json_in_another_key_order_and_spacing_is_the_same_request() {
        assertThat(canonical("{\"b\": 1, \"a\": {\"y\": [2, 1], \"x\": \"z\"}}"))
                .isEqualTo(canonical("{\"a\":{\"x\":\"z\",\"y\":[2,1]},\"b\":1}"));
    }

    @Test
    void different_values_or_array_order_are_different_requests() {
        assertThat(canonical("{\"a\": [1, 2]}")).isNotEqualTo(canonical("{\"a\": [2, 1]}"));
        assertThat(canonical("{\"a\": \"1\"}")).isNotEqualTo(canonical("{\"a\": 1}"));
    }

    @Test
    void a_body_that_is_not_json_is_compared_as_it_is() {
        assertThat(canonical("not json {")).isEqualTo("not json {");
        assertThat(canonical("")).isEmpty();
    }
}
