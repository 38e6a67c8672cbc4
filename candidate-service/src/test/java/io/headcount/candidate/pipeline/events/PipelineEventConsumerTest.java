package io.headcount.candidate.pipeline.events;

import io.headcount.candidate.pipeline.application.PipelineRepository;
import io.headcount.candidate.pipeline.model.Pipeline;
import io.headcount.candidate.pipeline.model.PipelineStatus;
import io.headcount.candidate.pipeline.model.TimelineEntry;
import io.headcount.events.InterviewStage;
import io.headcount.events.SourceChannel;
import io.headcount.events.candidate.CandidateSourced;
import io.headcount.events.candidate.CandidateWithdrawn;
import io.headcount.events.interview.ScreenPassed;
import io.headcount.plumbing.consumer.Scenario;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineEventConsumerTest {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    /** Pipelines by team and candidate, with the compare-and-set of the real repository. */
    private final Map<String, Pipeline> pipelines = new HashMap<>();
    private final PipelineRepository repository = new PipelineRepository() {
        @Override
        public Optional<Pipeline> find(String candidateId, String teamId) {
            return Optional.ofNullable(pipelines.get(teamId + "/" + candidateId));
        }

        @Override
        public boolean replace(String candidateId, String teamId, long expectedVersion, Pipeline pipeline) {
            Pipeline current = pipelines.get(teamId + "/" + candidateId);
            if (current == null || current.version() != expectedVersion) {
                return false;
            }
            pipelines.put(teamId + "/" + candidateId, pipeline);
            return true;
        }
    };
    private final PipelineEventConsumer consumer = new PipelineEventConsumer(repository);

    @Test
    void events_of_every_service_move_the_candidate_on_and_land_on_the_timeline_at_their_own_time() {
        pipelines.put("team-a/cand-1", Pipeline.empty());

        Scenario.given(consumer)
                .at(T0).when(sourced("cand-1"))
                .at(T0.plusSeconds(3600)).when(new ScreenPassed("loop-1", "cand-1", "req-1",
                        InterviewStage.RECRUITER_SCREEN, "recruiter-screen"))
                .then(() -> {
                    Pipeline pipeline = pipelines.get("team-a/cand-1");
                    assertThat(pipeline.statusIn("req-1")).isEqualTo(PipelineStatus.SCREENING);
                    assertThat(pipeline.timeline()).extracting(TimelineEntry::event, TimelineEntry::at)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("CandidateSourced", T0),
                                    org.assertj.core.groups.Tuple.tuple("ScreenPassed", T0.plusSeconds(3600)));
                });
    }

    @Test
    void a_redelivered_event_changes_nothing() {
        pipelines.put("team-a/cand-2", Pipeline.empty());
        Scenario scenario = Scenario.given(consumer).when(new CandidateWithdrawn("cand-2", "req-1", "took another"));
        Pipeline once = pipelines.get("team-a/cand-2");

        scenario.whenRedelivered();

        assertThat(pipelines.get("team-a/cand-2")).isSameAs(once);
        assertThat(once.statusIn("req-1")).isEqualTo(PipelineStatus.WITHDRAWN);
        assertThat(once.timeline()).hasSize(1);
    }

    @Test
    void an_event_about_a_candidate_of_another_team_touches_no_pipeline() {
        pipelines.put("team-a/cand-3", Pipeline.empty());

        Scenario.given(consumer).inTeam("team-b").when(sourced("cand-3"));

        assertThat(pipelines).containsOnlyKeys("team-a/cand-3");
        assertThat(pipelines.get("team-a/cand-3").timeline()).isEmpty();
    }

    private static CandidateSourced sourced(String candidateId) {
        return new CandidateSourced(candidateId, "req-1", SourceChannel.REFERRAL, "Ada", null, List.of("java"));
    }
}
