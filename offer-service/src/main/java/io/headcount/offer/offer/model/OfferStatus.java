package io.headcount.offer.offer.model;

public enum OfferStatus {
    DRAFT, PENDING_APPROVAL, APPROVED, EXTENDED, ACCEPTED, DECLINED, EXPIRED, RESCINDED;

    public boolean isFinal() {
        return this == ACCEPTED || this == DECLINED || this == EXPIRED || this == RESCINDED;
    }
}
