package io.headcount.insights.funnel.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A requisition's (or team's) hiring funnel, computed from candidacy facts only. Steps are the interview stages in
 * plan order, then {@code offer}. A candidacy enters the first stage when sourced, each next stage when it passes
 * the one before (or, for {@code offer}, when its loop completes), and leaves a step when it passes or fails it, or
 * — for {@code offer} — when the offer is accepted, declined or expires.
 *
 * @param steps            per step: how many reached it, how many are in it now, how many passed it, and the
 *                         pass-through rate (passed / reached among those who left it) with the time spent in it
 * @param hired            candidacies whose offer was accepted
 * @param timeToHire       sourcing to acceptance, median and 90th percentile
 * @param sourceOfHire     hires per sourcing channel, and all sourced candidacies per channel
 * @param offerAcceptance  accepted / decided offers (accepted, declined, expired); null before any decision
 */
public record FunnelReport(int candidacies, List<Step> steps, int hired, int rejected, int withdrawn,
                           Durations timeToHire, Map<String, Integer> sourced, Map<String, Integer> sourceOfHire,
                           Rate offerAcceptance, Map<String, Integer> recommendations) {

    public static final String OFFER = "offer";
    /** The hiring guide's default plan; a requisition's own stages follow it, unknown ones are appended. */
    public static final List<String> PLAN_ORDER = List.of("recruiter-screen", "hiring-manager-screen",
            "technical-live", "technical-take-home", "executive-screen");

    public record Step(String name, int reached, int inStage, int passed, Rate passThrough, Durations timeInStage) {
    }

    public record Rate(int of, int outOf) {

        public double value() {
            return outOf == 0 ? 0 : (double) of / outOf;
        }
    }

    /** Median and 90th percentile (nearest rank) in hours, of {@code count} samples; null figures when none. */
    public record Durations(int count, Double medianHours, Double p90Hours) {

        static Durations of(List<Duration> samples) {
            if (samples.isEmpty()) {
                return new Durations(0, null, null);
            }
            List<Duration> sorted = samples.stream().sorted().toList();
            return new Durations(sorted.size(), hours(percentile(sorted, 50)), hours(percentile(sorted, 90)));
        }

        private static Duration percentile(List<Duration> sorted, int p) {
            int rank = (int) Math.ceil(p / 100.0 * sorted.size());
            return sorted.get(Math.max(0, rank - 1));
        }

        private static double hours(Duration duration) {
            return Math.round(duration.toMillis() / 36_000.0) / 100.0;
        }
    }

    public static FunnelReport of(List<CandidacyFacts> facts, Map<String, Integer> recommendations) {
        List<String> stages = stagesOf(facts);
        List<String> steps = new ArrayList<>(stages);
        steps.add(OFFER);
        List<Step> report = new ArrayList<>();
        for (int index = 0; index < steps.size(); index++) {
            String step = steps.get(index);
            int reached = 0;
            int in = 0;
            int passed = 0;
            int left = 0;
            List<Duration> times = new ArrayList<>();
            for (CandidacyFacts candidacy : facts) {
                Instant entered = entered(candidacy, stages, index);
                if (entered == null) {
                    continue;
                }
                reached++;
                Instant passedAt = step.equals(OFFER) ? candidacy.offerAcceptedAt() : passedAt(candidacy, stages,
                        index);
                Instant leftAt = passedAt != null ? passedAt : step.equals(OFFER) ? candidacy.offerDecidedAt()
                        : candidacy.stagesFailed().get(step);
                if (passedAt != null) {
                    passed++;
                }
                if (leftAt != null) {
                    left++;
                    times.add(Duration.between(entered, leftAt).isNegative() ? Duration.ZERO
                            : Duration.between(entered, leftAt));
                } else if (!candidacy.closedWithoutHire()) {
                    in++;
                }
            }
            report.add(new Step(step, reached, in, passed, new Rate(passed, left), Durations.of(times)));
        }
        Map<String, Integer> sourced = new TreeMap<>();
        Map<String, Integer> sourceOfHire = new TreeMap<>();
        List<Duration> timeToHire = new ArrayList<>();
        int decided = 0;
        int accepted = 0;
        int rejected = 0;
        int withdrawn = 0;
        for (CandidacyFacts candidacy : facts) {
            String channel = candidacy.sourceChannel() == null ? "UNKNOWN" : candidacy.sourceChannel();
            sourced.merge(channel, 1, Integer::sum);
            if (candidacy.hired()) {
                sourceOfHire.merge(channel, 1, Integer::sum);
                if (candidacy.sourcedAt() != null) {
                    timeToHire.add(Duration.between(candidacy.sourcedAt(), candidacy.offerAcceptedAt()));
                }
            }
            if (candidacy.offerDecidedAt() != null) {
                decided++;
                accepted += candidacy.hired() ? 1 : 0;
            }
            rejected += !candidacy.stagesFailed().isEmpty() && !candidacy.hired() ? 1 : 0;
            withdrawn += candidacy.withdrawnAt() != null && !candidacy.hired() ? 1 : 0;
        }
        return new FunnelReport(facts.size(), report, accepted, rejected, withdrawn, Durations.of(timeToHire),
                sourced, sourceOfHire, decided == 0 ? null : new Rate(accepted, decided),
                new TreeMap<>(recommendations));
    }

    /** When the candidacy entered step {@code index}, or null if it never did. */
    private static Instant entered(CandidacyFacts candidacy, List<String> stages, int index) {
        if (index == 0) {
            return candidacy.sourcedAt() != null ? candidacy.sourcedAt() : earliestFact(candidacy);
        }
        if (index == stages.size()) { // offer
            Instant lastStage = stages.isEmpty() ? null : candidacy.stagesPassed().get(stages.get(stages.size() - 1));
            return first(candidacy.loopCompletedAt(), candidacy.offerExtendedAt(), lastStage);
        }
        Instant passedPrevious = passedAt(candidacy, stages, index - 1);
        if (passedPrevious != null) {
            return passedPrevious;
        }
        // a later stage decided without the earlier one recorded (a plan that skipped it): entered then
        return reachedLater(candidacy, stages, index) ? candidacy.sourcedAt() : null;
    }

    /** Passed stage {@code index}: its own pass, or (plans differ) any later stage's decision or the offer. */
    private static Instant passedAt(CandidacyFacts candidacy, List<String> stages, int index) {
        Instant own = candidacy.stagesPassed().get(stages.get(index));
        if (own != null) {
            return own;
        }
        return reachedLater(candidacy, stages, index + 1) ? laterDecision(candidacy, stages, index + 1) : null;
    }

    private static boolean reachedLater(CandidacyFacts candidacy, List<String> stages, int from) {
        return laterDecision(candidacy, stages, from) != null;
    }

    private static Instant laterDecision(CandidacyFacts candidacy, List<String> stages, int from) {
        List<Instant> later = new ArrayList<>();
        for (int i = from; i < stages.size(); i++) {
            later.add(candidacy.stagesPassed().get(stages.get(i)));
            later.add(candidacy.stagesFailed().get(stages.get(i)));
        }
        later.add(candidacy.loopCompletedAt());
        later.add(candidacy.offerExtendedAt());
        return later.stream().filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private static Instant earliestFact(CandidacyFacts candidacy) {
        List<Instant> all = new ArrayList<>(candidacy.stagesPassed().values());
        all.addAll(candidacy.stagesFailed().values());
        all.add(candidacy.loopCompletedAt());
        all.add(candidacy.offerExtendedAt());
        all.add(candidacy.withdrawnAt());
        return all.stream().filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private static Instant first(Instant... candidates) {
        for (Instant candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    /** The plan's stages in plan order, then any other stage seen, by when it was first decided. */
    static List<String> stagesOf(List<CandidacyFacts> facts) {
        Map<String, Instant> seen = new LinkedHashMap<>();
        for (CandidacyFacts candidacy : facts) {
            candidacy.stagesPassed().forEach((stage, at) -> seen.merge(stage, at, (a, b) -> a.isBefore(b) ? a : b));
            candidacy.stagesFailed().forEach((stage, at) -> seen.merge(stage, at, (a, b) -> a.isBefore(b) ? a : b));
        }
        List<String> stages = new ArrayList<>(PLAN_ORDER.stream().filter(seen::containsKey).toList());
        seen.entrySet().stream().filter(entry -> !PLAN_ORDER.contains(entry.getKey()))
                .sorted(Map.Entry.<String, Instant>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> stages.add(entry.getKey()));
        if (stages.isEmpty()) {
            stages.addAll(PLAN_ORDER.subList(0, 1));
        }
        return stages;
    }
}
