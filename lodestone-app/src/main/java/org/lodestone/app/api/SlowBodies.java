package org.lodestone.app.api;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The request bodies a slow client cannot use to tie up the server (issue 17, finding 5: about 250
 * connections sending a byte every 5 s took every one of Jetty's 250 threads, and {@code /health}
 * timed out).
 *
 * <p>Two defences, outermost first. {@link MinimumRate} fails a body that arrives slower than a
 * minimum rate: each time the reader asks for more, the bytes of this request so far are divided by
 * the time since it first asked; after a one-second grace, below the minimum the read fails with a
 * 408. (Jetty 12.1's own {@code MinimumDataRateHandler} divides the bytes of <em>all</em> requests
 * since the server started, so a busy server never finds any one request slow; its
 * {@code HttpConfiguration.setMinRequestDataRate} is deprecated for removal.) Then every body is
 * read without a thread ({@link EagerContentHandler}) before the route runs, so a waiting body holds
 * only its connection: scenario YAML posted to {@code /api/validate} up to {@link
 * ScenarioCatalog#MAX_YAML_BYTES}, every other body up to the server's request limit; a body past
 * its limit is refused with a 413 as soon as it passes it, not after it has all arrived. Because
 * a body is then held before the route checks the caller's token, the bodies held at once are
 * bounded too ({@value #LARGEST_BODIES_HELD} of the largest size; 503 beyond).
 */
final class SlowBodies {

    /** The path whose body is scenario YAML. */
    static final String YAML_PATH = "/api/validate";

    /** How long a body may take before its rate is judged. */
    static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

    private SlowBodies() {}

    /**
     * Bodies of the largest size the server holds in memory at once, all requests together: an
     * eager reader holds a body before the route (and its token check) runs, so without a bound
     * clients could make the server hold 8 MB per connection for as long as they keep the rate.
     */
    static final int LARGEST_BODIES_HELD = 32;

    /** The handler to set on the server: the minimum rate and the memory bound around the two eager readers. */
    static Handler.Wrapper handler(long bytesPerSecond, long maxRequestBytes) {
        EagerContentHandler yaml = eager(ScenarioCatalog.MAX_YAML_BYTES);
        yaml.includePath(YAML_PATH);
        EagerContentHandler other = eager(maxRequestBytes);
        other.excludePath(YAML_PATH);
        yaml.setHandler(other);
        return new MinimumRate(bytesPerSecond, LARGEST_BODIES_HELD * maxRequestBytes, yaml);
    }

    private static EagerContentHandler eager(long maxBytes) {
        return new EagerContentHandler(new EagerContentHandler.RetainedContentLoaderFactory(maxBytes, -1, true));
    }

    /**
     * Fails a request body that arrives slower than {@code bytesPerSecond} (after a grace second)
     * with a 408, and one that would take the body bytes of unfinished requests past {@code
     * heldBytes} with a 503; a request's bytes count until its answer is complete.
     */
    static final class MinimumRate extends Handler.Wrapper {

        private final long bytesPerSecond;
        private final long heldBytes;
        private final AtomicLong held = new AtomicLong();

        MinimumRate(long bytesPerSecond, long heldBytes, Handler next) {
            super(next);
            this.bytesPerSecond = bytesPerSecond;
            this.heldBytes = heldBytes;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            Metered metered = new Metered(request, this);
            boolean handled = super.handle(metered, response, new Callback.Nested(callback) {
                @Override
                public void completed() {
                    metered.release();
                }
            });
            if (!handled) {
                metered.release();
            }
            return handled;
        }
    }

    /**
     * A request that counts the body bytes read and judges the rate each time more is asked for.
     * Jetty calls {@code read} and {@code demand} of one request one at a time, never together.
     */
    private static final class Metered extends Request.Wrapper {

        private final MinimumRate limits;
        private final AtomicBoolean released = new AtomicBoolean();
        private long firstDemand;
        private volatile long bytes;
        private Content.Chunk refused;

        Metered(Request request, MinimumRate limits) {
            super(request);
            this.limits = limits;
        }

        @Override
        public Content.Chunk read() {
            if (refused != null) {
                return refused;
            }
            Content.Chunk chunk = super.read();
            if (chunk == null || chunk.remaining() == 0) {
                return chunk;
            }
            bytes += chunk.remaining();
            if (limits.held.addAndGet(chunk.remaining()) > limits.heldBytes) {
                chunk.release();
                refused =
                        Content.Chunk.from(new HttpException.RuntimeException(503, "too many request bodies at once"));
                return refused;
            }
            return chunk;
        }

        /** Once: this request's bytes no longer count towards what the server holds. */
        void release() {
            if (released.compareAndSet(false, true)) {
                limits.held.addAndGet(-bytes);
            }
        }

        @Override
        public void demand(Runnable more) {
            long now = System.nanoTime();
            if (firstDemand == 0) {
                firstDemand = now;
            } else if (slow(now - firstDemand)) {
                refused = Content.Chunk.from(new HttpException.RuntimeException(408, "the request body is too slow"));
                more.run();
                return;
            }
            super.demand(more);
        }

        private boolean slow(long elapsedNanos) {
            return elapsedNanos > GRACE_NANOS && bytes * 1_000_000_000L / elapsedNanos < limits.bytesPerSecond;
        }
    }
}
