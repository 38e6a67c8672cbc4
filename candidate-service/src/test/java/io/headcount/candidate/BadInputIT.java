package io.headcount.candidate;

import io.headcount.testsupport.Api;
import io.headcount.testsupport.BadInput;
import io.headcount.testsupport.HeadcountServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.util.Map;
import java.util.stream.Stream;

import static io.headcount.candidate.CandidateTestData.aCandidateFor;
import static io.headcount.candidate.CandidateTestData.aProfile;
import static io.headcount.candidate.CandidateTestData.aRequisition;
import static io.headcount.testsupport.BadInput.enumeration;
import static io.headcount.testsupport.BadInput.integer;
import static io.headcount.testsupport.BadInput.moneyAmount;
import static io.headcount.testsupport.BadInput.moneyCurrency;
import static io.headcount.testsupport.BadInput.object;
import static io.headcount.testsupport.BadInput.text;
import static io.headcount.testsupport.BadInput.textList;
import static io.headcount.testsupport.BadInput.textListElement;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write endpoint of candidate-service, each field spoiled in each way clients spoil it: a 400 problem+json
 * naming the field, a short body, and nothing stored or changed.
 */
@HeadcountServiceTest
class BadInputIT {

    private static String requisitionId;
    private static String candidateId;

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void givenARequisitionAndACandidate() {
        if (requisitionId == null) {
            CandidateApi api = new CandidateApi(port);
            requisitionId = api.openRequisition("alice");
            candidateId = api.sourceCandidate("alice", requisitionId);
        }
    }

    static Stream<BadInput.Case> badRequisitions() {
        return BadInput.cases(aRequisition().asMap(), text("teamId"), text("title"), text("level"), text("location"),
                enumeration("workMode"), textList("techStack"), textListElement("techStack"), text("hiringManagerId"),
                integer("headcount"));
    }

    static Stream<BadInput.Case> badCandidates() {
        return BadInput.cases(aCandidateFor("REQUISITION").asMap(), text("requisitionId"),
                enumeration("sourceChannel"), object("profile"), text("profile.fullName"), text("profile.email"),
                text("profile.phone"), text("profile.linkedinUrl"), text("profile.currentTitle"),
                text("profile.currentCompany"), enumeration("profile.companySize"), text("profile.location"),
                integer("profile.yearsOfExperience"), textList("profile.skills"),
                textListElement("profile.skills"), enumeration("profile.workModePreference"),
                object("profile.compensationExpectation"), moneyAmount("profile.compensationExpectation"),
                moneyCurrency("profile.compensationExpectation"));
    }

    static Stream<BadInput.Case> badProfiles() {
        return BadInput.cases(aProfile().asMap(), text("fullName"), text("email"), integer("yearsOfExperience"),
                textListElement("skills"), moneyAmount("compensationExpectation"));
    }

    static Stream<BadInput.Case> badApplications() {
        return BadInput.cases(Map.of("requisitionId", "REQUISITION", "sourceChannel", "LINKEDIN"),
                text("requisitionId"), enumeration("sourceChannel"));
    }

    static Stream<BadInput.Case> badWithdrawals() {
        return BadInput.cases(Map.of("requisitionId", "REQUISITION", "reason", "found another job"),
                text("requisitionId"), text("reason"));
    }

    @ParameterizedTest(name = "POST /requisitions with {0}")
    @MethodSource("badRequisitions")
    void opening_a_requisition(BadInput.Case bad) {
        long before = mongo.count(new Query(), "requisitions");

        BadInput.assertRefused(alice().post("/api/v1/requisitions", bad.json()), bad);

        assertThat(mongo.count(new Query(), "requisitions")).isEqualTo(before);
    }

    @ParameterizedTest(name = "PUT /requisitions/id with {0}")
    @MethodSource("badRequisitions")
    void revising_a_requisition(BadInput.Case bad) {
        String etag = alice().get("/api/v1/requisitions/" + requisitionId).header("ETag");

        BadInput.assertRefused(alice().header("If-Match", etag).put("/api/v1/requisitions/" + requisitionId, bad.json()), bad);

        assertThat(alice().get("/api/v1/requisitions/" + requisitionId).header("ETag")).isEqualTo(etag);
    }

    @ParameterizedTest(name = "POST /candidates with {0}")
    @MethodSource("badCandidates")
    void sourcing_a_candidate(BadInput.Case bad) {
        long before = mongo.count(new Query(), "candidates");

        BadInput.assertRefused(alice().post("/api/v1/candidates", bad.json().replace("REQUISITION", requisitionId)), bad);

        assertThat(mongo.count(new Query(), "candidates")).isEqualTo(before);
    }

    @ParameterizedTest(name = "PUT /candidates/id/profile with {0}")
    @MethodSource("badProfiles")
    void editing_a_profile(BadInput.Case bad) {
        String etag = alice().get("/api/v1/candidates/" + candidateId).header("ETag");

        BadInput.assertRefused(alice().header("If-Match", etag).put("/api/v1/candidates/" + candidateId + "/profile", bad.json()),
                bad);

        assertThat(alice().get("/api/v1/candidates/" + candidateId).header("ETag")).isEqualTo(etag);
    }

    @ParameterizedTest(name = "POST /candidates/id/applications with {0}")
    @MethodSource("badApplications")
    void adding_an_application(BadInput.Case bad) {
        String etag = alice().get("/api/v1/candidates/" + candidateId).header("ETag");

        BadInput.assertRefused(alice().post("/api/v1/candidates/" + candidateId + "/applications",
                bad.json().replace("REQUISITION", requisitionId)), bad);

        assertThat(alice().get("/api/v1/candidates/" + candidateId).header("ETag")).isEqualTo(etag);
    }

    @ParameterizedTest(name = "POST /candidates/id/withdraw with {0}")
    @MethodSource("badWithdrawals")
    void withdrawing(BadInput.Case bad) {
        String etag = alice().get("/api/v1/candidates/" + candidateId).header("ETag");

        BadInput.assertRefused(alice().post("/api/v1/candidates/" + candidateId + "/withdraw",
                bad.json().replace("REQUISITION", requisitionId)), bad);

        assertThat(alice().get("/api/v1/candidates/" + candidateId).header("ETag")).isEqualTo(etag);
    }

    private Api alice() {
        return Api.at(port).as("alice");
    }
}
