package io.headcount.candidate.candidate.infrastructure;

import io.headcount.candidate.candidate.model.Application;
import io.headcount.candidate.candidate.model.Candidate;
import io.headcount.candidate.candidate.model.CompanySize;
import io.headcount.candidate.candidate.model.ContactKeys;
import io.headcount.candidate.candidate.model.Profile;
import io.headcount.events.Money;
import io.headcount.events.WorkMode;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A candidate as stored: the profile (absent after erasure), the contact keys that make duplicates impossible
 * (unique sparse indexes), the candidacies. The {@code pipeline} field next to it is owned by the pipeline
 * projection and never written from here.
 */
@Document("candidates")
record CandidateDocument(@Id String id, String teamId, long version, Instant createdAt, Instant erasedAt,
                         String fullName, String email, String phone, String linkedinUrl, String currentTitle,
                         String currentCompany, CompanySize companySize, String location, Integer yearsOfExperience,
                         List<String> skills, WorkMode workModePreference, Money compensationExpectation,
                         String emailKey, String linkedinKey, List<Application> applications,
                         SearchFields search, String sortName, int sortYears) {

    static final String PIPELINE = "pipeline";

    static CandidateDocument from(Candidate candidate) {
        Profile p = candidate.profile();
        if (p == null) {
            return new CandidateDocument(candidate.id(), candidate.teamId(), candidate.version(),
                    candidate.createdAt(), candidate.erasedAt(), null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, candidate.applications(), null, null, -1);
        }
        return new CandidateDocument(candidate.id(), candidate.teamId(), candidate.version(), candidate.createdAt(),
                candidate.erasedAt(), p.fullName(), p.email(), p.phone(), p.linkedinUrl(), p.currentTitle(),
                p.currentCompany(), p.companySize(), p.location(), p.yearsOfExperience(), p.skills(),
                p.workModePreference(), p.compensationExpectation(),
                ContactKeys.emailKey(candidate.teamId(), p.email()),
                ContactKeys.linkedinKey(candidate.teamId(), p.linkedinUrl()), candidate.applications(),
                SearchFields.of(p), lower(p.fullName()), p.yearsOfExperience() == null ? -1 : p.yearsOfExperience());
    }

    /** What boolean search matches against: lower-cased copies; {@code all} joins the fields with line breaks. */
    record SearchFields(String all, String title, String company, String location, List<String> skills) {

        static SearchFields of(Profile p) {
            List<String> parts = new ArrayList<>();
            Stream.of(p.fullName(), p.currentTitle(), p.currentCompany(), p.location())
                    .filter(Objects::nonNull).forEach(parts::add);
            parts.addAll(p.skills());
            return new SearchFields(lower(String.join("\n", parts)), lower(p.currentTitle()),
                    lower(p.currentCompany()), lower(p.location()), p.skills());
        }
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    Candidate toModel() {
        Profile profile = erasedAt != null ? null : new Profile(fullName, email, phone, linkedinUrl, currentTitle,
                currentCompany, companySize, location, yearsOfExperience, skills, workModePreference,
                compensationExpectation);
        return new Candidate(id, teamId, profile, applications == null ? List.of() : applications, createdAt,
                erasedAt, version);
    }
}
