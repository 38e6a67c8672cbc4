package io.headcount.interview.scheduling.model;

import io.headcount.events.InterviewStage;
import io.headcount.events.interview.InterviewCancelled;
import io.headcount.events.interview.InterviewScheduled;
import io.headcount.plumbing.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InterviewTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Instant TEN = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void overlapping_bookings_of_one_interviewer_share_a_slot_key_and_back_to_back_ones_do_not() {
        List<String> tenToEleven = Interview.slotKeys("team-a", booking(List.of("ivan"), TEN, TEN.plusSeconds(3600)));
        List<String> halfPastTen = Interview.slotKeys("team-a", booking(List.of("ivan"), TEN.plusSeconds(1800),
                TEN.plusSeconds(5400)));
        List<String> elevenToNoon = Interview.slotKeys("team-a", booking(List.of("ivan"), TEN.plusSeconds(3600),
                TEN.plusSeconds(7200)));
        List<String> otherPerson = Interview.slotKeys("team-a", booking(List.of("hank"), TEN, TEN.plusSeconds(3600)));

        assertThat(tenToEleven).hasSize(12).containsAnyElementsOf(halfPastTen);
        assertThat(tenToEleven).doesNotContainAnyElementsOf(elevenToNoon);
        assertThat(tenToEleven).doesNotContainAnyElementsOf(otherPerson);
    }

    @Test
    void an_interview_has_started_from_its_start_time_and_a_cancelled_one_never_does() {
        var interview = Interview.schedule("int-1", "team-a", "loop-1", "cand-1", "req-1", "technical-live",
                InterviewStage.TECHNICAL, booking(List.of("ivan"), TEN, TEN.plusSeconds(3600)), "alice", NOW).state();

        assertThat(interview.hasStarted(TEN.minusSeconds(1))).isFalse();
        assertThat(interview.hasStarted(TEN)).isTrue();
        assertThat(interview.cancel("ill", "ill").state().hasStarted(TEN.plusSeconds(60))).isFalse();
    }

    @Test
    void scheduling_publishes_the_booking_and_cancelling_frees_the_slots() {
        var scheduled = Interview.schedule("int-1", "team-a", "loop-1", "cand-1", "req-1", "technical-live",
                InterviewStage.TECHNICAL, booking(List.of("ivan", "hank"), TEN, TEN.plusSeconds(3600)), "alice", NOW);

        assertThat(scheduled.events()).containsExactly(new InterviewScheduled("int-1", "loop-1", "cand-1", "req-1",
                InterviewStage.TECHNICAL, List.of("ivan", "hank"), TEN, TEN.plusSeconds(3600), "technical-live"));
        assertThat(scheduled.state().slotKeys()).hasSize(24);
        var cancelled = scheduled.state().cancel("ill", "cancelled by the hiring team");
        assertThat(cancelled.state().slotKeys()).isEmpty();
        assertThat(cancelled.events()).containsExactly(new InterviewCancelled("int-1", "loop-1", "req-1", "cand-1",
                "cancelled by the hiring team"));
        assertThat(cancelled.state().cancel("again", "again").isUnchanged()).isTrue();
    }

    @Test
    void times_sit_on_the_five_minute_grid_and_an_interview_lasts_at_most_eight_hours() {
        assertRefused(booking(List.of("ivan"), TEN.plusSeconds(60), TEN.plusSeconds(3600)), "startsAt");
        assertRefused(booking(List.of("ivan"), TEN, TEN), "endsAt");
        assertRefused(booking(List.of("ivan"), TEN, TEN.plusSeconds(9 * 3600)), "endsAt");
        assertRefused(booking(List.of(), TEN, TEN.plusSeconds(3600)), "interviewerIds");
        assertRefused(booking(List.of("ivan", "ivan"), TEN, TEN.plusSeconds(3600)), "interviewerIds");
        assertRefused(new Booking(List.of("ivan"), TEN, TEN.plusSeconds(3600), "Mars/Olympus", "Room 1", null),
                "candidateTimeZone");
        assertRefused(new Booking(List.of("ivan"), TEN, TEN.plusSeconds(3600), "Europe/Berlin", null,
                "http://meet.example.com/x"), "videoLink");
        assertRefused(new Booking(List.of("ivan"), TEN, TEN.plusSeconds(3600), "Europe/Berlin", null, null),
                "location");
    }

    private static Booking booking(List<String> interviewers, Instant start, Instant end) {
        return new Booking(interviewers, start, end, "Europe/Berlin", null, "https://meet.example.com/abc");
    }

    private static void assertRefused(Booking booking, String field) {
        assertThatThrownBy(() -> booking.validate(NOW)).isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo(field);
    }
}
