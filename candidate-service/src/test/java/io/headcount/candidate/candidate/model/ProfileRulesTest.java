package io.headcount.candidate.candidate.model;

import io.headcount.plumbing.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileRulesTest {

    @Test
    void skills_differing_only_in_case_and_spacing_are_one_skill() {
        assertThat(Skills.normalize(List.of("Java", "java ", "JAVA", " Distributed   Systems", ""))).containsExactly(
                "java", "distributed systems");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.linkedin.com/in/ada-lovelace/", "http://linkedin.com/in/Ada-Lovelace",
            "linkedin.com/in/ada-lovelace?trk=public", "https://uk.linkedin.com/in/ada-lovelace#about",
            "  LINKEDIN.COM/in/ada-lovelace  "})
    void linkedin_urls_of_one_profile_normalise_to_one_key(String url) {
        assertThat(ContactKeys.linkedinKey("team-a", url)).isEqualTo("team-a|linkedin.com/in/ada-lovelace");
    }

    @Test
    void emails_compare_case_insensitively_within_a_team() {
        assertThat(ContactKeys.emailKey("team-a", " Ada@Example.COM")).isEqualTo("team-a|ada@example.com");
        assertThat(ContactKeys.emailKey("team-b", "ada@example.com")).isNotEqualTo(
                ContactKeys.emailKey("team-a", "ada@example.com"));
    }

    @Test
    void years_of_experience_are_between_0_and_60() {
        assertThatThrownBy(() -> profileWithYears(61)).isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo("yearsOfExperience");
        assertThat(profileWithYears(60).yearsOfExperience()).isEqualTo(60);
    }

    @Test
    void a_profile_update_names_exactly_the_changed_fields() {
        Profile before = profileWithYears(5);
        Profile after = new Profile("Ada King", before.email(), null, null, null, null, null, null, 6,
                List.of("JAVA"), null, null);

        assertThat(after.changedFieldsComparedTo(before)).containsExactly("fullName", "yearsOfExperience");
    }

    private static Profile profileWithYears(int years) {
        return new Profile("Ada Lovelace", "ada@example.com", null, null, null, null, null, null, years,
                List.of("java"), null, null);
    }
}
