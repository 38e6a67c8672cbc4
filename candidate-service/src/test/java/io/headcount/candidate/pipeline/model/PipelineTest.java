package io.headcount.candidate.pipeline.model;

import io.headcount.events.HeadcountEvent;
import io.headcount.events.InterviewStage;
import io.headcount.events.SourceChannel;
import io.headcount.events.candidate.CandidateSourced;
import io.headcount.events.candidate.CandidateWithdrawn;
import io.headcount.events.interview.InterviewLoopCompleted;
import io.headcount.events.interview.ScreenPassed;
import io.headcount.events.offer.OfferAccepted;
import io.headcount.events.offer.OfferExtended;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PipelineTest {

    private static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

    private final List<Applied> story = List.of(
            event("e1", 0, new CandidateSourced("cand-1", "req-1", SourceChannel.REFERRAL, "Ada", null, List.of())),
            event("e2", 1, new ScreenPassed("loop-1", "cand-1", "req-1", InterviewStage.RECRUITER_SCREEN, "recruiter-screen")),
            event("e3", 2, new ScreenPassed("loop-1", "cand-1", "req-1", InterviewStage.HIRING_MANAGER_SCREEN, "hiring-manager-screen")),
            event("e4", 3, new InterviewLoopCompleted("loop-1", "cand-1", "req-1")),
            event("e5", 4, new OfferExtended("offer-1", "cand-1", "req-1", 1, null)));

    @Test
    void the_status_follows_the_story() {
        Pipeline pipeline = applyAll(story);

        assertThat(pipeline.statusIn("req-1")).isEqualTo(PipelineStatus.OFFER_EXTENDED);
        assertThat(pipeline.timeline()).extracting(TimelineEntry::event).containsExactly("CandidateSourced",
                "ScreenPassed", "ScreenPassed", "InterviewLoopCompleted", "OfferExtended");
    }

    @Test
    void events_delivered_twice_and_in_any_order_end_in_the_same_status_and_timeline() {
        Pipeline inOrder = applyAll(story);
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            List<Applied> shuffled = new ArrayList<>(story);
            shuffled.addAll(story);
            Collections.shuffle(shuffled, random);

            Pipeline pipeline = applyAll(shuffled);

            assertThat(pipeline.statusByRequisition()).isEqualTo(inOrder.statusByRequisition());
            assertThat(pipeline.timeline()).isEqualTo(inOrder.timeline());
        }
    }

    @Test
    void a_late_older_event_never_moves_a_candidate_backwards() {
        Pipeline extended = applyAll(story.subList(0, 1)).apply("e5", T0.plusSeconds(4), story.get(4).event());

        Pipeline afterLateScreen = extended.apply("e2", T0.plusSeconds(1), story.get(1).event());

        assertThat(afterLateScreen.statusIn("req-1")).isEqualTo(PipelineStatus.OFFER_EXTENDED);
    }

    @Test
    void withdrawal_ends_a_candidacy_and_hiring_anywhere_is_the_headline() {
        Pipeline pipeline = applyAll(story)
                .apply("e6", T0.plusSeconds(5), new CandidateSourced("cand-1", "req-2", SourceChannel.LINKEDIN,
                        "Ada", null, List.of()))
                .apply("e7", T0.plusSeconds(6), new CandidateWithdrawn("cand-1", "req-2", null));

        assertThat(pipeline.statusIn("req-2")).isEqualTo(PipelineStatus.WITHDRAWN);
        assertThat(pipeline.overallStatus()).isEqualTo(PipelineStatus.OFFER_EXTENDED);
        assertThat(pipeline.apply("e8", T0.plusSeconds(7), new OfferAccepted("offer-1", "cand-1", "req-1", 1, null))
                .overallStatus()).isEqualTo(PipelineStatus.HIRED);
    }

    private static Pipeline applyAll(List<Applied> events) {
        Pipeline pipeline = Pipeline.empty();
        for (Applied applied : events) {
            pipeline = pipeline.apply(applied.id(), applied.at(), applied.event());
        }
        return pipeline;
    }

    private static Applied event(String id, int second, HeadcountEvent event) {
        return new Applied(id, T0.plusSeconds(second), event);
    }

    private record Applied(String id, Instant at, HeadcountEvent event) {
    }
}
