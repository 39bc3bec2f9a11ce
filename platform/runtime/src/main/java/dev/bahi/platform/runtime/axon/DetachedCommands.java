package dev.bahi.platform.runtime.axon;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * Sends a command from an event handler so that it commits on its own, before the handler's processor stores its
 * position. A command sent inside a tracking processor's unit of work would commit with it, after the token: without
 * transactions, a crash between the two writes leaves the processor past the event and the command's events lost.
 * Run here, in its own unit of work on another thread, the command is stored first; a crash before the token is
 * stored delivers the event again, so such handlers send only idempotent commands (ids derived from the event).
 * The event's metadata (tenant, user, trace) goes with the command. Outside a unit of work it is a plain send.
 */
public final class DetachedCommands implements AutoCloseable {
    private final CommandGateway commands;
    private final ExecutorService executor;

    public DetachedCommands(CommandGateway commands, int threads) {
        this.commands = commands;
        this.executor = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "detached-commands");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Sends {@code command} and waits for its result; its events are stored when this returns. */
    public <R> R sendAndWait(Object command) {
        if (!CurrentUnitOfWork.isStarted()) {
            return commands.sendAndWait(command);
        }
        MetaData metaData = CurrentUnitOfWork.get().getMessage().getMetaData();
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(metaData);
        try {
            return CompletableFuture.supplyAsync(() -> commands.<R>sendAndWait(message), executor).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
