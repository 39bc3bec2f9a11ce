package dev.bahi.identity.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Simultaneous calls for the contracts' race tests: each on its own thread, all let go at the same moment. */
final class Race {
    private Race() {
    }

    /**
     * Runs the calls {@code racer} makes for {@code 0 .. racers - 1}, each waiting until all are ready before it
     * starts, and answers what they answered, in that order.
     */
    static <T> List<T> run(int racers, IntFunction<Callable<T>> racer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch ready = new CountDownLatch(racers);
        CountDownLatch go = new CountDownLatch(1);
        List<T> answers = new ArrayList<>();
        try {
            List<Future<T>> runs = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                Callable<T> call = racer.apply(i);
                runs.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (Future<T> run : runs) {
                answers.add(run.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        return answers;
    }
}
