package dev.bahi.platform.runtime.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bahi.platform.kernel.Login;
import dev.bahi.platform.runtime.web.Problems;
import dev.bahi.platform.runtime.web.ReplayableRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.OptionalLong;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: {@code POST /api/v1/auth/login} is allowed so many times per client address and,
 * separately, per login (normalised as the login itself is, so "98220 12345" and "+919822012345" share a bucket).
 * Beyond that the answer is 429 {@code TOO_MANY_ATTEMPTS} with {@code Retry-After}, before any password is checked.
 * The client address is the connection's, or the forwarded one when the platform trusts a proxy
 * ({@code server.forward-headers-strategy}).
 */
public final class LoginThrottleFilter extends OncePerRequestFilter {
    static final String LOGIN_PATH = "/api/v1/auth/login";
    /** A login body is a few hundred bytes; anything this big is not one. */
    static final int MAX_BODY = 16 * 1024;

    private final LoginThrottle perAddress;
    private final LoginThrottle perLogin;
    private final ObjectMapper mapper;

    public LoginThrottleFilter(LoginThrottle perAddress, LoginThrottle perLogin, ObjectMapper mapper) {
        this.perAddress = perAddress;
        this.perLogin = perLogin;
        this.mapper = mapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !LOGIN_PATH.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        OptionalLong wait = perAddress.tryAttempt("ip:" + request.getRemoteAddr());
        if (wait.isPresent()) {
            refuse(response, wait.getAsLong(), "too many logins from this address");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            Problems.write(response, mapper, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "BODY_TOO_LARGE", null,
                    "a login is not this big"));
            return;
        }
        String login = loginOf(body);
        if (login != null) {
            wait = perLogin.tryAttempt("login:" + login);
            if (wait.isPresent()) {
                refuse(response, wait.getAsLong(), "too many attempts for this login");
                return;
            }
        }
        chain.doFilter(new ReplayableRequest(request, body), response);
    }

    private void refuse(HttpServletResponse response, long seconds, String why) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        Problems.write(response, mapper, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_ATTEMPTS", null,
                why + "; try again in " + seconds + " s"));
    }

    /** The login as identity will look it up, or the text as typed when it is no valid login (still throttled). */
    private String loginOf(byte[] body) {
        try {
            JsonNode login = mapper.readTree(body).path("login");
            if (!login.isTextual() || login.textValue().isBlank()) {
                return null;
            }
            String raw = login.textValue();
            try {
                return Login.parse(raw).value();
            } catch (RuntimeException invalid) {
                String typed = raw.trim().toLowerCase(Locale.ROOT);
                return typed.length() > 200 ? typed.substring(0, 200) : typed;
            }
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }
}
