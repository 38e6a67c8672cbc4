package io.headcount.gateway;

import io.headcount.events.asyncapi.AsyncApiDocument;
import io.headcount.events.asyncapi.AsyncApiPage;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The event API's AsyncAPI 3.0 document and its rendered page, for subscribers: generated from the event catalog
 * this gateway was built with (the contracts jar every service publishes by), public like the OpenAPI documents.
 */
@RestController
class AsyncApiController {

    private final String document = AsyncApiDocument.json();
    private final String page = AsyncApiPage.html();

    @GetMapping(value = "/asyncapi/asyncapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> document() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(document);
    }

    @GetMapping(value = {"/asyncapi", "/asyncapi/"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page() {
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page);
    }
}
