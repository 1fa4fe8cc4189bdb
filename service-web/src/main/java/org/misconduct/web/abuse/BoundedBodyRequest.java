package org.misconduct.web.abuse;

import java.io.IOException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/** Stops reading a body sent without a length (chunked) once it passes the limit, so it is refused with 413 as well. */
class BoundedBodyRequest extends HttpServletRequestWrapper {

    private final long maxBytes;

    BoundedBodyRequest(HttpServletRequest request, long maxBytes) {
        super(request);
        this.maxBytes = maxBytes;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        ServletInputStream body = super.getInputStream();
        return new ServletInputStream() {
            private long read;

            @Override
            public int read() throws IOException {
                int next = body.read();
                if (next >= 0 && ++read > maxBytes) {
                    throw new BodyTooLarge(maxBytes);
                }
                return next;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int count = body.read(buffer, offset, length);
                if (count > 0 && (read += count) > maxBytes) {
                    throw new BodyTooLarge(maxBytes);
                }
                return count;
            }

            @Override
            public boolean isFinished() {
                return body.isFinished();
            }

            @Override
            public boolean isReady() {
                return body.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                body.setReadListener(listener);
            }
        };
    }
}
