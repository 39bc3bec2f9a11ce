package dev.bahi.platform.runtime.demo;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/** Runs every context's {@link DemoData} once the application is ready, and prints what it made. */
public final class DemoDataRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);
    private final List<DemoData> contributors;

    public DemoDataRunner(List<DemoData> contributors) {
        this.contributors = contributors;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void createDemoData() {
        StringBuilder out = new StringBuilder("\n==== Bahi demo data ====\n");
        contributors.stream().sorted(Comparator.comparingInt(DemoData::order))
                .forEach(c -> c.create().forEach(line -> out.append(line).append('\n')));
        out.append("========================");
        log.info(out.toString());
    }
}
