package io.fusionize.platform.internal.api;

import io.fusionize.platform.PlatformException;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * Reads a request body without holding a thread while its bytes are on their way: a client that
 * stalls mid-body costs a connection, not a server thread, until the connector's idle timeout
 * ends it. A body over the limit is still read to its end and dropped, up to the largest request
 * the server takes, so a client that sends all of it before reading sees the 413, not a reset.
 */
final class AsyncBody implements ReadListener {

    private static final int CHUNK_BYTES = 16 * 1024;
    private static final int UNDECLARED_START_BYTES = 8 * 1024;

    private final ServletInputStream in;
    private final int limit;
    private final ByteArrayOutputStream kept;
    private final byte[] chunk = new byte[CHUNK_BYTES];
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private long received;

    private AsyncBody(ServletInputStream in, int limit, long declaredLength) {
        this.in = in;
        this.limit = limit;
        this.kept = new ByteArrayOutputStream(declaredLength < 0 ? UNDECLARED_START_BYTES
                : (int) Math.min(declaredLength, limit));
    }

    /**
     * Starts reading; the request must already be asynchronous.
     *
     * @param request the request whose body to read
     * @param limit the most bytes the body may have
     * @return the body; or a 413 {@link PlatformException} if it has more than {@code limit}
     *     bytes, or the read failure if the client stalled past the idle timeout or went away
     * @throws IOException if the body cannot be opened
     */
    static CompletableFuture<byte[]> read(HttpServletRequest request, int limit) throws IOException {
        AsyncBody body = new AsyncBody(request.getInputStream(), limit, request.getContentLengthLong());
        body.in.setReadListener(body);
        return body.result;
    }

    @Override
    public void onDataAvailable() throws IOException {
        while (!result.isDone() && in.isReady()) {
            int n = in.read(chunk);
            if (n < 0) {
                return;
            }
            take(n);
        }
    }

    private void take(int n) {
        received += n;
        if (received <= limit) {
            kept.write(chunk, 0, n);
        } else if (received > HttpServers.MAX_REQUEST_BYTES) {
            // past this, dropping the rest costs more than the connection the client loses
            result.completeExceptionally(PlatformException.tooLarge(limit));
        }
    }

    @Override
    public void onAllDataRead() {
        if (received > limit) {
            result.completeExceptionally(PlatformException.tooLarge(limit));
        } else {
            result.complete(kept.toByteArray());
        }
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }
}
