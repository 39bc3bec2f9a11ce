package dev.bahi.tenant.config;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;

/** The shared runtime plus the tenant context alone, as the real application assembles them. */
@SpringBootApplication(scanBasePackages = {"dev.bahi.platform.runtime", "dev.bahi.tenant"},
        exclude = UserDetailsServiceAutoConfiguration.class)
class TenantTestApplication {
}
