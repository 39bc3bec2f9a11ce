package dev.bahi.inventory.application.port.in;

import dev.bahi.inventory.api.ItemView;
import java.util.List;

/** Adding, changing, archiving and importing a shop's items. */
public interface ManageCatalogueUseCase {
    ItemView register(String tenantId, ItemInput input);

    ItemView update(String tenantId, String itemId, ItemInput changes);

    ItemView archive(String tenantId, String itemId);

    /** All rows or none: every row is checked before anything is written; existing SKUs are updated. */
    ImportReport importItems(String tenantId, List<ImportRow> rows);
}
