package io.headcount.events;

import java.util.List;

/** Kafka topic names of Headcount's public event API. A breaking change is a new topic or event type version. */
public final class Topics {

    public static final String CANDIDATE = "headcount.candidate.v1";
    public static final String INTERVIEW = "headcount.interview.v1";
    public static final String OFFER = "headcount.offer.v1";
    public static final String WEBHOOK = "headcount.webhook.v1";
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private Topics() {
    }

    public static List<String> all() {
        return List.of(CANDIDATE, INTERVIEW, OFFER, WEBHOOK);
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
