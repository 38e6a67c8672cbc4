package io.headcount.candidate;

import io.headcount.testsupport.Api;

import static io.headcount.candidate.CandidateTestData.aCandidateFor;
import static io.headcount.candidate.CandidateTestData.aRequisition;
import static org.assertj.core.api.Assertions.assertThat;

/** The steps tests repeat, against candidate-service over real HTTP. */
public record CandidateApi(int port) {

    public Api as(String demoUser) {
        return Api.at(port).as(demoUser);
    }

    public Api anonymous() {
        return Api.at(port);
    }

    public String openRequisition(String demoUser) {
        Api.Response opened = as(demoUser).post("/api/v1/requisitions", aRequisition().asMap());
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.json().get("id").asString();
    }

    public String sourceCandidate(String demoUser, String requisitionId) {
        return sourceCandidate(demoUser, aCandidateFor(requisitionId));
    }

    public String sourceCandidate(String demoUser, CandidateTestData.Body body) {
        Api.Response sourced = as(demoUser).post("/api/v1/candidates", body.asMap());
        assertThat(sourced.status()).as(sourced.toString()).isEqualTo(201);
        return sourced.json().get("id").asString();
    }
}
