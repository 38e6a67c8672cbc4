package io.headcount.interview.scheduling.application;

/** The store refused a booking: one of its interviewers is already booked, in {@code clashingInterviewId}. */
public class SlotTakenException extends RuntimeException {

    private final String clashingInterviewId;
    private final String interviewerId;

    public SlotTakenException(String clashingInterviewId, String interviewerId) {
        super("interviewer " + interviewerId + " is already booked in interview " + clashingInterviewId);
        this.clashingInterviewId = clashingInterviewId;
        this.interviewerId = interviewerId;
    }

    public String clashingInterviewId() {
        return clashingInterviewId;
    }

    public String interviewerId() {
        return interviewerId;
    }
}
