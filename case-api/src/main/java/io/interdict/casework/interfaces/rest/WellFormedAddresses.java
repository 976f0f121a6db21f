package io.interdict.casework.interfaces.rest;

import io.interdict.casework.application.CaseworkJson;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Refuses an API address whose percent-encoded bytes are not UTF-8 ({@code /api/cases/%C3%28}) or whose percent sign
 * starts no escape, with a problem+json {@code 400} that says where: left alone, the web server's own decoding answers
 * such an address with an HTML error page. Runs after the correlation id is given (web.xml orders the two).
 */
@WebFilter(filterName = "well-formed-addresses", urlPatterns = "/api/*")
public class WellFormedAddresses extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Problem.FieldError> fault = faultOf("path", request.getRequestURI())
                .or(() -> faultOf("query", request.getQueryString()));
        if (fault.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        // outside JAX-RS, so no mapper: the body is made by the same table of problems all the same
        Problem problem = ProblemFamily.classify(new MalformedAddress(fault.get())).problem();
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(CaseworkJson.JSONB.toJson(problem));
    }

    /** What is wrong with the address part as sent (still percent-encoded), if anything. */
    static Optional<Problem.FieldError> faultOf(String part, String raw) {
        if (raw == null || raw.indexOf('%') < 0) {
            return Optional.empty();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            } else if (i + 2 < raw.length() && hex(raw.charAt(i + 1)) && hex(raw.charAt(i + 2))) {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                return Optional.of(new Problem.FieldError(part, "has a '%' at character " + i
                        + " that starts no escape of two hexadecimal digits"));
            }
        }
        OptionalInt bad = StrictUtf8.firstBadByte(bytes.toByteArray());
        return bad.isEmpty() ? Optional.empty() : Optional.of(new Problem.FieldError(part,
                "is not UTF-8 once its escapes are decoded (byte " + bad.getAsInt() + ")"));
    }

    private static boolean hex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
