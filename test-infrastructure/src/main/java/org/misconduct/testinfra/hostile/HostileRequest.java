package org.misconduct.testinfra.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A malformed request to one operation, as generated: every field is what goes on the wire.
 *
 * @param credential index of the caller's credentials in the campaign's list, or -1 for none
 */
public record HostileRequest(OpenApiOperation operation, String uri, Map<String, String> headers, String contentType,
                             byte[] body, int credential) {

    /** Enough to reproduce the request by hand, shortened. */
    public String describe() {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        return operation + " as " + uri + " credential=" + credential + " content-type=" + contentType + " headers=" + headers
                + " body=" + (text.length() > 300 ? text.substring(0, 300) + "... (" + text.length() + " chars)" : text);
    }
}
