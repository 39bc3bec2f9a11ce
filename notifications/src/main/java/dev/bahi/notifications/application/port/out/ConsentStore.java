package dev.bahi.notifications.application.port.out;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.ConsentView;
import java.util.List;
import java.util.Optional;

/** Recipients' consents per shop and channel. */
public interface ConsentStore {
    void save(ConsentView consent);

    Optional<ConsentView> find(String tenantId, Channel channel, String recipient);

    List<ConsentView> findAll(String tenantId, String recipient);

    void clear();
}
