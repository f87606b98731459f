package com.estate.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on 127.0.0.1 in front of one server, for outage tests: {@link #cut()} drops every open connection and
 * refuses new ones, as a server that went away does; {@link #restore()} listens again on the same port. The server
 * behind it keeps running and keeps its data, so the test sees a real network fault and a real recovery.
 *
 * <pre>{@code
 * static final TcpProxy MONGO = TcpProxy.inFrontOfMongo(SharedInfrastructure.get().mongoUri());
 * registry.add("spring.mongodb.uri", () -> MONGO.mongoUri("serverSelectionTimeoutMS=2000"));
 * }</pre>
 */
public final class TcpProxy implements AutoCloseable {

    private final InetSocketAddress target;
    private final int port;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private ServerSocket server;

    private TcpProxy(InetSocketAddress target) {
        this.target = target;
        this.port = listen(0).getLocalPort();
    }

    /** A proxy to {@code host:port}, listening on a free port. */
    public static TcpProxy to(String host, int port) {
        return new TcpProxy(new InetSocketAddress(host, port));
    }

    /** A proxy to the server of a {@code mongodb://host:port[/...]} connection string (one host). */
    public static TcpProxy inFrontOfMongo(String mongoUri) {
        URI uri = URI.create(mongoUri);
        if (uri.getHost() == null || uri.getPort() < 0) {
            throw new IllegalArgumentException("expected mongodb://host:port, got " + mongoUri);
        }
        return to(uri.getHost(), uri.getPort());
    }

    public int port() {
        return port;
    }

    /**
     * A connection string through the proxy. {@code directConnection=true}: a replica set member would otherwise
     * tell the driver its own address, and the driver would go around the proxy.
     *
     * @param options further URI options, e.g. {@code serverSelectionTimeoutMS=2000}
     */
    public String mongoUri(String... options) {
        StringBuilder uri = new StringBuilder("mongodb://127.0.0.1:").append(port).append("/?directConnection=true");
        for (String option : options) {
            uri.append('&').append(option);
        }
        return uri.toString();
    }

    /** Closes every connection and stops listening: clients get resets, then refused connections. */
    public synchronized void cut() {
        if (server != null) {
            closeQuietly(server);
            server = null;
        }
        connections.forEach(TcpProxy::closeQuietly);
        connections.clear();
    }

    /** Listens again on the same port. */
    public synchronized void restore() {
        if (server == null) {
            listen(port);
        }
    }

    public synchronized boolean isCut() {
        return server == null;
    }

    @Override
    public void close() {
        cut();
    }

    private synchronized ServerSocket listen(int onPort) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true); // the port was ours a moment ago: do not wait for TIME_WAIT to pass
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
            server = socket;
            Thread.ofVirtual().name("tcp-proxy-accept-" + socket.getLocalPort()).start(() -> accept(socket));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + onPort, e);
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException closed) {
                return;
            }
            Thread.ofVirtual().start(() -> connect(client));
        }
    }

    private void connect(Socket client) {
        Socket upstream = new Socket();
        connections.add(client);
        connections.add(upstream);
        try {
            upstream.connect(target, 5_000);
        } catch (IOException e) {
            closeQuietly(client);
            closeQuietly(upstream);
            return;
        }
        if (isCut()) { // cut while connecting: this connection must not survive it
            closeQuietly(client);
            closeQuietly(upstream);
            return;
        }
        Thread.ofVirtual().start(() -> pump(client, upstream));
        pump(upstream, client);
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException closed) {
            // one side went away (or the proxy was cut): close both below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            connections.remove(from);
            connections.remove(to);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing is all we wanted
        }
    }
}
