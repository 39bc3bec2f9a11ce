package dev.bahi.inventory.application;

import dev.bahi.platform.kernel.NotFound;
import java.util.function.Supplier;
import dev.bahi.platform.runtime.axon.Aggregates;

/** A command sent to an item that does not exist answers the item's own "not found", like another shop's item. */
final class Commands {
    private Commands() {
    }

    static <T> T toItem(String itemId, Supplier<T> send) {
        return Aggregates.orNotFound(send, () -> itemNotFound(itemId));
    }

    static NotFound itemNotFound(String itemId) {
        return new NotFound("ITEM_NOT_FOUND", "item " + itemId + " not found");
    }
}
