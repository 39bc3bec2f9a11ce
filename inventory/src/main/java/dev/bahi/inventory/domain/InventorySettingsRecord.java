package dev.bahi.inventory.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.bahi.inventory.api.ChangeInventorySettings;
import dev.bahi.inventory.api.InventorySettings;
import dev.bahi.inventory.api.InventorySettingsChanged;
import dev.bahi.platform.kernel.NotFound;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/** A shop's inventory settings, one per shop, created on its first change; every change is on record. */
@Aggregate
public class InventorySettingsRecord {
    @AggregateIdentifier
    private String settingsId;
    private String tenantId;
    private boolean strictStock;
    private Instant changedAt;

    protected InventorySettingsRecord() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public InventorySettings handle(ChangeInventorySettings command, Clock clock) {
        if (!ChangeInventorySettings.settingsIdOf(command.tenantId()).equals(command.settingsId())
                || (tenantId != null && !tenantId.equals(command.tenantId()))) {
            throw new NotFound("SETTINGS_NOT_FOUND", "no such settings");
        }
        if (tenantId == null || strictStock != command.strictStock()) {
            apply(new InventorySettingsChanged(command.tenantId(), command.strictStock(), clock.instant()));
        }
        return new InventorySettings(tenantId, strictStock, changedAt);
    }

    @EventSourcingHandler
    void on(InventorySettingsChanged event) {
        settingsId = ChangeInventorySettings.settingsIdOf(event.tenantId());
        tenantId = event.tenantId();
        strictStock = event.strictStock();
        changedAt = event.changedAt();
    }
}
