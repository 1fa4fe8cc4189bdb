package org.misconduct.intake.abuse;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.misconduct.intake.webform.LanguageSwitch;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 with {@code Retry-After} when a client exceeds the limit of a public endpoint, and
 * 413 when a public request's body is too large, before anything is read or stored. Clients are
 * told apart by address; behind a proxy, the deployment enables forwarded headers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimitFilter extends OncePerRequestFilter {

    private static final List<Map.Entry<String, String>> WAIT_MESSAGES = List.of(
            Map.entry("en", "Too many requests from this connection. Nothing was lost: go back and try again in %d seconds."),
            Map.entry("fr", "Trop de demandes depuis cette connexion. Rien n'est perdu : revenez en arrière et réessayez dans %d secondes."),
            Map.entry("es", "Demasiadas solicitudes desde esta conexión. No se ha perdido nada: vuelva atrás e inténtelo de nuevo en %d segundos."),
            Map.entry("ar", "طلبات كثيرة جدًا من هذا الاتصال. لم يُفقد شيء: ارجع وحاول مرة أخرى بعد %d ثانية."),
            Map.entry("ru", "Слишком много запросов с этого подключения. Ничего не потеряно: вернитесь назад и повторите попытку через %d с."),
            Map.entry("zh", "此连接的请求过多。没有任何内容丢失：请返回，%d 秒后再试。"),
            Map.entry("sw", "Maombi mengi mno kutoka muunganisho huu. Hakuna kilichopotea: rudi nyuma ujaribu tena baada ya sekunde %d."));

    private final Map<PublicEndpoint, ClientBuckets> limits = new EnumMap<>(PublicEndpoint.class);
    private final long maxRequestBytes;

    RateLimitFilter(AbuseProtectionProperties properties) {
        limits.put(PublicEndpoint.SUBMISSION, new ClientBuckets(properties.submissions(), properties.trackedClients()));
        limits.put(PublicEndpoint.FOLLOW_UP, new ClientBuckets(properties.followUps(), properties.trackedClients()));
        this.maxRequestBytes = properties.maxRequestBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<PublicEndpoint> endpoint = PublicEndpoint.of(request);
        if (endpoint.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxRequestBytes) {
            refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, "The request is larger than " + maxRequestBytes + " bytes.");
            return;
        }
        if (isLanguageSwitch(endpoint.get(), request)) {
            chain.doFilter(request, response);
            return;
        }
        ConsumptionProbe probe = limits.get(endpoint.get()).of(request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
            response.setHeader("Retry-After", Long.toString(seconds));
            if (endpoint.get().isWebPage(request)) {
                refuseWebPage(response, seconds);
            } else {
                refuse(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests from this address; try again in " + seconds + " seconds.");
            }
            return;
        }
        response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        chain.doFilter(new BoundedBodyRequest(request, maxRequestBytes), response);
    }

    /**
     * Redrawing a form in another language registers, sends and checks nothing, like showing the form
     * in the first place, so it does not spend the allowance the person needs to send it.
     */
    private static boolean isLanguageSwitch(PublicEndpoint endpoint, HttpServletRequest request) {
        return endpoint.isWebPage(request) && request.getParameter(LanguageSwitch.PARAMETER) != null;
    }

    private static void refuse(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }

    /** The page's language is not known here, so the few words are given in every language of the form. */
    private static void refuseWebPage(HttpServletResponse response, long seconds) throws IOException {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setContentType("text/html;charset=UTF-8");
        StringBuilder page = new StringBuilder("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>429</title>");
        WAIT_MESSAGES.forEach(message -> page.append("<p lang=\"").append(message.getKey()).append('"')
                .append(message.getKey().equals("ar") ? " dir=\"rtl\"" : "").append('>')
                .append(message.getValue().formatted(seconds)).append("</p>"));
        response.getWriter().write(page.append("</html>").toString());
    }

}
