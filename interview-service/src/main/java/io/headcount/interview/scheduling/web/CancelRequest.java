package io.headcount.interview.scheduling.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

@Schema(description = "Why the interview is called off; kept here, never published")
record CancelRequest(@Schema(example = "interviewer ill") @Size(max = 500) String reason) {
}
