package org.misconduct.web.abuse;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a service opens to anyone without a token, and which limit each such request counts against. A
 * service declares it as a bean; the shared filter then limits, per client, every request it names.
 */
public interface PublicRequests {

    /**
     * The limit the request counts against, judged by method and path alone: its body has not been read or
     * checked for size yet. Empty for a request that is not public, which this protection leaves alone.
     */
    Optional<RateLimit> limitOf(HttpServletRequest request);

    /**
     * Whether the request spends an allowance; asked once its size has been accepted. Only a request that
     * stores nothing and checks no secret may go free, so by default every request spends one.
     */
    default boolean spendsAllowance(HttpServletRequest request, RateLimit limit) {
        return true;
    }

    /**
     * The largest body the request may carry, judged by method and path alone; by default the shared bound. A request
     * that carries a file (an upload) names the file limit instead.
     */
    default long maxRequestBytes(HttpServletRequest request, long standardMaxBytes) {
        return standardMaxBytes;
    }
}
