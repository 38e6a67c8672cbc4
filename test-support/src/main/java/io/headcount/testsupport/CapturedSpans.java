package io.headcount.testsupport;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory span exporter shared by every application of the test JVM that sets
 * {@code headcount.test.capture-spans=true}: a test reads whole traces across the gateway and the services.
 * Keeps the latest {@value #CAPACITY} spans.
 */
@AutoConfiguration
@ConditionalOnClass(SpanExporter.class)
@ConditionalOnProperty("headcount.test.capture-spans")
public class CapturedSpans {

    private static final int CAPACITY = 50_000;
    private static final ConcurrentLinkedDeque<SpanData> SPANS = new ConcurrentLinkedDeque<>();
    private static final AtomicInteger SIZE = new AtomicInteger();

    /** Every captured span of {@code traceId}. */
    public static List<SpanData> ofTrace(String traceId) {
        return SPANS.stream().filter(span -> span.getTraceId().equals(traceId)).toList();
    }

    @Bean
    SpanExporter capturingSpanExporter() {
        return new SpanExporter() {
            @Override
            public CompletableResultCode export(Collection<SpanData> spans) {
                SPANS.addAll(spans);
                SIZE.addAndGet(spans.size());
                while (SIZE.get() > CAPACITY && SPANS.pollFirst() != null) {
                    SIZE.decrementAndGet();
                }
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode flush() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode shutdown() {
                return CompletableResultCode.ofSuccess();
            }
        };
    }
}
