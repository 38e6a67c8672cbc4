package io.headcount.plumbing.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJsonTest {

    enum Mode { REMOTE, ONSITE }

    record Money(String amount, String currency) {
    }

    record Body(String title, Integer headcount, Integer years, Boolean active, LocalDate startDate, Instant expiresAt,
                List<String> skills, Mode mode, Money salary, Long units) {
    }

    private static final JsonMapper STRICT = StrictJson.configure(JsonMapper.builder()).build();

    @ParameterizedTest(name = "{0} is refused, naming {1}")
    @CsvSource(delimiter = '|', textBlock = """
            {"title": 12345}                          | title        | must be a JSON string
            {"title": true}                           | title        | must be a JSON string
            {"title": 1.5}                            | title        | must be a JSON string
            {"headcount": 1.5}                        | headcount    | whole number
            {"headcount": "2"}                        | headcount    | whole number
            {"headcount": 2147483648}                 | headcount    | out of range
            {"units": 1e400}                          | units        | whole number
            {"active": "true"}                        | active       | true or false
            {"active": 1}                             | active       | true or false
            {"startDate": 12345}                      | startDate    | date string like 2027-02-01
            {"startDate": "2027-13-45"}               | startDate    | date string like 2027-02-01
            {"startDate": "+999999999-12-31x"}        | startDate    | date string like 2027-02-01
            {"expiresAt": 1700000000}                 | expiresAt    | UTC time string
            {"expiresAt": "yesterday"}                | expiresAt    | UTC time string
            {"salary": {"amount": 155000.5}}          | salary.amount | must be a JSON string
            {"salary": "155000"}                      | salary       | JSON object
            {"skills": "java"}                        | skills       | JSON array
            {"skills": ["java", 7]}                   | skills[1]    | must be a JSON string
            {"mode": "HOME"}                          | mode         | is not one of REMOTE, ONSITE
            {"title": "a\\u0000b"}                    | title        | control character U+0000
            {"title": "bell\\u0007"}                  | title        | control character U+0007
            {"title": "half \\ud800 a pair"}          | title        | unpaired UTF-16 surrogate
            {"skills": ["ok", "x\\u001b[31m"]}        | skills[1]    | control character U+001B
            """)
    void a_value_of_the_wrong_type_or_with_unstorable_text_is_refused_naming_the_field(String json, String field,
                                                                                      String message) {
        assertThatThrownBy(() -> STRICT.readValue(json, Body.class)).isInstanceOfSatisfying(JacksonException.class,
                e -> {
                    Problems.FieldError error = JsonProblems.fieldErrorOf(e);
                    assertThat(error.field()).isEqualTo(field);
                    assertThat(error.message()).contains(message);
                });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"title": "Staff Engineer, Zürich 🚀", "headcount": 2, "years": 7, "active": false}
            {"startDate": "2024-02-01", "expiresAt": "2024-01-15T17:00:00Z", "mode": "REMOTE"}
            {"title": "line one\\nline two\\ttabbed", "salary": {"amount": "155000.50", "currency": "USD"}}
            {"skills": ["C++", "C#"], "units": 4000}
            """)
    void well_typed_values_are_read(String json) {
        assertThat(STRICT.readValue(json, Body.class)).isNotNull();
    }

    @org.junit.jupiter.api.Test
    void malformed_json_without_a_field_names_the_position() {
        assertThatThrownBy(() -> STRICT.readValue("{\"title\": ", Body.class)).isInstanceOfSatisfying(
                JacksonException.class, e -> assertThat(JsonProblems.fieldErrorOf(e).message())
                        .contains("malformed JSON at line 1"));
    }

    @org.junit.jupiter.api.Test
    void an_echoed_value_is_cut_short() {
        String echoed = JsonProblems.echo("x".repeat(10_000_000));
        assertThat(echoed).hasSizeLessThan(100).endsWith("…'");
    }
}
