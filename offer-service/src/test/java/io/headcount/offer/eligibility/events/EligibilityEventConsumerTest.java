package io.headcount.offer.eligibility.events;

import io.headcount.events.candidate.CandidateErased;
import io.headcount.events.candidate.CandidateWithdrawn;
import io.headcount.events.interview.InterviewLoopCompleted;
import io.headcount.offer.eligibility.application.EligibilityRepository;
import io.headcount.offer.eligibility.model.Eligibility;
import io.headcount.plumbing.consumer.Scenario;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilityEventConsumerTest {

    /** Facts per team, candidate and requisition; erasure per team and candidate, as the real store keeps them. */
    private final Map<String, Eligibility> facts = new HashMap<>();
    private final Set<String> erased = new HashSet<>();
    private final EligibilityRepository repository = new EligibilityRepository() {
        @Override
        public Eligibility find(String teamId, String candidateId, String requisitionId) {
            Eligibility known = facts.getOrDefault(teamId + "/" + candidateId + "/" + requisitionId,
                    Eligibility.UNKNOWN);
            return erased.contains(teamId + "/" + candidateId)
                    ? new Eligibility(known.loopCompleted(), known.withdrawn(), true) : known;
        }

        @Override
        public void markLoopCompleted(String teamId, String candidateId, String requisitionId) {
            facts.merge(teamId + "/" + candidateId + "/" + requisitionId, new Eligibility(true, false, false),
                    (a, b) -> new Eligibility(true, a.withdrawn(), a.erased()));
        }

        @Override
        public void markWithdrawn(String teamId, String candidateId, String requisitionId) {
            facts.merge(teamId + "/" + candidateId + "/" + requisitionId, new Eligibility(false, true, false),
                    (a, b) -> new Eligibility(a.loopCompleted(), true, a.erased()));
        }

        @Override
        public void markErased(String teamId, String candidateId) {
            erased.add(teamId + "/" + candidateId);
        }
    };
    private final EligibilityEventConsumer consumer = new EligibilityEventConsumer(repository);

    @Test
    void a_completed_loop_makes_the_candidacy_eligible_in_its_team_only() {
        Scenario.given(consumer).when(new InterviewLoopCompleted("loop-1", "cand-1", "req-1"));

        assertThat(repository.find("team-a", "cand-1", "req-1").mayReceiveOffer()).isTrue();
        assertThat(repository.find("team-b", "cand-1", "req-1").mayReceiveOffer()).isFalse();
        assertThat(repository.find("team-a", "cand-1", "req-2").mayReceiveOffer()).isFalse();
    }

    @Test
    void a_withdrawal_that_arrives_before_the_completion_still_wins() {
        Scenario.given(consumer)
                .when(new CandidateWithdrawn("cand-2", "req-1", "took another offer"))
                .when(new InterviewLoopCompleted("loop-2", "cand-2", "req-1"))
                .whenRedelivered();

        Eligibility eligibility = repository.find("team-a", "cand-2", "req-1");
        assertThat(eligibility.mayReceiveOffer()).isFalse();
        assertThat(eligibility.whyNot()).contains("withdrew");
    }

    @Test
    void erasure_closes_every_candidacy_of_the_candidate_also_ones_not_heard_of_yet() {
        Scenario.given(consumer)
                .when(new InterviewLoopCompleted("loop-3", "cand-3", "req-1"))
                .when(new CandidateErased("cand-3"))
                .when(new InterviewLoopCompleted("loop-4", "cand-3", "req-2"));

        assertThat(repository.find("team-a", "cand-3", "req-1").mayReceiveOffer()).isFalse();
        assertThat(repository.find("team-a", "cand-3", "req-2").whyNot()).contains("erased");
    }
}
