package dev.bahi.platform.runtime.axon;

import java.util.Locale;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * How the streaming projections run, for operators who run several instances over one store.
 * <ul>
 * <li>{@code bahi.axon.processors.mode=tracking} (the default): every processing group that no context registers
 * itself is a tracking processor with one segment, as always. One instance holds each processor's token; the others
 * stand by and take over when its claim lapses.</li>
 * <li>{@code bahi.axon.processors.mode=pooled}: those processing groups become pooled streaming processors with
 * {@code bahi.axon.processors.segments} initial segments (default 4), so that instances share the work segment by
 * segment. Events are sequenced per shop ({@code tenantId} metadata; the aggregate for events without one), so one
 * shop's events are still handled in the order they happened, as the read models expect.</li>
 * </ul>
 * In both modes {@code bahi.axon.processors.batch-size} (default {@value #DEFAULT_BATCH_SIZE}) is how many events, of
 * those already in the store, a processor handles in one unit of work with one token update. Live traffic rarely
 * fills a batch, so a projection still follows each event as it comes; a projection catching up (after a restart,
 * under a burst, or rebuilt) writes its token once per batch instead of once per event. Handlers stay idempotent: a
 * batch that fails is handled again from its first event.
 * <p>
 * Processors that a context registers itself keep what it chose: {@code notifications.triggers} (starts at the head of
 * the stream, refuses replays), {@code query-projections.audit-trail} (one segment: one total order per shop) and every
 * subscribing processor. Only the default processor builder changes, so nothing here names a processing group.
 * <p>
 * {@code segments} is the initial count: it applies when a processor has no tokens yet. A processor that already ran
 * (tracking, one segment) keeps its one segment after the switch until it is split or reset.
 * A pooled processor claims every unclaimed segment up to {@code bahi.axon.processors.max-claimed-segments} (default:
 * all), so the first instance up takes them all; to spread segments over N instances while one may fail, set it to
 * {@code ceil(segments / (N - 1))}.
 */
@Configuration(proxyBeanMethods = false)
public class ProcessorModeConfiguration {
    private static final Logger log = LoggerFactory.getLogger(ProcessorModeConfiguration.class);
    public static final String PREFIX = "bahi.axon.processors.";
    public static final int DEFAULT_POOLED_SEGMENTS = 4;
    public static final int DEFAULT_BATCH_SIZE = 50;

    /** The two modes. */
    public enum Mode {
        TRACKING, POOLED;

        static Mode parse(String value) {
            if (value == null || value.isBlank()) {
                return TRACKING;
            }
            try {
                return Mode.valueOf(value.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(PREFIX + "mode must be 'tracking' or 'pooled', was '" + value + "'");
            }
        }
    }

    /** The settings, read once from the environment (so {@code BAHI_AXON_PROCESSORS_MODE} etc. work too). */
    public record Settings(Mode mode, int segments, Integer maxClaimedSegments, String sequencing, int batchSize) {
        public Settings {
            if (batchSize < 1) {
                throw new IllegalStateException(PREFIX + "batch-size must be at least 1, was " + batchSize);
            }
            if (segments < 1) {
                throw new IllegalStateException(PREFIX + "segments must be at least 1, was " + segments);
            }
            if (maxClaimedSegments != null && maxClaimedSegments < 1) {
                throw new IllegalStateException(PREFIX + "max-claimed-segments must be at least 1, was "
                        + maxClaimedSegments);
            }
            if (!sequencing.equals("tenant") && !sequencing.equals("aggregate")) {
                throw new IllegalStateException(PREFIX + "sequencing must be 'tenant' or 'aggregate', was '"
                        + sequencing + "'");
            }
        }

        static Settings from(Environment environment) {
            return new Settings(
                    Mode.parse(environment.getProperty(PREFIX + "mode")),
                    environment.getProperty(PREFIX + "segments", Integer.class, DEFAULT_POOLED_SEGMENTS),
                    environment.getProperty(PREFIX + "max-claimed-segments", Integer.class),
                    environment.getProperty(PREFIX + "sequencing", "tenant").trim().toLowerCase(Locale.ROOT),
                    environment.getProperty(PREFIX + "batch-size", Integer.class, DEFAULT_BATCH_SIZE));
        }
    }

    @Bean
    ConfigurerModule processorModeConfigurerModule(Environment environment) {
        Settings settings = Settings.from(environment);
        return configurer -> configure(configurer, settings);
    }

    static void configure(org.axonframework.config.Configurer configurer, Settings settings) {
        if (settings.mode() == Mode.TRACKING) {
            // Axon's default, tracking processors with one segment, with the batch size
            configurer.eventProcessing(processing -> processing.registerTrackingEventProcessorConfiguration(
                    configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                            .andBatchSize(settings.batchSize())));
            return;
        }
        log.info("Projections run as pooled streaming processors: {} initial segments, {} claimed per instance at "
                        + "most, sequenced per {}", settings.segments(),
                settings.maxClaimedSegments() == null ? "all" : settings.maxClaimedSegments(), settings.sequencing());
        configurer.eventProcessing(processing -> {
            processing.usingPooledStreamingEventProcessors((configuration, builder) -> {
                builder.initialSegmentCount(settings.segments()).batchSize(settings.batchSize());
                if (settings.maxClaimedSegments() != null) {
                    builder.maxClaimedSegments(settings.maxClaimedSegments());
                }
                return builder;
            });
            if (settings.sequencing().equals("tenant")) {
                processing.registerDefaultSequencingPolicy(configuration -> perTenant());
            }
        });
    }

    /**
     * A shop's events in one sequence (its {@code tenantId} metadata, which every command's events carry), so that a
     * read model combining several aggregates of a shop sees them in stream order; events without a shop follow their
     * aggregate, and events without either are independent of each other.
     */
    static SequencingPolicy<EventMessage<?>> perTenant() {
        return event -> {
            Object tenant = event.getMetaData().get(MessageMetadata.TENANT_ID);
            if (tenant != null) {
                return "tenant:" + tenant;
            }
            if (event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null) {
                return "aggregate:" + domain.getAggregateIdentifier();
            }
            return event.getIdentifier();
        };
    }
}
