package dev.bahi.platform.runtime.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bahi.platform.runtime.security.BahiPrincipal;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on {@code POST}: the first answer to a key is kept for a day and given again to
 * every retry with the same key and body, without running the request again. The same key with another
 * body is refused (422); a retry while the first is still running is refused (409). Keys are per caller.
 */
public final class IdempotencyFilter extends OncePerRequestFilter {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final Duration RETENTION = Duration.ofHours(24);
    private static final Pattern KEY = Pattern.compile("^[\\x21-\\x7E]{1,255}$");

    private final IdempotencyStore store;
    private final ObjectMapper mapper;
    private final Clock clock;

    public IdempotencyFilter(IdempotencyStore store, ObjectMapper mapper, Clock clock) {
        this.store = store;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (!KEY.matcher(key).matches()) {
            Problems.write(response, mapper, Problems.of(HttpStatus.BAD_REQUEST, "IDEMPOTENCY_KEY_INVALID", HEADER,
                    "Idempotency-Key must be 1 to 255 visible ASCII characters"));
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String scope = scopeOf(SecurityContextHolder.getContext().getAuthentication());
        String id = sha256((callerOf(SecurityContextHolder.getContext().getAuthentication()) + "\n"
                + request.getRequestURI() + "\n" + key).getBytes(StandardCharsets.UTF_8));
        String requestHash = sha256(body);

        if (!store.begin(scope, id, requestHash, clock.instant().plus(RETENTION))) {
            Optional<IdempotencyStore.Entry> earlier = store.find(scope, id);
            if (earlier.isEmpty()) {
                Problems.write(response, mapper, Problems.of(HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_PROGRESS",
                        HEADER, "a request with this Idempotency-Key has just ended; retry"));
            } else if (!earlier.get().requestHash().equals(requestHash)) {
                Problems.write(response, mapper, Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "IDEMPOTENCY_KEY_REUSED",
                        HEADER, "this Idempotency-Key was used for a different request"));
            } else if (earlier.get().status() == 0) {
                Problems.write(response, mapper, Problems.of(HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_PROGRESS",
                        HEADER, "the first request with this Idempotency-Key is still running"));
            } else {
                replay(earlier.get(), response);
            }
            return;
        }

        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(new ReplayableRequest(request, body), recorded);
            if (recorded.getStatus() < 500) {
                store.complete(scope, id, recorded.getStatus(), recorded.getContentType(),
                        recorded.getHeader("Location"), recorded.getContentAsByteArray());
                completed = true;
            }
        } finally {
            if (!completed) {
                // A failure on our side is no answer: the client may retry with the same key.
                store.forget(scope, id);
            }
            recorded.copyBodyToResponse();
        }
    }

    private static void replay(IdempotencyStore.Entry entry, HttpServletResponse response) throws IOException {
        response.setStatus(entry.status());
        if (entry.contentType() != null) {
            response.setContentType(entry.contentType());
        }
        if (entry.location() != null) {
            response.setHeader("Location", entry.location());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        response.getOutputStream().write(entry.body());
    }

    private static String scopeOf(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof BahiPrincipal p) {
            return p.tenantId() == null ? "platform" : p.tenantId();
        }
        return "public";
    }

    private static String callerOf(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof BahiPrincipal p ? p.userId() : "-";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
