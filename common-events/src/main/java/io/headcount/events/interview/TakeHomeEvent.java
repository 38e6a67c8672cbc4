package io.headcount.events.interview;

import io.headcount.events.HeadcountEvent;

/**
 * Every event about a take-home exercise (interview-service's TakeHome aggregate): the only events that aggregate may emit, and a family a subscriber
 * can switch over exhaustively (a new member is a compile error in every switch that does not handle it).
 */
public sealed interface TakeHomeEvent extends HeadcountEvent
        permits TakeHomeAssigned, TakeHomeSubmitted, TakeHomeDeadlineExtended, TakeHomeReviewed, TakeHomeExpired {
}
