package io.headcount.interview.scheduling.model;

import io.headcount.plumbing.domain.HttpsUrls;
import io.headcount.plumbing.domain.InvalidFieldException;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * When, where and with whom an interview takes place. Times are UTC instants on a 5-minute grid (calendars book in
 * such steps, and it lets the store decide clashes: see {@link Interview#slotKeys()}); the candidate's time zone is
 * recorded for invitations.
 */
public record Booking(List<String> interviewerIds, Instant startsAt, Instant endsAt, String candidateTimeZone,
                      String location, String videoLink) {

    public static final Duration GRID = Duration.ofMinutes(5);
    public static final Duration LONGEST = Duration.ofHours(8);
    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    public Booking {
        interviewerIds = interviewerIds == null ? List.of() : List.copyOf(interviewerIds);
    }

    public void validate(Instant now) {
        if (interviewerIds.isEmpty() || interviewerIds.size() > 8) {
            throw new InvalidFieldException("interviewerIds", "needs 1 to 8 interviewers");
        }
        for (int i = 0; i < interviewerIds.size(); i++) {
            if (interviewerIds.get(i) == null || !USER_ID.matcher(interviewerIds.get(i)).matches()) {
                throw new InvalidFieldException("interviewerIds[" + i + "]", "must be a user id: 1-64 letters, "
                        + "digits or . _ @ -");
            }
        }
        if (new HashSet<>(interviewerIds).size() != interviewerIds.size()) {
            throw new InvalidFieldException("interviewerIds", "names an interviewer twice");
        }
        onGrid("startsAt", startsAt);
        onGrid("endsAt", endsAt);
        if (startsAt.isBefore(now.minus(1, ChronoUnit.DAYS)) || startsAt.isAfter(now.plus(365, ChronoUnit.DAYS))) {
            throw new InvalidFieldException("startsAt", "must be within a day before and a year after now");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidFieldException("endsAt", "must be after startsAt");
        }
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST) > 0) {
            throw new InvalidFieldException("endsAt", "an interview lasts at most 8 hours");
        }
        if (candidateTimeZone == null || !ZoneId.getAvailableZoneIds().contains(candidateTimeZone)) {
            throw new InvalidFieldException("candidateTimeZone", "must be an IANA time zone such as Europe/Berlin");
        }
        if ((location == null || location.isBlank()) && videoLink == null) {
            throw new InvalidFieldException("location", "give a location or a videoLink");
        }
        if (location != null && location.length() > 200) {
            throw new InvalidFieldException("location", "at most 200 characters");
        }
        if (videoLink != null && !HttpsUrls.isValid(videoLink, 500)) {
            throw new InvalidFieldException("videoLink", "must be an https URL of at most 500 characters");
        }
    }


    private static void onGrid(String field, Instant time) {
        if (time == null) {
            throw new InvalidFieldException(field, "is required");
        }
        if (time.getEpochSecond() % GRID.toSeconds() != 0 || time.getNano() != 0) {
            throw new InvalidFieldException(field, "must be on a 5-minute step, e.g. 2026-12-01T10:05:00Z");
        }
    }
}
