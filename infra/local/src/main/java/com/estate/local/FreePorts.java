package com.estate.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Port 0 means "pick one". Kafka's KRaft voter list needs the controller port before the server starts,
 * so ports are chosen up front; the tiny race with another process is acceptable for local use and tests.
 */
final class FreePorts {

    private FreePorts() {
    }

    static int resolve(int port) {
        return port != 0 ? port : pick();
    }

    static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    /** Fails with a clear message instead of a bind exception deep inside Kafka or Netty. */
    static void requireFree(int port, String what) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        } catch (IOException e) {
            throw new StartupException(what + " port " + port
                    + " on 127.0.0.1 is already in use (is another suite or runtime running?)", e);
        }
    }
}
