package io.headcount.events.offer;

import io.headcount.events.HeadcountEvent;

/**
 * Every event about an offer (offer-service's Offer aggregate): the only events that aggregate may emit, and a family a subscriber
 * can switch over exhaustively (a new member is a compile error in every switch that does not handle it).
 */
public sealed interface OfferEvent extends HeadcountEvent
        permits OfferDrafted, OfferRevised, OfferApprovalRequested, OfferApproved, OfferApprovalRejected, OfferExtended, OfferAccepted, OfferDeclined, OfferExpired, OfferRescinded {
}
