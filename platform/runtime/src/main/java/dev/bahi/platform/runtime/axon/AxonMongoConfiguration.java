package dev.bahi.platform.runtime.axon;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.mongodb.client.MongoClient;
import dev.bahi.platform.runtime.BahiProperties;
import java.util.List;
import java.util.Optional;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon on MongoDB: event store ({@code bahi_events}), token store and saga store from the Mongo
 * extension (it ships no Spring Boot auto-configuration), Jackson serialisation for everything,
 * snapshots for long histories and the metadata every message carries.
 */
@Configuration(proxyBeanMethods = false)
public class AxonMongoConfiguration {
    public static final String EVENTS_DATABASE = "bahi_events";
    /** The snapshot trigger every aggregate names in {@code @Aggregate(snapshotTriggerDefinition = ...)}. */
    public static final String SNAPSHOT_TRIGGER = "bahiSnapshotTrigger";

    /**
     * Events are facts for ever: an old payload must still read after a field is added, so unknown
     * properties are tolerated here (unlike on the public API).
     */
    static ObjectMapper messageObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * Snapshots hold an aggregate's private state. Aggregates keep their fields private and expose no
     * getters, so snapshots are written and read field by field.
     */
    public static Serializer snapshotSerializer() {
        ObjectMapper mapper = messageObjectMapper()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);
        return JacksonSerializer.builder().objectMapper(mapper).build();
    }

    @Bean
    @Primary
    Serializer serializer() {
        return JacksonSerializer.builder().objectMapper(messageObjectMapper()).build();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return JacksonSerializer.builder().objectMapper(messageObjectMapper()).build();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return JacksonSerializer.builder().objectMapper(messageObjectMapper()).build();
    }

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient client) {
        return DefaultMongoTemplate.builder().mongoDatabase(client, EVENTS_DATABASE).build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(MongoTemplate axonMongoTemplate,
                                          @Qualifier("eventSerializer") Serializer eventSerializer) {
        MongoEventStorageEngine engine = MongoEventStorageEngine.builder()
                .mongoTemplate(axonMongoTemplate)
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer())
                .build();
        engine.ensureIndexes();
        return engine;
    }

    /** Axon's Mongo token store; a new processor starts without Axon's initial replay token (see the decorator). */
    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer,
                          ObjectProvider<EventProcessingConfiguration> processing) {
        return new ReplayFreeInitialTokens(
                MongoTokenStore.builder().mongoTemplate(axonMongoTemplate).serializer(serializer).build(),
                processorName -> Optional.ofNullable(processing.getIfAvailable())
                        .flatMap(p -> p.eventProcessor(processorName, StreamingEventProcessor.class))
                        .map(StreamingEventProcessor::supportsReset));
    }

    @Bean
    SagaStore<Object> sagaStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoSagaStore.builder().mongoTemplate(axonMongoTemplate).serializer(serializer).build();
    }

    @Bean(SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition bahiSnapshotTrigger(Snapshotter snapshotter, BahiProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.axon().snapshotThreshold());
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    /** Copies tenant, user and trace from a command to every event it causes. */
    @Bean
    CorrelationDataProvider bahiCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(List.of(
                MessageMetadata.TENANT_ID, MessageMetadata.USER_ID, MessageMetadata.TRACE_ID)
                .toArray(String[]::new));
    }

    @Bean
    MessageMetadata messageMetadata(CommandBus commandBus, QueryBus queryBus) {
        MessageMetadata metadata = new MessageMetadata();
        commandBus.registerDispatchInterceptor(metadata.commandInterceptor());
        queryBus.registerDispatchInterceptor(metadata.queryInterceptor());
        return metadata;
    }

    /** Every event processor makes the writes its projections held for a batch before it stores its token. */
    @Bean
    ConfigurerModule batchedWritesConfigurerModule() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultHandlerInterceptor((configuration, processorName) -> new BatchedWrites()));
    }

    /** Whether a projection is being rebuilt, for read sides that must not answer from a half-built read model. */
    @Bean
    ProjectionStatus projectionStatus(EventProcessingConfiguration processing) {
        return new ProjectionStatus(processing);
    }

    /** Commands that event handlers send, committed before their processor moves on (see DetachedCommands). */
    @Bean(destroyMethod = "close")
    DetachedCommands detachedCommands(org.axonframework.commandhandling.gateway.CommandGateway commands) {
        return new DetachedCommands(commands, 4);
    }
}
