package io.headcount.events;

import io.headcount.events.candidate.CandidateSourced;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CloudEventsKafkaTest {

    private final CandidateSourced sourced = new CandidateSourced("cand-1", "req-1", SourceChannel.REFERRAL,
            "Ada Lovelace", "ada@example.com", List.of("java"));

    @Test
    void envelope_travels_in_binary_mode_keyed_by_candidate() {
        EventEnvelope envelope = EventEnvelope.wrap(sourced, "/headcount/candidate-service", "team-a",
                Instant.parse("2026-11-28T10:00:00Z"), "corr-1", "cause-1");

        ProducerRecord<String, byte[]> record = CloudEventsKafka.toRecord(envelope);

        assertThat(record.topic()).isEqualTo(Topics.CANDIDATE);
        assertThat(record.key()).isEqualTo("cand-1");
        assertThat(header(record, "ce_id")).isEqualTo(envelope.id());
        assertThat(header(record, "ce_type")).isEqualTo("io.headcount.candidate.CandidateSourced.v1");
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_subject")).isEqualTo("cand-1");
        assertThat(header(record, "ce_teamid")).isEqualTo("team-a");
        assertThat(header(record, "ce_correlationid")).isEqualTo("corr-1");
        assertThat(header(record, "ce_causationid")).isEqualTo("cause-1");
        assertThat(header(record, "ce_dataschema"))
                .isEqualTo("https://schemas.headcount.io/candidate/CandidateSourced.v1.json");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"fullName\":\"Ada Lovelace\"");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "2026-11-28T10:00:00Z, 2026-11-28T10:00:00.000Z",
            "2026-11-28T10:00:00.1Z, 2026-11-28T10:00:00.100Z",
            "2026-11-28T10:00:00.12Z, 2026-11-28T10:00:00.120Z",
            "2026-11-28T10:00:00.123456789Z, 2026-11-28T10:00:00.123Z"})
    void ce_time_always_has_three_fraction_digits_in_utc(String time, String published) {
        EventEnvelope envelope = EventEnvelope.wrap(sourced, "/headcount/candidate-service", "team-a",
                Instant.parse(time), null, null);

        ProducerRecord<String, byte[]> record = CloudEventsKafka.toRecord(envelope);

        assertThat(header(record, "ce_time")).isEqualTo(published);
        assertThat(record.headers().headers("ce_time")).hasSize(1);
        assertThat(CloudEventsKafka.fromRecord(asConsumed(record)).time())
                .isEqualTo(Instant.parse(time).truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    }

    @Test
    void a_record_read_back_is_the_envelope_that_was_written() {
        EventEnvelope envelope = EventEnvelope.wrap(sourced, "/headcount/candidate-service", "team-a",
                Instant.parse("2026-11-28T10:00:00Z"), null, null);
        ProducerRecord<String, byte[]> sent = CloudEventsKafka.toRecord(envelope);

        EventEnvelope received = CloudEventsKafka.fromRecord(asConsumed(sent));

        assertThat(received).isEqualTo(envelope);
        assertThat(received.body()).contains(sourced);
    }

    @Test
    void the_trace_context_of_the_request_that_raised_an_event_travels_as_the_cloud_events_tracing_extension() {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        EventEnvelope envelope = EventEnvelope.wrap(sourced, "/headcount/candidate-service", "team-a",
                Instant.parse("2026-11-28T10:00:00Z"), null, null).withTraceparent(traceparent);

        ProducerRecord<String, byte[]> sent = CloudEventsKafka.toRecord(envelope);

        assertThat(header(sent, "ce_traceparent")).isEqualTo(traceparent);
        assertThat(CloudEventsKafka.fromRecord(asConsumed(sent)).traceparent()).isEqualTo(traceparent);
    }

    @Test
    void an_event_raised_outside_any_trace_has_no_trace_header() {
        EventEnvelope envelope = EventEnvelope.wrap(sourced, "/headcount/candidate-service", "team-a",
                Instant.parse("2026-11-28T10:00:00Z"), null, null);

        assertThat(CloudEventsKafka.toRecord(envelope).headers().lastHeader("ce_traceparent")).isNull();
    }

    @Test
    void a_record_without_cloud_events_headers_is_malformed() {
        ConsumerRecord<String, byte[]> garbage = new ConsumerRecord<>(Topics.CANDIDATE, 0, 0, "k",
                "{not json".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CloudEventsKafka.fromRecord(garbage))
                .isInstanceOf(CloudEventsKafka.MalformedEventException.class);
    }

    private static ConsumerRecord<String, byte[]> asConsumed(ProducerRecord<String, byte[]> sent) {
        return new ConsumerRecord<>(sent.topic(), 0, 0L, 0L, TimestampType.CREATE_TIME, 0, 0, sent.key(),
                sent.value(), sent.headers(), Optional.empty());
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return StreamSupport.stream(record.headers().spliterator(), false)
                .filter(h -> h.key().equals(name)).findFirst().map(Header::value)
                .map(v -> new String(v, StandardCharsets.UTF_8)).orElse(null);
    }
}
