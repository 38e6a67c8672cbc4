package io.headcount.interview.scheduling.web;

import io.headcount.plumbing.web.Allowed;
import io.headcount.plumbing.identity.Role;
import io.headcount.interview.scheduling.application.SchedulingService;
import io.headcount.interview.scheduling.model.Interview;
import io.headcount.plumbing.domain.InvalidFieldException;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.web.Cursors;
import io.headcount.plumbing.web.ETags;
import io.headcount.plumbing.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@RestController
@RequestMapping("/api/v1/interviews")
@Tag(name = "Interviews", description = "Interviews booked for a loop's stages; nobody is booked twice at once")
class InterviewController {

    private static final Pattern MINE_CURSOR = Pattern.compile("(\\d{1,12}):([0-9a-f]{32})");

    private final SchedulingService scheduling;

    InterviewController(SchedulingService scheduling) {
        this.scheduling = scheduling;
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN})
    @PostMapping
    @Operation(summary = "Book an interview for a stage of an open loop", description = "Emits InterviewScheduled.")
    @ApiResponse(responseCode = "201", description = "Booked; Location and ETag headers set")
    @ApiResponse(responseCode = "400", description = "A field breaks a rule (e.g. startsAt off the 5-minute step, "
            + "a take-home stage)")
    @ApiResponse(responseCode = "409", description = "An interviewer is already booked at that time (the problem "
            + "names them and links the clashing interview), or the loop is not open")
    ResponseEntity<InterviewResponse> book(Caller caller, @Valid @RequestBody ScheduleRequest request) {
        Interview interview = scheduling.book(caller, request.loopId(), request.stageKey(),
                request.toBooking());
        return ETags.created("/api/v1/interviews/" + interview.id(), interview.version(),
                InterviewResponse.of(interview));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping("/{id}")
    @Operation(summary = "Get an interview")
    @ApiResponse(responseCode = "200", description = "Found; ETag header set")
    @ApiResponse(responseCode = "404", description = "No such interview in the caller's teams")
    ResponseEntity<InterviewResponse> get(Caller caller, @PathVariable String id) {
        Interview interview = scheduling.get(caller, id);
        return ETags.ok(interview.version(), InterviewResponse.of(interview));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping
    @Operation(summary = "The interviews of a loop, by start time, cursor-paginated")
    Page<InterviewResponse> ofLoop(Caller caller, @RequestParam @Size(max = 64) String loopId,
                                   @RequestParam(required = false) @Size(max = 200) String cursor,
                                   @RequestParam(required = false) Integer limit) {
        return Page.within(scheduling.ofLoop(caller, loopId), cursor, Cursors.limit(limit),
                interview -> String.format("%015d:%s", interview.booking().startsAt().toEpochMilli(),
                        interview.id()), InterviewResponse::of);
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping("/mine")
    @Operation(summary = "My interviews: the caller's upcoming interviews as an interviewer, soonest first, "
            + "cursor-paginated")
    MinePage mine(Caller caller, @RequestParam(required = false) @Size(max = 200) String cursor,
                  @RequestParam(required = false) Integer limit) {
        int pageSize = Cursors.limit(limit);
        Instant afterStart = null;
        String afterId = null;
        String position = Cursors.decode(cursor);
        if (position != null) {
            Matcher matcher = MINE_CURSOR.matcher(position);
            if (!matcher.matches()) {
                throw new InvalidFieldException("cursor", "is not a cursor this API handed out");
            }
            afterStart = Instant.ofEpochSecond(Long.parseLong(matcher.group(1)));
            afterId = matcher.group(2);
        }
        List<Interview> found = scheduling.mine(caller, afterStart, afterId, pageSize);
        Interview last = found.size() == pageSize ? found.get(found.size() - 1) : null;
        return new MinePage(found.stream().map(InterviewResponse::of).toList(), last == null ? null
                : Cursors.encode(last.booking().startsAt().getEpochSecond() + ":" + last.id()));
    }

    record MinePage(List<InterviewResponse> items, String nextCursor) {
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN})
    @PutMapping("/{id}/booking")
    @Operation(summary = "Reschedule: new times, interviewers or place", description = "Needs If-Match. Emits "
            + "InterviewScheduled again (same interviewId).")
    @ApiResponse(responseCode = "200", description = "Rescheduled; new ETag")
    @ApiResponse(responseCode = "409", description = "An interviewer is already booked then, or it is cancelled")
    @ApiResponse(responseCode = "412", description = "Stale If-Match")
    @ApiResponse(responseCode = "428", description = "If-Match missing")
    ResponseEntity<InterviewResponse> reschedule(Caller caller, @PathVariable String id,
                                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                                 String ifMatch,
                                                 @Valid @RequestBody BookingRequest request) {
        Interview interview = scheduling.reschedule(caller, id, ETags.expectedVersion(ifMatch, "interview", id),
                request.toModel());
        return ETags.ok(interview.version(), InterviewResponse.of(interview));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN})
    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel an interview", description = "Frees the interviewers; emits InterviewCancelled "
            + "(cancelling twice changes nothing).")
    @ApiResponse(responseCode = "200", description = "Cancelled")
    ResponseEntity<InterviewResponse> cancel(Caller caller, @PathVariable String id,
                                             @Valid @RequestBody(required = false) CancelRequest request) {
        Interview interview = scheduling.cancel(caller, id, request == null ? null : request.reason());
        return ETags.ok(interview.version(), InterviewResponse.of(interview));
    }
}
