package dev.bahi.inventory.application;

import dev.bahi.inventory.api.ArchiveItem;
import dev.bahi.inventory.api.ItemDetails;
import dev.bahi.inventory.api.ItemView;
import dev.bahi.inventory.api.RegisterItem;
import dev.bahi.inventory.api.UpdateItem;
import dev.bahi.inventory.application.port.in.ImportReport;
import dev.bahi.inventory.application.port.in.ImportRow;
import dev.bahi.inventory.application.port.in.ItemInput;
import dev.bahi.inventory.application.port.in.ManageCatalogueUseCase;
import dev.bahi.inventory.application.port.out.SkuDirectory;
import dev.bahi.inventory.domain.ItemPolicy;
import dev.bahi.platform.kernel.Ids;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Items come into the catalogue with their SKU reserved first (unique within the shop even under races) and
 * given back when registration fails, so that nothing is left half-written.
 */
public final class CatalogueService implements ManageCatalogueUseCase {
    private final CommandGateway commands;
    private final SkuDirectory skus;
    private final InventoryQueryService items;
    private final CatalogueImport importer;

    public CatalogueService(CommandGateway commands, SkuDirectory skus, InventoryQueryService items,
                            StockService stock) {
        this.commands = commands;
        this.skus = skus;
        this.items = items;
        this.importer = new CatalogueImport(this, skus, items, stock);
    }

    @Override
    public ItemView register(String tenantId, ItemInput input) {
        return awaitView(tenantId, create(tenantId, ItemPolicy.normalise(ItemInputs.details(input))));
    }

    /** Reserves the SKU and registers the (already normalised) item; answers its new id. */
    String create(String tenantId, ItemDetails details) {
        String itemId = Ids.newId();
        skus.claim(tenantId, details.sku(), itemId);
        try {
            commands.sendAndWait(new RegisterItem(itemId, tenantId, details));
            return itemId;
        } catch (RuntimeException e) {
            skus.release(tenantId, details.sku(), itemId);
            throw e;
        }
    }

    @Override
    public ItemView update(String tenantId, String itemId, ItemInput changes) {
        ItemDetails details = Commands.toItem(itemId, () -> commands.sendAndWait(
                new UpdateItem(itemId, tenantId, ItemInputs.changes(changes))));
        ItemView view = awaitView(tenantId, itemId);
        return new ItemView(view.itemId(), view.tenantId(), details, view.onHand(), view.stockValue(),
                view.lowStock(), view.archived(), view.registeredAt(), view.updatedAt());
    }

    @Override
    public ItemView archive(String tenantId, String itemId) {
        Commands.toItem(itemId, () -> commands.sendAndWait(new ArchiveItem(itemId, tenantId)));
        ItemView view = awaitView(tenantId, itemId);
        return new ItemView(view.itemId(), view.tenantId(), view.details(), view.onHand(), view.stockValue(),
                view.lowStock(), true, view.registeredAt(), view.updatedAt());
    }

    /** Sends an item command as part of an import. */
    Object send(Object command) {
        return commands.sendAndWait(command);
    }

    @Override
    public ImportReport importItems(String tenantId, List<ImportRow> rows) {
        return importer.run(tenantId, rows);
    }

    /** The item was just written by this caller, so a miss in the read model can only be it catching up. */
    private ItemView awaitView(String tenantId, String itemId) {
        return items.findAfterWrite(tenantId, itemId).orElseThrow(() -> Commands.itemNotFound(itemId));
    }
}
