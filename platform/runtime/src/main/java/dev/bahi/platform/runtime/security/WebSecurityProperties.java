package dev.bahi.platform.runtime.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code bahi.security.*} for browsers and clients: which web origins may call the API from a browser
 * ({@code cors-allowed-origins}; none by default, so only same-origin pages and non-browser clients) and the
 * largest request body accepted ({@code max-body-bytes}, default 4 MiB).
 */
@ConfigurationProperties("bahi.security")
public record WebSecurityProperties(List<String> corsAllowedOrigins, Long maxBodyBytes) {
    public WebSecurityProperties {
        corsAllowedOrigins = corsAllowedOrigins == null ? List.of() : List.copyOf(corsAllowedOrigins);
        maxBodyBytes = maxBodyBytes == null ? 4L * 1024 * 1024 : maxBodyBytes;
    }
}
