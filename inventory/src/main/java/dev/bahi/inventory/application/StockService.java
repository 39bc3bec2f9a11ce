package dev.bahi.inventory.application;

import dev.bahi.inventory.api.RecordStockMovement;
import dev.bahi.inventory.api.StockMovementKind;
import dev.bahi.inventory.api.StockMovementView;
import dev.bahi.inventory.api.Unit;
import dev.bahi.inventory.application.port.in.RecordStockUseCase;
import dev.bahi.inventory.application.port.in.StockInput;
import dev.bahi.platform.kernel.Ids;
import dev.bahi.platform.kernel.RuleViolation;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** Records stock movements typed in by people (goods received, counts, write-offs) on one item. */
public final class StockService implements RecordStockUseCase {
    private final CommandGateway commands;

    public StockService(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public StockMovementView record(String tenantId, String itemId, StockInput input) {
        if (input == null) {
            throw new RuleViolation("MOVEMENT_REQUIRED", null, "a stock movement is required");
        }
        StockMovementKind kind = kind(input.kind());
        BigDecimal quantity = ItemInputs.decimal(input.quantity(), "quantity");
        if (quantity == null) {
            throw new RuleViolation("QUANTITY_REQUIRED", "quantity", "a quantity is required");
        }
        Unit unit = input.unit() == null || input.unit().isBlank() ? null
                : RuleViolation.at("unit", () -> Unit.parse(input.unit()));
        Long unitCost = ItemInputs.money(input.purchasePrice(), "purchasePrice");
        RecordStockMovement command = new RecordStockMovement(itemId, tenantId, Ids.newId(), kind, quantity, unit,
                unitCost, input.supplier(), input.reference(), input.note());
        return Commands.toItem(itemId, () -> commands.sendAndWait(command));
    }

    public static StockMovementKind kind(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new RuleViolation("KIND_REQUIRED", "kind", "say what kind of stock movement this is");
        }
        try {
            return StockMovementKind.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("KIND_UNKNOWN", "kind", "'" + raw + "' is not a kind of stock movement; kinds are "
                    + Arrays.toString(StockMovementKind.values()));
        }
    }
}
