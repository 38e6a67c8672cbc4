package io.headcount.candidate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small builders for request bodies: start from a valid default, change what the test is about. */
public final class CandidateTestData {

    private CandidateTestData() {
    }

    public static Body aRequisition() {
        return new Body()
                .with("title", "Senior Backend Engineer")
                .with("level", "L5")
                .with("location", "Berlin, DE")
                .with("workMode", "HYBRID")
                .with("techStack", List.of("java", "kafka"))
                .with("hiringManagerId", "hank")
                .with("headcount", 1);
    }

    public static Body aProfile() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        return new Body()
                .with("fullName", "Ada Lovelace")
                .with("email", "ada-" + unique + "@example.com")
                .with("linkedinUrl", "https://www.linkedin.com/in/ada-" + unique)
                .with("currentTitle", "Staff Engineer")
                .with("currentCompany", "Analytical Engines")
                .with("companySize", "SIZE_51_200")
                .with("location", "London, UK")
                .with("yearsOfExperience", 12)
                .with("skills", List.of("Java", "Kafka", "distributed systems"))
                .with("workModePreference", "REMOTE")
                .with("compensationExpectation", Map.of("amount", "150000.00", "currency", "USD"));
    }

    public static Body aCandidateFor(String requisitionId) {
        return aCandidateFor(requisitionId, aProfile());
    }

    public static Body aCandidateFor(String requisitionId, Body profile) {
        return new Body()
                .with("requisitionId", requisitionId)
                .with("sourceChannel", "REFERRAL")
                .with("profile", profile.asMap());
    }

    /** A JSON object under construction. */
    public static final class Body {

        private final Map<String, Object> fields = new LinkedHashMap<>();

        public Body with(String name, Object value) {
            fields.put(name, value);
            return this;
        }

        public Body without(String name) {
            fields.remove(name);
            return this;
        }

        public Map<String, Object> asMap() {
            return new LinkedHashMap<>(fields);
        }
    }
}
