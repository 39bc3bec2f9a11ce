package dev.bahi.bench;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole Bahi application as platform/app assembles it (every context, scanned from {@code dev.bahi}),
 * on the embedded on-disk store in a data directory of the benchmark's choosing.
 */
@SpringBootApplication(scanBasePackages = "dev.bahi", exclude = UserDetailsServiceAutoConfiguration.class)
public class BenchApplication {

    /**
     * The settings of platform/app's application.yml that matter here, given as command-line properties so
     * that nothing in the environment overrides them; logging is quiet (errors only), the port is random and loopback only.
     */
    static String[] arguments(Path dataDir) {
        return List.of(
                "--bahi.data-dir=" + dataDir.toAbsolutePath(),
                "--bahi.signup.enabled=true",
                "--bahi.axon.snapshot-threshold=100",
                "--bahi.jwt.issuer=bahi",
                "--bahi.jwt.access-token-ttl=15m",
                "--bahi.jwt.refresh-token-ttl=30d",
                "--axon.axonserver.enabled=false",
                "--axon.update-check.disabled=true",
                "--axon.serializer.general=jackson",
                "--axon.serializer.events=jackson",
                "--axon.serializer.messages=jackson",
                "--spring.application.name=bahi",
                "--spring.main.banner-mode=off",
                "--spring.data.mongodb.database=admin",
                "--spring.jackson.deserialization.fail-on-unknown-properties=true",
                "--spring.jackson.deserialization.fail-on-null-for-primitives=true",
                "--spring.jackson.deserialization.accept-float-as-int=false",
                "--spring.jackson.serialization.write-dates-as-timestamps=false",
                "--spring.jackson.default-property-inclusion=non_null",
                "--spring.mvc.problemdetails.enabled=false",
                "--spring.threads.virtual.enabled=false",
                "--server.port=0",
                "--server.address=127.0.0.1",
                "--server.shutdown=graceful",
                "--server.error.whitelabel.enabled=false",
                "--management.tracing.sampling.probability=1.0",
                "--management.otlp.tracing.export.enabled=false",
                "--logging.level.root=ERROR")
                .toArray(String[]::new);
    }

    static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(BenchApplication.class).logStartupInfo(false).run(arguments(dataDir));
    }
}
