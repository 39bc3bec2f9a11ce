package dev.bahi.queryprojections.config;

import dev.bahi.platform.runtime.mongo.ContextDatabases;
import dev.bahi.queryprojections.adapter.out.persistence.MongoProjectionEventPositions;
import dev.bahi.queryprojections.application.ProjectionAdminService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of the operator's projection administration: positions counted in Axon's Mongo event store, and a small
 * pool of daemon threads that shut processors down, reset and restart them off the request thread.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionAdminConfiguration {

    @Bean
    MongoProjectionEventPositions projectionAdminEventPositions(MongoTemplate axonMongoTemplate,
                                                                ContextDatabases databases) {
        return new MongoProjectionEventPositions(axonMongoTemplate, databases.client());
    }

    /**
     * The threads rebuilds start on. Not a bean of type {@code Executor}: one would take the place of Spring Boot's
     * own task executor.
     */
    record RebuildThreads(ExecutorService pool) implements AutoCloseable {
        static RebuildThreads start() {
            AtomicInteger count = new AtomicInteger();
            return new RebuildThreads(Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "projection-rebuild-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            }));
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    @Bean(destroyMethod = "close")
    RebuildThreads projectionAdminRebuildThreads() {
        return RebuildThreads.start();
    }

    @Bean
    ProjectionAdminService projectionAdminService(EventProcessingConfiguration processing,
                                                  MongoProjectionEventPositions projectionAdminEventPositions,
                                                  dev.bahi.platform.runtime.axon.ProjectionStatus projections,
                                                  RebuildThreads projectionAdminRebuildThreads) {
        return new ProjectionAdminService(processing, projectionAdminEventPositions, projections,
                projectionAdminRebuildThreads.pool());
    }
}
