package dev.bahi.platform.runtime.axon;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Lets a projection hold its writes while a processor handles a batch of events in one unit of work, and make them
 * together once the batch's last event has been handled: a few bulk writes per batch instead of several acknowledged
 * writes per event.
 * <p>
 * The writes are made by this interceptor, which every event processor carries, right after the last event of the
 * batch, still inside the unit of work and so <em>before</em> the processor stores its token (Axon stores it in a
 * prepare-commit step that it registers before any handler runs, so a handler's own prepare-commit step would come
 * too late: a failed write would leave the token past events that were never written). A failed write fails the
 * batch, which is rolled back and handled again from its first event; handlers stay idempotent for that.
 * <p>
 * Outside a unit of work (a handler called directly) {@link #write} makes the writes at once. Should a unit of work
 * not pass through this interceptor, its prepare-commit step makes the pending writes instead of losing them.
 */
public final class BatchedWrites implements MessageHandlerInterceptor<EventMessage<?>> {
    private static final String KEY = BatchedWrites.class.getName();

    /**
     * The current unit of work's pending writes of one kind ({@code key}), made by {@code create} on first use and
     * written with {@code flush} after the batch; empty outside a unit of work.
     */
    public static <B> Optional<B> pending(String key, Supplier<B> create, Consumer<B> flush) {
        if (!CurrentUnitOfWork.isStarted()) {
            return Optional.empty();
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        Pending all = unitOfWork.getOrComputeResource(KEY, k -> {
            Pending created = new Pending();
            unitOfWork.onPrepareCommit(u -> created.flush());
            return created;
        });
        @SuppressWarnings("unchecked")
        Pending.Entry<B> entry = (Pending.Entry<B>) all.entries.computeIfAbsent(key,
                k -> new Pending.Entry<>(create.get(), flush));
        return Optional.of(entry.writes);
    }

    /** Adds to the pending writes of kind {@code key} ({@link #pending}), or, outside a unit of work, writes at once. */
    public static <B> void write(String key, Supplier<B> create, Consumer<B> flush, Consumer<B> action) {
        Optional<B> pending = pending(key, create, flush);
        if (pending.isPresent()) {
            action.accept(pending.get());
        } else {
            B writes = create.get();
            action.accept(writes);
            flush.accept(writes);
        }
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Object result = interceptorChain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            Pending pending = unitOfWork.getResource(KEY);
            if (pending != null) {
                pending.flush();
            }
        }
        return result;
    }

    /** A unit of work's pending writes, by kind, in the order the kinds were first used. */
    private static final class Pending {
        final Map<String, Entry<?>> entries = new LinkedHashMap<>();

        void flush() {
            for (Entry<?> entry : entries.values()) {
                entry.flush();
            }
            entries.clear();
        }

        static final class Entry<B> {
            final B writes;
            final Consumer<B> flush;

            Entry(B writes, Consumer<B> flush) {
                this.writes = writes;
                this.flush = flush;
            }

            void flush() {
                flush.accept(writes);
            }
        }
    }
}
