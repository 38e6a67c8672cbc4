package io.headcount.plumbing.config;

import io.headcount.events.Topics;
import io.headcount.plumbing.consumer.ConsumerRetryMetrics;
import io.headcount.plumbing.consumer.EventDispatcher;
import io.headcount.plumbing.observability.EventTracing;
import io.headcount.plumbing.outbox.OutboxBacklog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.headcount.plumbing.consumer.EventSubscriber;
import io.headcount.plumbing.consumer.ProcessedEvents;
import io.headcount.plumbing.consumer.Subscriptions;
import io.headcount.plumbing.health.KafkaHealthIndicator;
import io.headcount.plumbing.health.MongoPingHealthIndicator;
import io.headcount.plumbing.idempotency.IdempotencyKeyFilter;
import io.headcount.plumbing.idempotency.IdempotencyKeyStore;
import io.headcount.plumbing.identity.ApiSecurityConfiguration;
import io.headcount.plumbing.identity.CallerArgumentResolver;
import io.headcount.plumbing.outbox.AggregateRepositories;
import io.headcount.plumbing.outbox.OutboxAggregateStore;
import io.headcount.plumbing.outbox.OutboxEvents;
import io.headcount.plumbing.outbox.OutboxRelay;
import io.headcount.plumbing.web.CorrelationIdFilter;
import io.headcount.plumbing.web.OpenApiConfiguration;
import io.headcount.plumbing.web.ProblemDetailsAdvice;
import io.headcount.plumbing.web.ProblemErrorController;
import io.headcount.plumbing.web.ProblemErrorReportValve;
import io.headcount.plumbing.web.ProblemResponses;
import io.headcount.plumbing.web.RequestLimitsFilter;
import io.headcount.plumbing.web.ShortProblemInstances;
import io.headcount.plumbing.web.StrictJson;
import io.headcount.plumbing.web.TrustedProxies;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import java.util.concurrent.TimeUnit;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.headcount.events.CloudEventsKafka;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Wires the shared plumbing into every service that has this library on its classpath. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration"},
        // our ErrorController replaces Boot's, which is only created when none exists yet
        beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(HeadcountProperties.class)
@Import({ApiSecurityConfiguration.class, OpenApiConfiguration.class, ProblemDetailsAdvice.class,
        ProblemErrorController.class, ShortProblemInstances.class})
