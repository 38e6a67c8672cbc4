package io.headcount.interview.questionbank.web;

import io.headcount.plumbing.web.Allowed;
import io.headcount.plumbing.identity.Role;
import io.headcount.interview.questionbank.application.QuestionBankService;
import io.headcount.interview.questionbank.model.Question;
import io.headcount.interview.questionbank.model.QuestionCategory;
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

@RestController
@RequestMapping("/api/v1/question-bank/questions")
@Tag(name = "Question bank", description = "Each team's interview questions, seeded on first use with the hiring "
        + "guide's questions in its seven categories")
class QuestionController {

    private final QuestionBankService bank;

    QuestionController(QuestionBankService bank) {
        this.bank = bank;
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping
    @Operation(summary = "Search the bank by category, tag and text (case-insensitive), oldest first, "
            + "cursor-paginated", description = "Archived questions only with includeArchived=true. Any team role.")
    Page<QuestionResponse> search(Caller caller, @RequestParam(required = false) QuestionCategory category,
                                  @RequestParam(required = false) @Size(max = 30) String tag,
                                  @RequestParam(required = false) @Size(max = 200) String text,
                                  @RequestParam(defaultValue = "false") boolean includeArchived,
                                  @RequestParam(required = false) String cursor,
                                  @RequestParam(required = false) Integer limit) {
        int pageSize = Cursors.limit(limit);
        return Page.of(bank.search(caller, category, blankToNull(tag), blankToNull(text), includeArchived,
                Cursors.decodeId(cursor), pageSize), pageSize, Question::id, QuestionResponse::of);
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER, Role.TEAM_ADMIN})
    @PostMapping
    @Operation(summary = "Add a question")
    @ApiResponse(responseCode = "201", description = "Added; Location and ETag headers set")
    ResponseEntity<QuestionResponse> create(Caller caller, @Valid @RequestBody QuestionRequest request) {
        Question question = bank.create(caller, request.teamId(), request.category(), request.text(),
                request.minLevel(), request.maxLevel(), request.tags(), request.toRubric());
        return ETags.created("/api/v1/question-bank/questions/" + question.id(), question.version(),
                QuestionResponse.of(question));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER, Role.APPROVER, Role.TEAM_ADMIN})
    @GetMapping("/{id}")
    @Operation(summary = "Get a question (archived ones too)")
    @ApiResponse(responseCode = "200", description = "Found; ETag header set")
    @ApiResponse(responseCode = "404", description = "No such question in the caller's teams")
    ResponseEntity<QuestionResponse> get(Caller caller, @PathVariable String id) {
        Question question = bank.get(caller, id);
        return ETags.ok(question.version(), QuestionResponse.of(question));
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.INTERVIEWER, Role.TEAM_ADMIN})
    @PutMapping("/{id}")
    @Operation(summary = "Replace a question's content, or archive it (archived: true)",
            description = "Needs If-Match. Kits that use an archived question keep it.")
    @ApiResponse(responseCode = "200", description = "Replaced; new ETag")
    @ApiResponse(responseCode = "404", description = "No such question in the caller's teams")
    @ApiResponse(responseCode = "412", description = "Stale If-Match")
    @ApiResponse(responseCode = "428", description = "If-Match missing")
    ResponseEntity<QuestionResponse> revise(Caller caller, @PathVariable String id,
                                            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                                            String ifMatch,
                                            @Valid @RequestBody QuestionRequest request) {
        Question revised = bank.revise(caller, id, ETags.expectedVersion(ifMatch, "question", id),
                request.category(), request.text(), request.minLevel(), request.maxLevel(), request.tags(),
                request.toRubric(), Boolean.TRUE.equals(request.archived()));
        return ETags.ok(revised.version(), QuestionResponse.of(revised));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
