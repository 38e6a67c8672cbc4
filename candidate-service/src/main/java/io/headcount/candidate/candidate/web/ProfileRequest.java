package io.headcount.candidate.candidate.web;

import io.headcount.candidate.candidate.model.CompanySize;
import io.headcount.candidate.candidate.model.Profile;
import io.headcount.events.WorkMode;
import io.headcount.plumbing.web.MoneyRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

@Schema(description = "A candidate's profile: personal data, erased on request")
record ProfileRequest(
        @Schema(example = "Ada Lovelace") @NotBlank @Size(max = 200) String fullName,
        @Schema(example = "ada@example.com") @Email @Size(max = 254) String email,
        @Schema(example = "+44 20 7946 0018") @Size(max = 40)
        @Pattern(regexp = "[+0-9 ()./-]{5,40}", message = "must be a phone number") String phone,
        @Schema(example = "https://www.linkedin.com/in/ada-lovelace") @Size(max = 300)
        @Pattern(regexp = LINKEDIN, message = "must be a LinkedIn URL")
        String linkedinUrl,
        @Schema(example = "Staff Engineer") @Size(max = 200) String currentTitle,
        @Schema(example = "Analytical Engines Ltd") @Size(max = 200) String currentCompany,
        @Schema(example = "SIZE_51_200") CompanySize companySize,
        @Schema(example = "London, UK") @Size(max = 120) String location,
        @Schema(example = "12") @Min(0) @Max(60) Integer yearsOfExperience,
        @Schema(example = "[\"Java\", \"Kafka\", \"distributed systems\"]",
                description = "normalised: 'Java', 'java ' and 'JAVA' are one skill")
        @Size(max = 50) List<@NotBlank @Size(max = 60) String> skills,
        @Schema(example = "REMOTE") WorkMode workModePreference,
        @Valid MoneyRequest compensationExpectation) {

    /** Case-insensitive without {@code (?i)}: the OpenAPI document carries it to ECMA-262 (JavaScript) clients. */
    static final String LINKEDIN = "([hH][tT][tT][pP][sS]?://)?([a-zA-Z]{2,3}\\.)?[lL][iI][nN][kK][eE][dD][iI][nN]"
            + "\\.[cC][oO][mM]/.+";

    Profile toProfile() {
        return new Profile(fullName.trim(), email, phone, linkedinUrl, currentTitle, currentCompany, companySize,
                location, yearsOfExperience, skills, workModePreference,
                compensationExpectation == null ? null : compensationExpectation.toMoney());
    }
}
