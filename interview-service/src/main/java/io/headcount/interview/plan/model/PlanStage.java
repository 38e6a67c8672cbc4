package io.headcount.interview.plan.model;

import io.headcount.events.InterviewStage;
import io.headcount.plumbing.domain.InvalidFieldException;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One stage of an interview plan. {@code key} tells stages apart (a plan may hold two TECHNICAL rounds);
 * {@code format} is set for TECHNICAL stages only: a LIVE_EXERCISE lasts {@code durationMinutes}, a TAKE_HOME gives
 * the candidate {@code allowanceHours}. {@code questionIds} is the stage's interview kit from the question bank;
 * a decision on the stage needs {@code minScorecards} submitted scorecards.
 */
public record PlanStage(String key, InterviewStage kind, String name, StageFormat format, Integer durationMinutes,
                        Integer allowanceHours, List<String> focusAttributes, List<String> questionIds,
                        int minScorecards) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
    public static final int MAX_FOCUS_ATTRIBUTES = 12;
    public static final int MAX_QUESTIONS = 30;

    public PlanStage {
        focusAttributes = focusAttributes == null ? List.of() : List.copyOf(focusAttributes);
        questionIds = questionIds == null ? List.of() : List.copyOf(questionIds);
    }

    public boolean isTakeHome() {
        return format == StageFormat.TAKE_HOME;
    }

    /** Checks the stage's own rules; {@code field} is where the stage sits in the request, e.g. stages[2]. */
    public void validate(String field) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidFieldException(field + ".key", "must be 1-40 lower-case letters, digits or '-', "
                    + "starting with a letter or digit");
        }
        if (kind == null) {
            throw new InvalidFieldException(field + ".kind", "is required");
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidFieldException(field + ".name", "is required, at most 100 characters");
        }
        if (kind == InterviewStage.TECHNICAL && format == null) {
            throw new InvalidFieldException(field + ".format", "is required for a TECHNICAL stage: LIVE_EXERCISE "
                    + "or TAKE_HOME");
        }
        if (kind != InterviewStage.TECHNICAL && format != null) {
            throw new InvalidFieldException(field + ".format", "is for TECHNICAL stages only");
        }
        if (isTakeHome()) {
            if (allowanceHours == null || allowanceHours < 1 || allowanceHours > 336) {
                throw new InvalidFieldException(field + ".allowanceHours", "a TAKE_HOME stage needs the time the "
                        + "candidate is given, 1 to 336 hours");
            }
        } else if (allowanceHours != null) {
            throw new InvalidFieldException(field + ".allowanceHours", "is for TAKE_HOME stages only");
        }
        if (!isTakeHome() && (durationMinutes == null || durationMinutes < 15 || durationMinutes > 480)) {
            throw new InvalidFieldException(field + ".durationMinutes", "is required, 15 to 480 minutes");
        }
        if (focusAttributes.isEmpty() || focusAttributes.size() > MAX_FOCUS_ATTRIBUTES) {
            throw new InvalidFieldException(field + ".focusAttributes", "needs 1 to " + MAX_FOCUS_ATTRIBUTES
                    + " competencies the stage assesses");
        }
        for (int i = 0; i < focusAttributes.size(); i++) {
            String attribute = focusAttributes.get(i);
            if (attribute == null || attribute.isBlank() || attribute.length() > 60) {
                throw new InvalidFieldException(field + ".focusAttributes[" + i + "]", "must be 1-60 characters");
            }
        }
        if (new HashSet<>(focusAttributes).size() != focusAttributes.size()) {
            throw new InvalidFieldException(field + ".focusAttributes", "must not repeat an attribute");
        }
        if (questionIds.size() > MAX_QUESTIONS || new HashSet<>(questionIds).size() != questionIds.size()) {
            throw new InvalidFieldException(field + ".questionIds", "at most " + MAX_QUESTIONS
                    + " distinct question ids");
        }
        if (minScorecards < 0 || minScorecards > 10) {
            throw new InvalidFieldException(field + ".minScorecards", "must be between 0 and 10");
        }
        if (isTakeHome() && minScorecards < 1) {
            throw new InvalidFieldException(field + ".minScorecards", "a take-home is judged on its code: at least "
                    + "one reviewer's scorecard");
        }
    }

    /** Whether {@code reference} names this stage: its key, or its kind when a caller still speaks in kinds. */
    public boolean isNamedBy(String reference) {
        return key.equals(reference) || kind.name().equals(reference);
    }
}
