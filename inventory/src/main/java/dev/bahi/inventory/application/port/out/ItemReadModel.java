package dev.bahi.inventory.application.port.out;

import dev.bahi.inventory.api.ItemPage;
import dev.bahi.inventory.api.ItemView;
import dev.bahi.inventory.api.ListItems;
import dev.bahi.inventory.api.StockValuation;
import java.util.Collection;
import java.util.Optional;

/** The items read model. */
public interface ItemReadModel {
    void save(ItemView item);

    /** Saves several items at once (a batch of events), as {@link #save} does one by one. */
    void saveAll(Collection<ItemView> items);

    Optional<ItemView> find(String tenantId, String itemId);

    ItemPage list(ListItems query);

    StockValuation valuation(String tenantId, Integer limit, String cursor);

    void clear();
}
