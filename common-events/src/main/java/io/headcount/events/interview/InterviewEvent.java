package io.headcount.events.interview;

import io.headcount.events.HeadcountEvent;

/**
 * Every event about a booked interview (interview-service's Interview aggregate): the only events that aggregate may emit, and a family a subscriber
 * can switch over exhaustively (a new member is a compile error in every switch that does not handle it).
 */
public sealed interface InterviewEvent extends HeadcountEvent
        permits InterviewScheduled, InterviewCancelled {
}
