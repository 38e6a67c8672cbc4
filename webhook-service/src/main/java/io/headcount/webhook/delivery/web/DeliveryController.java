package io.headcount.webhook.delivery.web;

import io.headcount.plumbing.web.Allowed;
import io.headcount.plumbing.identity.Role;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.web.Cursors;
import io.headcount.plumbing.web.Page;
import io.headcount.webhook.delivery.application.DeliveryService;
import io.headcount.webhook.delivery.model.Delivery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

@RestController
@Tag(name = "Webhook deliveries", description = "The delivery log of an endpoint and redelivery")
class DeliveryController {

    private final DeliveryService deliveries;

    DeliveryController(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @Schema(description = "One event on its way to one endpoint")
    record DeliveryResponse(String id, String endpointId, String eventId, String eventType, String subject,
                            @Schema(description = "PENDING, DELIVERED or FAILED (retries ran out)") String status,
                            int attempts, Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatusCode,
                            Long lastLatencyMillis, String lastError, Instant createdAt, Instant deliveredAt,
                            @Schema(description = "the candidate was erased: the body sent no longer holds "
                                    + "personal data") boolean erased) {

        static DeliveryResponse of(Delivery d) {
            return new DeliveryResponse(d.id(), d.endpointId(), d.eventId(), d.eventType(), d.orderKey(),
                    d.status().name(), d.attempts(), d.nextAttemptAt(), d.lastAttemptAt(), d.lastStatusCode(),
                    d.lastLatencyMillis(), d.lastError(), d.createdAt(), d.deliveredAt(), d.erased());
        }
    }

    @Allowed({Role.TEAM_ADMIN})
    @GetMapping("/api/v1/webhooks/endpoints/{endpointId}/deliveries")
    @Operation(summary = "An endpoint's delivery log, newest first, cursor-paginated")
    @ApiResponse(responseCode = "200", description = "A page of deliveries; `next` is the cursor of the next page")
    @ApiResponse(responseCode = "404", description = "No such endpoint in the caller's teams")
    Page<DeliveryResponse> log(Caller caller, @PathVariable String endpointId,
                               @RequestParam(required = false) String cursor,
                               @RequestParam(required = false) Integer limit) {
        int pageSize = Cursors.limit(limit);
        return Page.of(deliveries.log(caller, endpointId, Cursors.decodeId(cursor), pageSize), pageSize,
                Delivery::id, DeliveryResponse::of);
    }

    @Allowed({Role.TEAM_ADMIN})
    @GetMapping("/api/v1/webhooks/deliveries/{id}")
    @Operation(summary = "One delivery")
    @ApiResponse(responseCode = "200", description = "The delivery")
    @ApiResponse(responseCode = "404", description = "No such delivery in the caller's teams")
    DeliveryResponse get(Caller caller, @PathVariable String id) {
        return DeliveryResponse.of(deliveries.get(caller, id));
    }

    @Allowed({Role.TEAM_ADMIN})
    @PostMapping("/api/v1/webhooks/deliveries/{id}/redeliver")
    @Operation(summary = "Send one delivery again", description = "Whatever its status; it goes out in its place "
            + "in the candidate's order, signed anew. An erased candidate's delivery is sent without personal data.")
    @ApiResponse(responseCode = "200", description = "Pending again")
    @ApiResponse(responseCode = "404", description = "No such delivery in the caller's teams")
    DeliveryResponse redeliver(Caller caller, @PathVariable String id) {
        return DeliveryResponse.of(deliveries.redeliver(caller, id));
    }

    @Schema(description = "A time range of deliveries (by when they were created), from inclusive, to exclusive")
    record RangeRequest(@NotNull Instant from, @NotNull Instant to) {
    }

    record RangeResponse(long redelivered) {
    }

    @Allowed({Role.TEAM_ADMIN})
    @PostMapping("/api/v1/webhooks/endpoints/{endpointId}/redeliver")
    @Operation(summary = "Send every delivery of a time range again", description = "E.g. after an outage of the "
            + "receiver: all deliveries created in [from, to) go out again, in order per candidate.")
    @ApiResponse(responseCode = "200", description = "How many are pending again")
    @ApiResponse(responseCode = "400", description = "from is not before to")
    @ApiResponse(responseCode = "404", description = "No such endpoint in the caller's teams")
    RangeResponse redeliverRange(Caller caller, @PathVariable String endpointId,
                                 @Valid @RequestBody RangeRequest range) {
        return new RangeResponse(deliveries.redeliver(caller, endpointId, range.from(), range.to()));
    }
}
