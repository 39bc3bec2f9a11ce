package dev.bahi.inventory.application;

import dev.bahi.platform.kernel.NotFound;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;

/** A command sent to an item that does not exist answers the item's own "not found", like another shop's item. */
final class Commands {
    private Commands() {
    }

    static <T> T toItem(String itemId, Supplier<T> send) {
        try {
            return send.get();
        } catch (AggregateNotFoundException e) {
            throw itemNotFound(itemId);
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof AggregateNotFoundException) {
                throw itemNotFound(itemId);
            }
            throw e;
        }
    }

    static NotFound itemNotFound(String itemId) {
        return new NotFound("ITEM_NOT_FOUND", "item " + itemId + " not found");
    }
}
