package dev.bahi.platform.runtime.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bahi.platform.runtime.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a bearer token into the request's principal. A token that does not verify, or whose shop or
 * user has since been suspended, disabled or logged out, is answered 401 at once; no token at all
 * is left to the authorisation rules (public routes pass, the rest answer 401).
 */
public final class JwtAuthenticationFilter extends OncePerRequestFilter {
    public static final String TENANT_PARAMETER = "tenant_id";

    private final AccessTokens tokens;
    private final List<AccessRevocation> revocations;
    private final ObjectMapper mapper;

    public JwtAuthenticationFilter(AccessTokens tokens, List<AccessRevocation> revocations, ObjectMapper mapper) {
        this.tokens = tokens;
        this.revocations = revocations;
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        BahiPrincipal principal;
        try {
            principal = tokens.verify(header.substring(7).trim());
        } catch (InvalidTokenException e) {
            unauthorized(response, e.code(), e.getMessage());
            return;
        }
        for (AccessRevocation revocation : revocations) {
            Optional<String> reason = revocation.revokedReason(principal);
            if (reason.isPresent()) {
                unauthorized(response, reason.get(), "access token is no longer valid");
                return;
            }
        }
        String tenantParameter = request.getParameter(TENANT_PARAMETER);
        if (tenantParameter != null && !tenantParameter.equals(principal.tenantId())) {
            // Another shop's id is treated as unknown: its existence is never confirmed.
            Problems.write(response, mapper, Problems.of(HttpStatus.NOT_FOUND, "TENANT_NOT_FOUND",
                    TENANT_PARAMETER, "no such shop"));
            return;
        }
        var authentication = new UsernamePasswordAuthenticationToken(principal, null,
                principal.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        if (principal.tenantId() != null) {
            MDC.put("tenantId", principal.tenantId());
        }
        MDC.put("userId", principal.userId());
        chain.doFilter(request, response);
    }

    private void unauthorized(HttpServletResponse response, String code, String detail) throws IOException {
        SecurityContextHolder.clearContext();
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        Problems.write(response, mapper, Problems.of(HttpStatus.UNAUTHORIZED, code, null, detail));
    }
}
