package io.headcount.plumbing.consumer;

/** A bean that reacts to other services' events; it says which, in {@link #subscribe(Subscriptions)}. */
public interface EventSubscriber {

    void subscribe(Subscriptions subscriptions);
}
