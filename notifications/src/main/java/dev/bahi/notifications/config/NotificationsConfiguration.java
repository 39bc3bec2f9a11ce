package dev.bahi.notifications.config;

import dev.bahi.notifications.adapter.in.schedule.DailySummaryJob;
import dev.bahi.notifications.adapter.in.schedule.DispatchJob;
import dev.bahi.notifications.adapter.out.persistence.MongoConsentStore;
import dev.bahi.notifications.adapter.out.persistence.MongoNotificationReadModel;
import dev.bahi.notifications.adapter.out.persistence.MongoOutbox;
import dev.bahi.notifications.adapter.out.persistence.MongoSettingsStore;
import dev.bahi.notifications.application.ChannelRouter;
import dev.bahi.notifications.application.ConsentService;
import dev.bahi.notifications.application.DailySummaries;
import dev.bahi.notifications.application.DeliveryStatusService;
import dev.bahi.notifications.application.NotificationDispatcher;
import dev.bahi.notifications.application.NotificationProjection;
import dev.bahi.notifications.application.NotificationQueryHandler;
import dev.bahi.notifications.application.NotificationQueryService;
import dev.bahi.notifications.application.NotificationTriggers;
import dev.bahi.notifications.application.Notifier;
import dev.bahi.notifications.application.SaleMessages;
import dev.bahi.notifications.application.SettingsProjection;
import dev.bahi.notifications.application.SettingsService;
import dev.bahi.notifications.application.ShareService;
import dev.bahi.notifications.application.Shops;
import dev.bahi.notifications.application.port.out.ChannelSender;
import dev.bahi.notifications.domain.RetryPolicy;
import dev.bahi.platform.runtime.mongo.ContextDatabases;
import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wiring of the notifications context. The aggregates are found by Axon through their {@code @Aggregate} stereotype
 * and the controllers by component scanning; the channel senders come from {@link ChannelConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationDeliveryProperties.class)
public class NotificationsConfiguration {
    static final String CONTEXT = "notifications";

    /**
     * Settings and consents subscribe (an opt-out must hold for the very next message). Triggers start at the head
     * of the event stream: a first start must not send messages for everything that happened before it, and their
     * failures propagate so that an event is retried instead of its message being lost.
     */
    @Bean
    ConfigurerModule notificationProcessors() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(SettingsProjection.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(SettingsProjection.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance())
                .registerTrackingEventProcessor(NotificationTriggers.PROCESSING_GROUP,
                        org.axonframework.config.Configuration::eventStore,
                        configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialTrackingToken(StreamableMessageSource::createHeadToken))
                .registerListenerInvocationErrorHandler(NotificationTriggers.PROCESSING_GROUP,
                        configuration -> PropagatingErrorHandler.instance()));
    }

    @Bean
    RetryPolicy notificationRetryPolicy(NotificationDeliveryProperties properties) {
        NotificationDeliveryProperties.Retry retry = properties.retry();
        return new RetryPolicy(retry.initialDelay(), retry.maxDelay(), retry.maxAttempts(), retry.staleAfter());
    }

    @Bean
    MongoNotificationReadModel notificationReadModel(ContextDatabases databases) {
        return new MongoNotificationReadModel(databases.of(CONTEXT));
    }

    @Bean
    MongoOutbox notificationOutbox(ContextDatabases databases) {
        return new MongoOutbox(databases.of(CONTEXT));
    }

    @Bean
    MongoSettingsStore notificationSettingsStore(ContextDatabases databases) {
        return new MongoSettingsStore(databases.of(CONTEXT));
    }

    @Bean
    MongoConsentStore notificationConsentStore(ContextDatabases databases) {
        return new MongoConsentStore(databases.of(CONTEXT));
    }

    @Bean
    NotificationProjection notificationProjection(MongoNotificationReadModel notifications, MongoOutbox outbox,
                                                  RetryPolicy retry) {
        return new NotificationProjection(notifications, outbox, retry);
    }

    @Bean
    SettingsProjection notificationSettingsProjection(MongoSettingsStore settings, MongoConsentStore consents) {
        return new SettingsProjection(settings, consents);
    }

    @Bean
    NotificationQueryHandler notificationQueryHandler(MongoNotificationReadModel notifications,
                                                      MongoSettingsStore settings, MongoConsentStore consents) {
        return new NotificationQueryHandler(notifications, settings, consents);
    }

    @Bean
    NotificationQueryService notificationQueryService(QueryGateway queries) {
        return new NotificationQueryService(queries);
    }

    @Bean
    Shops notificationShops(QueryGateway queries) {
        return new Shops(queries);
    }

    @Bean
    SaleMessages saleMessages(QueryGateway queries, @Value("${bahi.public-url:http://localhost:8080}") String url) {
        return new SaleMessages(queries, url);
    }

    @Bean
    Notifier notifier(dev.bahi.platform.runtime.axon.DetachedCommands commands, MongoSettingsStore settings, MongoConsentStore consents,
                      NotificationDeliveryProperties properties, Clock clock) {
        return new Notifier(commands, settings, consents, properties.sms().dltTemplates(), clock);
    }

    @Bean
    NotificationTriggers notificationTriggers(Notifier notifier, Shops shops, SaleMessages sales,
                                              QueryGateway queries) {
        return new NotificationTriggers(notifier, shops, sales, queries);
    }

    @Bean
    ChannelRouter channelRouter(List<ChannelSender> senders) {
        return new ChannelRouter(senders);
    }

    @Bean
    NotificationDispatcher notificationDispatcher(MongoOutbox outbox, CommandGateway commands, QueryGateway queries,
                                                  ChannelRouter channels, Clock clock,
                                                  NotificationDeliveryProperties properties) {
        return new NotificationDispatcher(outbox, commands, queries, channels, clock,
                properties.dispatch().batchSize());
    }

    @Bean
    DispatchJob notificationDispatchJob(NotificationDispatcher dispatcher, NotificationDeliveryProperties properties) {
        return new DispatchJob(dispatcher, properties.dispatch().enabled());
    }

    @Bean
    SettingsService notificationSettingsService(CommandGateway commands, Notifier notifier,
                                                NotificationDeliveryProperties properties) {
        return new SettingsService(commands, notifier, properties.sms().dltTemplates());
    }

    @Bean
    ConsentService consentService(CommandGateway commands, QueryGateway queries) {
        return new ConsentService(commands, queries);
    }

    @Bean
    DeliveryStatusService deliveryStatusService(MongoNotificationReadModel notifications, CommandGateway commands,
                                                NotificationChannelProperties channels) {
        return new DeliveryStatusService(notifications, commands, channels.whatsapp().appSecret(),
                channels.whatsapp().verifyToken());
    }

    @Bean
    ShareService shareService(Notifier notifier, SaleMessages sales, Shops shops, QueryGateway queries,
                              NotificationQueryService notifications) {
        return new ShareService(notifier, sales, shops, queries, notifications);
    }

    @Bean
    DailySummaries dailySummaries(QueryGateway queries, Notifier notifier, EventStore events, Clock clock) {
        return new DailySummaries(queries, notifier, events, clock);
    }

    @Bean
    DailySummaryJob dailySummaryJob(DailySummaries summaries, NotificationDeliveryProperties properties) {
        return new DailySummaryJob(summaries, properties.dailySummary().scanEnabled());
    }
}
