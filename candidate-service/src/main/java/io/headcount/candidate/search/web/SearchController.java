package io.headcount.candidate.search.web;

import io.headcount.plumbing.web.Allowed;
import io.headcount.plumbing.identity.Role;
import io.headcount.candidate.candidate.model.CompanySize;
import io.headcount.candidate.pipeline.model.PipelineStatus;
import io.headcount.candidate.search.application.CandidateSearchService;
import io.headcount.candidate.search.model.Query;
import io.headcount.candidate.search.model.QueryParser;
import io.headcount.candidate.search.model.SearchCriteria;
import io.headcount.candidate.search.model.SearchPage;
import io.headcount.candidate.search.model.SortOrder;
import io.headcount.events.SourceChannel;
import io.headcount.events.WorkMode;
import io.headcount.plumbing.identity.Caller;
import io.headcount.plumbing.web.Cursors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;

@RestController
@Validated
@Tag(name = "Candidate search", description = "LinkedIn-Recruiter-style boolean search with filters")
class SearchController {

    private final CandidateSearchService search;

    SearchController(CandidateSearchService search) {
        this.search = search;
    }

    @Allowed({Role.RECRUITER, Role.HIRING_MANAGER, Role.TEAM_ADMIN})
    @GetMapping("/api/v1/candidates/search")
    @Operation(summary = "Search the caller's teams' candidates", description = """
            `q` is a boolean query: `AND`, `OR`, `NOT` (upper case), parentheses, "quoted phrases", terms side by \
            side are ANDed, and `title:`, `skill:`, `company:`, `location:` restrict a term to one field. \
            Precedence: NOT, AND, OR. Matching is case-insensitive and by whole words (`java` does not match \
            `javascript`; `C++` and `C#` are words). Example: \
            `(Python OR Django OR Flask) AND "distributed systems" AND NOT PHP`. Filters narrow further; with \
            `requisitionId`, `status` and `sourceChannel` apply to that candidacy. Erased candidates are never found.""")
    @ApiResponse(responseCode = "200", description = "A page of hits; `nextCursor` fetches the next page")
    @ApiResponse(responseCode = "400", description = "Syntax error: the problem names the position and what was "
            + "expected, e.g. `syntax error at position 9: expected ')' to close the '(' at position 0 but found the "
            + "end of the query`")
    SearchResponse search(Caller caller,
                          @Parameter(example = "(Python OR Django OR Flask) AND \"distributed systems\" AND NOT PHP")
                          @RequestParam(required = false) @Size(max = 1000) String q,
                          @RequestParam(required = false) @Min(0) @Max(60) Integer yearsMin,
                          @RequestParam(required = false) @Min(0) @Max(60) Integer yearsMax,
                          @RequestParam(required = false) Set<CompanySize> companySize,
                          @RequestParam(required = false) Set<WorkMode> workMode,
                          @RequestParam(required = false) Set<SourceChannel> sourceChannel,
                          @RequestParam(required = false) Set<PipelineStatus> status,
                          @RequestParam(required = false) @Size(max = 64) String requisitionId,
                          @RequestParam(required = false) SortOrder sort,
                          @RequestParam(required = false) @Size(max = 500) String cursor,
                          @RequestParam(required = false) Integer limit,
                          @Parameter(description = "also return the parsed query tree and the store filter")
                          @RequestParam(defaultValue = "false") boolean explain) {
        Query query = QueryParser.parse(q);
        SearchCriteria criteria = new SearchCriteria(query, yearsMin, yearsMax, companySize, workMode, sourceChannel,
                status, requisitionId, sort);
        SearchPage page = search.search(caller, criteria, cursor, Cursors.limit(limit));
        return new SearchResponse(page.items(), page.nextCursor(),
                explain ? new SearchResponse.Explanation(QueryTree.of(query), page.storeFilter()) : null);
    }
}
