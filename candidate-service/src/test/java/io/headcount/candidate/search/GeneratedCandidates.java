package io.headcount.candidate.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Plausible, varied candidates from a fixed seed: the same set on every run and on every store. */
final class GeneratedCandidates {

    static final List<String> FIRST = List.of("Ada", "Grace", "Alan", "Linus", "Barbara", "Ken", "Margaret",
            "Dennis", "Radia", "Edsger", "Frances", "Guido");
    static final List<String> LAST = List.of("Lovelace", "Hopper", "Turing", "Torvalds", "Liskov", "Thompson",
            "Hamilton", "Ritchie", "Perlman", "Dijkstra", "Allen", "Rossum");
    static final List<String> TITLES = List.of("Backend Engineer", "Senior Backend Engineer", "Staff Engineer",
            "Data Scientist", "Frontend Developer", "Site Reliability Engineer", "Engineering Manager",
            "Python Developer", "Java Developer", "Machine Learning Engineer");
    static final List<String> COMPANIES = List.of("Acme Corp", "Globex", "Initech", "Umbrella Labs", "Hooli",
            "Stark Industries", "Python Software Foundation", "Distributed Systems Inc");
    static final List<String> LOCATIONS = List.of("Berlin, DE", "London, UK", "New York, US", "Remote",
            "San Francisco, US", "Paris, FR", "Toronto, CA");
    static final List<String> SKILLS = List.of("Python", "Django", "Flask", "Java", "Kotlin", "Spring", "Go", "PHP",
            "C++", "C#", "JavaScript", "TypeScript", "React", "distributed systems", "Kafka", "PostgreSQL",
            "MongoDB", "AWS", "Kubernetes", "machine learning", "systems design");
    static final List<String> SIZES = List.of("SIZE_1_10", "SIZE_11_50", "SIZE_51_200", "SIZE_201_1000",
            "SIZE_1001_5000", "SIZE_5001_PLUS");
    static final List<String> MODES = List.of("REMOTE", "HYBRID", "ONSITE");
    static final List<String> CHANNELS = List.of("LINKEDIN", "JOB_BOARD", "REFERRAL", "STAFFING_AGENCY",
            "AI_SOURCING", "CAREERS_PAGE", "OTHER");

    private GeneratedCandidates() {
    }

    static List<Generated> generate(int count, long seed, List<String> requisitionIds) {
        Random random = new Random(seed);
        List<Generated> candidates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, Object> profile = new LinkedHashMap<>();
            profile.put("fullName", pick(random, FIRST) + " " + pick(random, LAST));
            profile.put("email", "person-" + seed + "-" + i + "@example.com");
            maybe(random, profile, "currentTitle", pick(random, TITLES));
            maybe(random, profile, "currentCompany", pick(random, COMPANIES));
            maybe(random, profile, "location", pick(random, LOCATIONS));
            maybe(random, profile, "yearsOfExperience", random.nextInt(31));
            maybe(random, profile, "companySize", pick(random, SIZES));
            maybe(random, profile, "workModePreference", pick(random, MODES));
            List<String> skills = new ArrayList<>();
            int skillCount = random.nextInt(6);
            for (int s = 0; s < skillCount; s++) {
                skills.add(pick(random, SKILLS));
            }
            profile.put("skills", skills);
            candidates.add(new Generated(profile, pick(random, requisitionIds), pick(random, CHANNELS)));
        }
        return candidates;
    }

    private static void maybe(Random random, Map<String, Object> profile, String field, Object value) {
        if (random.nextInt(10) < 8) {
            profile.put(field, value);
        }
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    record Generated(Map<String, Object> profile, String requisitionId, String sourceChannel) {
    }
}
