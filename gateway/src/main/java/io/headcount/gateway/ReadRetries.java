package io.headcount.gateway;

import org.springframework.cloud.gateway.config.GatewayProperties;
import org.springframework.cloud.gateway.filter.FilterDefinition;
import org.springframework.boot.convert.DurationStyle;
import reactor.util.retry.Retry;
import reactor.util.retry.RetryBackoffSpec;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which calls the gateway sends again, and when: read from its {@code Retry} default filter in gateway.yml (retries,
 * methods, failures, back-off), so the fast lane retries exactly as that configuration says. No such filter, no
 * retries.
 */
record ReadRetries(int retries, Set<String> methods, List<Class<?>> failures, Duration firstBackoff,
                   Duration maxBackoff) {

    static final ReadRetries NONE = new ReadRetries(0, Set.of(), List.of(), Duration.ZERO, Duration.ZERO);

    static ReadRetries of(GatewayProperties gateway) {
        return gateway.getDefaultFilters().stream().filter(filter -> "Retry".equals(filter.getName())).findFirst()
                .map(ReadRetries::of).orElse(NONE);
    }

    private static ReadRetries of(FilterDefinition retry) {
        var args = retry.getArgs();
        return new ReadRetries(Integer.parseInt(args.getOrDefault("retries", "3")),
                Arrays.stream(args.getOrDefault("methods", "GET").split(",")).map(String::trim)
                        .collect(Collectors.toSet()),
                Arrays.stream(args.getOrDefault("exceptions", "").split(",")).map(String::trim)
                        .filter(name -> !name.isEmpty()).<Class<?>>map(ReadRetries::load).toList(),
                DurationStyle.detectAndParse(args.getOrDefault("backoff.firstBackoff", "5ms")),
                DurationStyle.detectAndParse(args.getOrDefault("backoff.maxBackoff", "5ms")));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the gateway's Retry filter names an unknown exception " + name, e);
        }
    }

    boolean covers(String method) {
        return retries > 0 && methods.contains(method);
    }

    /** A failure of a covered call worth sending it again for (the failure itself or its cause). */
    boolean retriesOn(Throwable failure) {
        return failures.stream().anyMatch(type -> type.isInstance(failure) || type.isInstance(failure.getCause()));
    }

    /** The back-off: doubling from the first wait up to the longest, no jitter (as the filter's). */
    RetryBackoffSpec backoff() {
        return Retry.backoff(retries, firstBackoff).maxBackoff(maxBackoff).jitter(0);
    }
}
