package io.headcount.candidate.pipeline.events;

import io.headcount.candidate.pipeline.application.PipelineRepository;
import io.headcount.candidate.pipeline.model.Pipeline;
import io.headcount.events.CandidateScoped;
import io.headcount.events.EventCatalog;
import io.headcount.events.EventDefinition;
import io.headcount.events.EventEnvelope;
import io.headcount.events.HeadcountEvent;
import io.headcount.plumbing.consumer.EventSubscriber;
import io.headcount.plumbing.consumer.Subscriptions;
import io.headcount.plumbing.domain.OnLatest;
import io.headcount.plumbing.domain.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Keeps every candidate's pipeline view from the events of all three services (its own included). Read, apply,
 * compare-and-set on the pipeline's own version; the candidate's profile and its ETag are never touched.
 */
@Component
public class PipelineEventConsumer implements EventSubscriber {

    private static final Logger log = LoggerFactory.getLogger(PipelineEventConsumer.class);

    private final PipelineRepository pipelines;

    public PipelineEventConsumer(PipelineRepository pipelines) {
        this.pipelines = pipelines;
    }

    @Override
    public void subscribe(Subscriptions subscriptions) {
        for (EventDefinition definition : EventCatalog.all()) {
            if (CandidateScoped.class.isAssignableFrom(definition.recordType())) {
                subscriptions.on(definition.recordType(), this::project);
            }
        }
    }

    void project(HeadcountEvent event, EventEnvelope envelope) {
        String candidateId = ((CandidateScoped) event).candidateId();
        OnLatest.retry(() -> {
            Optional<Pipeline> current = pipelines.find(candidateId, envelope.teamId());
            if (current.isEmpty()) {
                log.debug("no candidate {} in team {}: {} ignored", candidateId, envelope.teamId(), envelope.type());
                return null;
            }
            Pipeline before = current.get();
            Pipeline after = before.apply(envelope.id(), envelope.time(), event);
            if (after != before && !pipelines.replace(candidateId, envelope.teamId(), before.version(), after)) {
                throw new StaleVersionException("pipeline of candidate", candidateId);
            }
            return null;
        });
    }
}
