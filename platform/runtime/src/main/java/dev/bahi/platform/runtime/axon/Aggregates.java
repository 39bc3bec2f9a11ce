package dev.bahi.platform.runtime.axon;

import dev.bahi.platform.kernel.NotFound;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * A command to an aggregate that does not exist answers the context's own "not found" (ITEM_NOT_FOUND,
 * SALE_NOT_FOUND), the same answer another shop's aggregate gives, so that ids reveal nothing.
 */
public final class Aggregates {
    private Aggregates() {
    }

    public static <T> T orNotFound(Supplier<T> send, Supplier<NotFound> notFound) {
        try {
            return send.get();
        } catch (AggregateNotFoundException e) {
            throw notFound.get();
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof AggregateNotFoundException) {
                throw notFound.get();
            }
            throw e;
        }
    }
}
