package dev.bahi.platform.runtime.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code bahi.security.login-throttle.*}: logins allowed per client address ({@code per-address}, default 30 a
 * minute) and per login ({@code per-login}, default 10 per 15 minutes), and how many addresses and logins are
 * tracked at most.
 */
@ConfigurationProperties("bahi.security.login-throttle")
public record LoginThrottleProperties(Boolean enabled, Integer perAddress, Duration perAddressPeriod, Integer perLogin,
                                      Duration perLoginPeriod, Integer maxTracked) {
    public LoginThrottleProperties {
        enabled = enabled == null || enabled;
        perAddress = perAddress == null ? 30 : perAddress;
        perAddressPeriod = perAddressPeriod == null ? Duration.ofMinutes(1) : perAddressPeriod;
        perLogin = perLogin == null ? 10 : perLogin;
        perLoginPeriod = perLoginPeriod == null ? Duration.ofMinutes(15) : perLoginPeriod;
        maxTracked = maxTracked == null ? 100_000 : maxTracked;
    }
}
