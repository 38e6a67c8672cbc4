package io.headcount.candidate.candidate.model;

import io.headcount.events.Money;
import io.headcount.events.WorkMode;
import io.headcount.plumbing.domain.InvalidFieldException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What a recruiter knows about a person. All of it is personal data: erasure removes it. */
public record Profile(String fullName, String email, String phone, String linkedinUrl, String currentTitle,
                      String currentCompany, CompanySize companySize, String location, Integer yearsOfExperience,
                      List<String> skills, WorkMode workModePreference, Money compensationExpectation) {

    public static final int MAX_YEARS = 60;

    public Profile {
        skills = Skills.normalize(skills);
        email = email == null || email.isBlank() ? null : email.trim();
        if (yearsOfExperience != null && (yearsOfExperience < 0 || yearsOfExperience > MAX_YEARS)) {
            throw new InvalidFieldException("yearsOfExperience", "must be between 0 and " + MAX_YEARS);
        }
        if (fullName == null || fullName.isBlank()) {
            throw new InvalidFieldException("fullName", "must not be blank");
        }
    }

    /**
     * What an interviewer or approver sees: who the person is professionally, without contact details or pay
     * expectation.
     */
    public Profile withoutContactAndPay() {
        return new Profile(fullName, null, null, null, currentTitle, currentCompany, companySize, location,
                yearsOfExperience, skills, workModePreference, null);
    }

    /** Names of the fields that differ from {@code other}: what a CandidateProfileUpdated event reports. */
    public List<String> changedFieldsComparedTo(Profile other) {
        List<String> changed = new ArrayList<>();
        compare(changed, "fullName", fullName, other.fullName);
        compare(changed, "email", email, other.email);
        compare(changed, "phone", phone, other.phone);
        compare(changed, "linkedinUrl", linkedinUrl, other.linkedinUrl);
        compare(changed, "currentTitle", currentTitle, other.currentTitle);
        compare(changed, "currentCompany", currentCompany, other.currentCompany);
        compare(changed, "companySize", companySize, other.companySize);
        compare(changed, "location", location, other.location);
        compare(changed, "yearsOfExperience", yearsOfExperience, other.yearsOfExperience);
        compare(changed, "skills", skills, other.skills);
        compare(changed, "workModePreference", workModePreference, other.workModePreference);
        compare(changed, "compensationExpectation", compensationExpectation, other.compensationExpectation);
        return changed;
    }

    private static void compare(List<String> changed, String name, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            changed.add(name);
        }
    }
}
