package io.headcount.candidate.pipeline.model;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineTransitionsTest {

    @Test
    void every_event_of_every_family_about_a_candidate_has_a_status_rule_and_a_timeline_line() {
        Set<Class<?>> members = PipelineTransitions.FAMILIES.stream()
                .peek(family -> assertThat(family.isSealed()).as(family.getSimpleName() + " is sealed").isTrue())
                .flatMap(family -> Arrays.stream(family.getPermittedSubclasses())).collect(Collectors.toSet());

        assertThat(PipelineTransitions.described()).containsExactlyInAnyOrderElementsOf(members);
    }
}
