package io.headcount.offer.offer.application;

/** The store refused a second open offer for one candidacy. */
public class ActiveOfferExistsException extends RuntimeException {

    public ActiveOfferExistsException(Throwable cause) {
        super(cause);
    }
}
