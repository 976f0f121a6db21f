package io.interdict.casework.interfaces.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Gives every request that reaches the application (the API's and the browser's alike) its correlation id: in the
 * logging context while it is served, in the answer's header before anything is written, and on the one access
 * record logged when it has been answered (logger {@value #ACCESS_LOGGER}, which the server writes to the JSON log
 * only). The record names the method, the path without its query (a query may carry a name), the status, the time
 * spent and the caller; never a body.
 */
@WebFilter(filterName = "correlation-id", urlPatterns = "/*", asyncSupported = true)
public class CorrelationIdFilter extends HttpFilter {

    static final String ACCESS_LOGGER = "io.interdict.access";

    private static final Logger ACCESS = Logger.getLogger(ACCESS_LOGGER);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        CorrelationId id = CorrelationId.givenOrFresh(request.getHeader(CorrelationId.HEADER));
        MDC.put(CorrelationId.LOG_KEY, id.value());
        response.setHeader(CorrelationId.HEADER, id.value());
        long start = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (ACCESS.isLoggable(Level.INFO)) {
                long micros = (System.nanoTime() - start) / 1000;
                ACCESS.info(() -> request.getMethod() + " " + request.getRequestURI() + " " + response.getStatus()
                        + " " + micros / 1000 + "." + String.format("%03d", micros % 1000) + " ms"
                        + (request.getRemoteUser() == null ? "" : " " + request.getRemoteUser()));
            }
            // worker threads serve request after request: no record of the next may carry this one's id
            MDC.remove(CorrelationId.LOG_KEY);
        }
    }
}
