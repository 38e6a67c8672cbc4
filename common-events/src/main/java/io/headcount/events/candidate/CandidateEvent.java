package io.headcount.events.candidate;

import io.headcount.events.HeadcountEvent;

/**
 * Every event about a candidate (candidate-service's Candidate aggregate): the only events that aggregate may emit, and a family a subscriber
 * can switch over exhaustively (a new member is a compile error in every switch that does not handle it).
 */
public sealed interface CandidateEvent extends HeadcountEvent
        permits CandidateSourced, CandidateProfileUpdated, CandidateWithdrawn, CandidateErased {
}
