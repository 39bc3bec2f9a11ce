package dev.bahi.platform.runtime.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a {@code traceId} (the tracing one when tracing is on), echoes it in
 * {@code X-Trace-Id}, and writes one structured line per request; {@code tenantId} is in the MDC by then.
 */
public final class RequestLogFilter extends OncePerRequestFilter {
    public static final String TRACE_HEADER = "X-Trace-Id";
    private static final Logger log = LoggerFactory.getLogger("dev.bahi.http");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        boolean ownTrace = MDC.get("traceId") == null;
        if (ownTrace) {
            MDC.put("traceId", UUID.randomUUID().toString().replace("-", ""));
        }
        response.setHeader(TRACE_HEADER, MDC.get("traceId"));
        try {
            chain.doFilter(request, response);
        } finally {
            if (!request.getRequestURI().startsWith("/actuator")) {
                log.info("{} {} {} {}ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            MDC.remove("tenantId");
            MDC.remove("userId");
            if (ownTrace) {
                MDC.remove("traceId");
            }
        }
    }
}
