package io.headcount.webhook;

import io.headcount.testsupport.Api;
import io.headcount.testsupport.BadInput;
import io.headcount.testsupport.HeadcountServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.headcount.testsupport.BadInput.bool;
import static io.headcount.testsupport.BadInput.text;
import static io.headcount.testsupport.BadInput.textList;
import static io.headcount.testsupport.BadInput.textListElement;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write of webhook-service, each field spoiled the ways clients spoil it: a 400 problem+json naming the
 * field, and nothing stored or changed. The valid body would be stored: what refuses it is the edge.
 */
@HeadcountServiceTest
class BadInputIT {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    static Map<String, Object> anEndpoint() {
        Map<String, Object> endpoint = new LinkedHashMap<>();
        endpoint.put("teamId", "team-a");
        endpoint.put("url", "https://93.184.216.34/headcount");
        endpoint.put("eventTypes", List.of("io.headcount.offer.OfferAccepted.v1"));
        endpoint.put("description", "HRIS");
        return endpoint;
    }

    static Stream<BadInput.Case> badEndpoints() {
        return BadInput.cases(anEndpoint(), text("teamId"), text("url"), textList("eventTypes"),
                textListElement("eventTypes"), text("description"));
    }

    static Stream<BadInput.Case> badRevisions() {
        Map<String, Object> revision = new LinkedHashMap<>(anEndpoint());
        revision.remove("teamId");
        revision.put("active", false);
        return BadInput.cases(revision, text("url"), textList("eventTypes"), bool("active"), text("description"));
    }

    @ParameterizedTest(name = "POST /webhooks/endpoints with {0}")
    @MethodSource("badEndpoints")
    void registering_an_endpoint(BadInput.Case bad) {
        long before = mongo.count(new Query(), "webhook_endpoints");

        BadInput.assertRefused(tess().post("/api/v1/webhooks/endpoints", bad.json()), bad);

        assertThat(mongo.count(new Query(), "webhook_endpoints")).isEqualTo(before);
    }

    @ParameterizedTest(name = "PUT /webhooks/endpoints/id with {0}")
    @MethodSource("badRevisions")
    void changing_an_endpoint(BadInput.Case bad) {
        Api.Response created = tess().post("/api/v1/webhooks/endpoints", anEndpoint());
        String id = created.json().get("id").asString();

        BadInput.assertRefused(tess().header("If-Match", created.header("ETag"))
                .put("/api/v1/webhooks/endpoints/" + id, bad.json()), bad);

        assertThat(tess().get("/api/v1/webhooks/endpoints/" + id).header("ETag")).isEqualTo(created.header("ETag"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @org.junit.jupiter.params.provider.CsvSource({"from, -999999999-01-01T00:00:00Z", "to, +1000000000-01-01T00:00:00Z",
            "from, 1969-12-31T23:59:59Z"})
    void redelivering_a_range_outside_what_the_store_can_hold_is_400_naming_the_field(String field, String value) {
        String id = tess().post("/api/v1/webhooks/endpoints", anEndpoint()).json().get("id").asString();
        Map<String, Object> range = new LinkedHashMap<>(Map.of("from", "2026-01-01T00:00:00Z", "to",
                "2026-02-01T00:00:00Z"));
        range.put(field, value);

        Api.Response response = tess().post("/api/v1/webhooks/endpoints/" + id + "/redeliver", range);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void a_url_with_a_port_beyond_65535_is_refused_on_create_and_on_update() {
        Map<String, Object> bad = new LinkedHashMap<>(anEndpoint());
        bad.put("url", "https://93.184.216.34:99999/headcount");
        Api.Response refused = tess().post("/api/v1/webhooks/endpoints", bad);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("url");

        Api.Response created = tess().post("/api/v1/webhooks/endpoints", anEndpoint());
        bad.remove("teamId");
        Api.Response update = tess().header("If-Match", created.header("ETag")).put("/api/v1/webhooks/endpoints/"
                + created.json().get("id").asString(), bad);
        assertThat(update.status()).as(update.body()).isEqualTo(400);
    }

    private Api tess() {
        return Api.at(port).as("tess");
    }
}
