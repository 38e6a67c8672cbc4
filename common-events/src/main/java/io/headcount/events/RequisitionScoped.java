package io.headcount.events;

/** An event that belongs to one requisition (one candidacy, when it is also {@link CandidateScoped}). */
public interface RequisitionScoped {

    String requisitionId();
}
