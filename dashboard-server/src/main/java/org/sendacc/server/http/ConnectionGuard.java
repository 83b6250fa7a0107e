package org.sendacc.server.http;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.io.SocketChannelEndPoint;
import org.eclipse.jetty.server.HttpChannelState;
import org.eclipse.jetty.server.HttpConnection;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.sendacc.server.DaemonThreads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps slow and greedy clients from holding the server's connections (docs/security.md, "Slow clients"):
 *
 * <ul>
 *   <li>a request must arrive whole within {@code requestRead} of its first byte: headers sent one line every few
 *       seconds never let Jetty's idle timeout fire, but they hit this;
 *   <li>an answer must be written within {@code answerWrite} of the request's arrival: a client reading a kilobyte
 *       every twenty seconds is cut off;
 *   <li>one client (an IPv4 address, an IPv6 /64) may hold at most {@code perClient} connections at once; more are
 *       closed as they open. Trusted proxies are not capped: they carry many clients.
 * </ul>
 *
 * A Jetty connection listener on the server's connectors, with a sweep four times a second over the open connections.
 */
public final class ConnectionGuard extends AbstractLifeCycle implements Connection.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionGuard.class);
    private static final long SWEEP_MILLIS = 250;

    /** Where a connection is in its exchange. */
    enum Phase {
        /** Between requests: Jetty's idle timeout applies. */
        IDLE,
        /** Part of a request has arrived. */
        READING,
        /** The request is whole; its answer is being made or written. */
        ANSWERING
    }

    private final Duration requestRead;
    private final Duration answerWrite;
    private final int perClient;
    private final ClientAddress clients;
    private final LongSupplier clock;
    private final Map<Connection, Watch> open = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> perBucket = new ConcurrentHashMap<>();
    private ScheduledExecutorService sweeper;
    private ScheduledFuture<?> sweeping;

    public ConnectionGuard(Duration requestRead, Duration answerWrite, int perClient, ClientAddress clients) {
        this(requestRead, answerWrite, perClient, clients, System::nanoTime);
    }

    ConnectionGuard(
            Duration requestRead, Duration answerWrite, int perClient, ClientAddress clients, LongSupplier clock) {
        this.requestRead = requireNonNull(requestRead, "requestRead is null");
        this.answerWrite = requireNonNull(answerWrite, "answerWrite is null");
        this.perClient = perClient;
        this.clients = requireNonNull(clients, "clients is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    protected void doStart() {
        sweeper = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("connection-guard"));
        sweeping = sweeper.scheduleWithFixedDelay(this::sweepSafely, SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() {
        sweeping.cancel(false);
        sweeper.shutdownNow();
    }

    /** A sweep that fails is logged; the next one still runs (a scheduled task that throws is never run again). */
    private void sweepSafely() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.warn("the connection guard's sweep failed", e);
        }
    }

    @Override
    public void onOpened(Connection connection) {
        String bucket = bucket(connection.getEndPoint().getRemoteSocketAddress());
        Watch watch = new Watch(bucket, clock.getAsLong());
        open.put(connection, watch);
        if (bucket != null
                && perBucket.computeIfAbsent(bucket, key -> new AtomicInteger()).incrementAndGet() > perClient) {
            LOG.debug("closed a connection from {}: more than {} at once", bucket, perClient);
            abort(connection);
        }
    }

    @Override
    public void onClosed(Connection connection) {
        Watch watch = open.remove(connection);
        if (watch != null && watch.bucket != null) {
            perBucket.computeIfPresent(watch.bucket, (key, count) -> count.decrementAndGet() <= 0 ? null : count);
        }
    }

    /** The cap's bucket of a peer, or null when it is not capped (a trusted proxy, or not an IP peer). */
    private String bucket(SocketAddress peer) {
        if (perClient <= 0 || !(peer instanceof InetSocketAddress socket) || socket.getAddress() == null) {
            return null;
        }
        InetAddress address = socket.getAddress();
        return clients.isTrustedProxy(address) ? null : ClientAddress.bucket(address);
    }

    /** Closes every connection that has been reading one request, or answering one, for too long. */
    void sweep() {
        long now = clock.getAsLong();
        open.forEach((connection, watch) -> {
            if (!(connection instanceof HttpConnection http)) {
                return;
            }
            Phase phase = phase(http);
            long requests = http.getHttpChannel().getRequests();
            if (phase != watch.phase || requests != watch.requests) {
                watch.phase = phase;
                watch.requests = requests;
                watch.since = now;
                return;
            }
            if (overdue(phase, now - watch.since)) {
                LOG.debug("closed a connection from {}: {} for more than its limit", watch.bucket, phase);
                abort(connection);
            }
        });
    }

    /**
     * Closes at once, with a reset: a plain close would leave what is already in the kernel's buffers for the slow
     * reader to drain at its own pace, holding them.
     */
    private static void abort(Connection connection) {
        EndPoint endPoint = connection.getEndPoint();
        if (endPoint instanceof SocketChannelEndPoint socket) {
            try {
                socket.getChannel().setOption(StandardSocketOptions.SO_LINGER, 0);
            } catch (IOException | RuntimeException e) {
                LOG.debug("cannot set SO_LINGER before closing", e);
            }
        }
        endPoint.close();
    }

    boolean overdue(Phase phase, long nanos) {
        return switch (phase) {
            case IDLE -> false;
            case READING -> nanos > requestRead.toNanos();
            case ANSWERING -> nanos > answerWrite.toNanos();
        };
    }

    private static Phase phase(HttpConnection connection) {
        HttpChannelState state = connection.getHttpChannel().getState();
        if (!state.isIdle() || (state.isResponseCommitted() && !state.isResponseCompleted())) {
            return Phase.ANSWERING;
        }
        HttpParser parser = connection.getParser();
        // the first byte of a request moves the parser out of START; END is a request whole
        boolean partial = !parser.isStart() && (parser.inHeaderState() || parser.inContentState());
        return partial ? Phase.READING : Phase.IDLE;
    }

    private static final class Watch {
        final String bucket;
        volatile Phase phase = Phase.IDLE;
        volatile long requests;
        volatile long since;

        Watch(String bucket, long since) {
            this.bucket = bucket;
            this.since = since;
        }
    }
}
