package dev.bahi.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;

/** Assembles every bounded context and the shared runtime into one deployable. */
@SpringBootApplication(scanBasePackages = "dev.bahi", exclude = UserDetailsServiceAutoConfiguration.class)
public class BahiApplication {
    public static void main(String[] args) {
        SpringApplication.run(BahiApplication.class, args);
    }
}
