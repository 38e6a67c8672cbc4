package io.headcount.candidate.requisition.web;

import io.headcount.candidate.requisition.model.RequisitionDetails;
import io.headcount.events.WorkMode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

@Schema(description = "A role to open, or the new details of an open one")
record RequisitionRequest(
        @Schema(description = "team of the new requisition; defaults to the caller's only team", example = "team-a")
        @Size(max = 64) String teamId,
        @Schema(example = "Senior Backend Engineer") @NotBlank @Size(max = 200) String title,
        @Schema(example = "L5") @NotBlank @Pattern(regexp = "L[1-9]", message = "must be a level from L1 to L9")
        String level,
        @Schema(example = "Berlin, DE") @NotBlank @Size(max = 120) String location,
        @Schema(example = "HYBRID") @NotNull WorkMode workMode,
        @Schema(example = "[\"java\", \"kafka\", \"mongodb\"]") @Size(max = 30)
        List<@NotBlank @Size(max = 60) String> techStack,
        @Schema(example = "hank") @NotBlank @Size(max = 64) String hiringManagerId,
        @Schema(example = "2") @NotNull @Min(1) @Max(100) Integer headcount) {

    RequisitionDetails toDetails() {
        return new RequisitionDetails(title.trim(), level, location.trim(), workMode, techStack, hiringManagerId,
                headcount);
    }
}