public class PlumbingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventTracing eventTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new EventTracing(tracer.getIfAvailable(() -> Tracer.NOOP),
                propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    @Bean
    OutboxEvents outboxEvents(@Value("${spring.application.name}") String serviceName, Clock clock,
                              EventTracing tracing) {
        return new OutboxEvents(serviceName, clock, tracing::currentTraceparent);
    }

    @Bean
    OutboxAggregateStore outboxAggregateStore(MongoTemplate mongo, OutboxRelay relay) {
        return new OutboxAggregateStore(mongo, relay::signal);
    }

    @Bean
    AggregateRepositories aggregateRepositories(MongoTemplate mongo, OutboxAggregateStore store,
                                                OutboxEvents outboxEvents) {
        return new AggregateRepositories(mongo, store, outboxEvents);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, HeadcountProperties properties,
                            Clock clock, EventTracing tracing, ObjectProvider<MeterRegistry> meters) {
        HeadcountProperties.Outbox outbox = properties.outbox();
        return new OutboxRelay(mongo, kafka, outbox.collections(), new OutboxRelay.OutboxProperties(
                outbox.relayEnabled(), outbox.safetyNetInterval(), outbox.lease(), outbox.sendTimeout(),
                outbox.batchSize()), clock, tracing, metersOf(meters));
    }

    /** Pending documents and the oldest pending event's age per aggregate collection, read when scraped. */
    @Bean
    OutboxBacklog outboxBacklog(ObjectProvider<MeterRegistry> meters, MongoTemplate mongo,
                                HeadcountProperties properties, Clock clock) {
        return OutboxBacklog.register(metersOf(meters), mongo, properties.outbox().collections(), clock,
                java.time.Duration.ofSeconds(10));
    }

    @Bean
    ProcessedEvents processedEvents(MongoTemplate mongo, Clock clock, HeadcountProperties properties) {
        return new ProcessedEvents(mongo, clock, properties.consumer().dedupRetention());
    }

    @Bean
    @ConditionalOnBean(EventSubscriber.class)
    EventDispatcher eventDispatcher(List<EventSubscriber> subscribers, ProcessedEvents processedEvents,
                                    ObjectProvider<MeterRegistry> meters, Clock clock) {
        return new EventDispatcher(Subscriptions.of(subscribers), processedEvents,
                metersOf(meters), clock);
    }

    @Bean
    ConsumerRetryMetrics consumerRetryMetrics(ObjectProvider<MeterRegistry> meters,
                                              ObjectProvider<EventDispatcher> dispatcher) {
        EventDispatcher consuming = dispatcher.getIfAvailable();
        return new ConsumerRetryMetrics(metersOf(meters),
                consuming == null ? List.of() : List.of(consuming.topics()));
    }

    /**
     * Bounded retries with exponential back-off, then {@code <topic>.DLT}; the partition keeps flowing. A store that
     * does not answer is not the event's fault: such failures are retried without limit (back-off up to the store
     * outage back-off), so an outage holds the partition back instead of dead-lettering good events.
     */
    @Bean
    CommonErrorHandler deadLetteringErrorHandler(KafkaTemplate<String, byte[]> kafka, HeadcountProperties properties,
                                                 ObjectProvider<RetryListener> retryListeners) {
        HeadcountProperties.Consumer consumer = properties.consumer();
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(consumer.retryAttempts());
        backOff.setInitialInterval(consumer.retryInitialInterval().toMillis());
        backOff.setMaxInterval(consumer.retryMaxInterval().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(new DeadLetterPublishingRecoverer(kafka,
                // partition -1: the DLT partitions by key, whatever its partition count
                (record, exception) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1)), backOff);
        handler.addNotRetryableExceptions(CloudEventsKafka.MalformedEventException.class,
                tools.jackson.core.JacksonException.class);
        handler.setRetryListeners(retryListeners.orderedStream().toArray(RetryListener[]::new));
        handler.setBackOffFunction((record, exception) -> isStoreOutage(exception) ? storeOutageBackOff(consumer)
                : null);
        return handler;
    }

    /** The application's registry; a private one where metrics are not set up (plain tests of the plumbing). */
    private static MeterRegistry metersOf(ObjectProvider<MeterRegistry> meters) {
        return meters.getIfAvailable(SimpleMeterRegistry::new);
    }

    static boolean isStoreOutage(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof MongoTimeoutException
                    || cause instanceof MongoSocketException) {
                return true;
            }
        }
        return false;
    }

    private static BackOff storeOutageBackOff(HeadcountProperties.Consumer consumer) {
        ExponentialBackOff backOff = new ExponentialBackOff(consumer.retryInitialInterval().toMillis(), 2);
        backOff.setMaxInterval(5_000);
        return backOff; // unlimited attempts
    }

    /** Every service declares every topic and its dead-letter topic; creating an existing topic is a no-op. */
    @Bean
    KafkaAdmin.NewTopics headcountTopics(HeadcountProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.all()) {
            topics.add(new NewTopic(topic, properties.kafka().partitions(), properties.kafka().replicationFactor()));
            topics.add(new NewTopic(Topics.deadLetterOf(topic), properties.kafka().partitions(),
                    properties.kafka().replicationFactor()));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    @Bean
    IdempotencyKeyStore idempotencyKeyStore(MongoTemplate mongo, Clock clock, HeadcountProperties properties) {
        mongo.indexOps("idempotency_keys").createIndex(new Index("createdAt", Sort.Direction.ASC)
                .expire(properties.idempotency().retention()));
        return new IdempotencyKeyStore(mongo, clock, properties.idempotency().inProgressLease());
    }

    /** Runs after Spring Security (order -100), so the key is scoped to the authenticated caller. */
    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(IdempotencyKeyStore store,
                                                                      ObjectProvider<MeterRegistry> meters) {
        FilterRegistrationBean<IdempotencyKeyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyKeyFilter(store, metersOf(meters)));
        registration.setOrder(0);
        return registration;
    }

    /** Strict types and clean text in every request body (see StrictJson). */
    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return StrictJson::configure;
    }

    /** First of all filters: size limit and untrusted forwarded headers, before anyone reads the request. */
    @Bean
    FilterRegistrationBean<RequestLimitsFilter> requestLimitsFilter(HeadcountProperties properties) {
        FilterRegistrationBean<RequestLimitsFilter> registration = new FilterRegistrationBean<>(
                new RequestLimitsFilter(properties.web().maxBodySize().toBytes(),
                        TrustedProxies.of(properties.web().trustedProxies())));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Tomcat's own error pages (URLs it refuses before Spring runs) as problem+json. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
        return factory -> factory.addContextCustomizers(ProblemErrorReportValve::installOn);
    }

    /** URLs Spring Security's firewall refuses ({@code ..}, {@code ;jsessionid}, {@code %25}...) as problem+json. */
    @Bean
    RequestRejectedHandler problemRequestRejectedHandler() {
        return (request, response, exception) -> ProblemResponses.write(response, HttpStatus.BAD_REQUEST,
                "http-400", "Bad Request", "the URL was refused: it contains a sequence this API never uses "
                        + "(such as '..', ';', an encoded '%' or '/')", null);
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        FilterRegistrationBean<CorrelationIdFilter> registration =
                new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(-200);
        return registration;
    }

    @Bean
    WebMvcConfigurer callerArgument() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }
        };
    }

    /**
     * Time limits on every store call, so a store that hangs or is gone gives fast 503 problems (the advice maps the
     * driver's timeouts to them) instead of request threads piling up: 3 s to find the server, 2 s to connect,
     * 10 s for an answer, 2 s to wait for a pooled connection (the bulkhead: at most the pool's size in flight).
     */
    @Bean
    MongoClientSettingsBuilderCustomizer storeTimeLimits() {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(3, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(2, TimeUnit.SECONDS)
                        .readTimeout(10, TimeUnit.SECONDS))
                .applyToConnectionPoolSettings(pool -> pool.maxWaitTime(2, TimeUnit.SECONDS));
    }

    @Bean(name = "mongoHealthIndicator")
    MongoPingHealthIndicator mongoPingHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean(name = "kafkaHealthIndicator")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new KafkaHealthIndicator(kafkaAdmin);
    }
}
