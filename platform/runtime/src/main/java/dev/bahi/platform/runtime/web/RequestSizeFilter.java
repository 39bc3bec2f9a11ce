package dev.bahi.platform.runtime.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies declared larger than {@code bahi.security.max-body-bytes} (default 4 MiB: a CSV catalogue
 * import is at most 2 MB) with 413 {@code BODY_TOO_LARGE}, before anything reads them. Bodies sent without a length
 * are cut off by the JSON reader's own limits and answered 400.
 */
public final class RequestSizeFilter extends OncePerRequestFilter {
    private final long maxBytes;
    private final ObjectMapper mapper;

    public RequestSizeFilter(long maxBytes, ObjectMapper mapper) {
        this.maxBytes = maxBytes;
        this.mapper = mapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            // The client may still be sending: tell it to stop rather than read what nobody will use.
            response.setHeader("Connection", "close");
            Problems.write(response, mapper, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "BODY_TOO_LARGE", null,
                    "a request body here is at most " + maxBytes + " bytes"));
            return;
        }
        chain.doFilter(request, response);
    }
}
