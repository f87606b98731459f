package com.estate.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TcpProxyTest {

    private ServerSocket echo;
    private TcpProxy proxy;

    @BeforeEach
    void startEchoServer() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket client = echo.accept();
                    Thread.ofVirtual().start(() -> {
                        try (client; InputStream in = client.getInputStream();
                                OutputStream out = client.getOutputStream()) {
                            in.transferTo(out);
                        } catch (IOException ignored) {
                            // the test closed it
                        }
                    });
                } catch (IOException closed) {
                    return;
                }
            }
        });
        proxy = TcpProxy.to("127.0.0.1", echo.getLocalPort());
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        echo.close();
    }

    @Test
    void passesBytesThroughDropsEverythingWhenCutAndServesTheSamePortAgainWhenRestored() throws IOException {
        try (Socket before = new Socket("127.0.0.1", proxy.port())) {
            assertThat(roundTrip(before, "hello")).isEqualTo("hello");

            proxy.cut();
            assertThat(proxy.isCut()).isTrue();
            before.setSoTimeout(5_000);
            assertThat(readOrFail(before)).isNegative(); // the open connection was dropped
            assertThat(echoesThrough(proxy.port())).as("a new connection while cut").isFalse();
        }

        proxy.restore();
        try (Socket after = new Socket("127.0.0.1", proxy.port())) {
            assertThat(roundTrip(after, "again")).isEqualTo("again");
        }
    }

    @Test
    void buildsAMongoUriThroughTheProxy() {
        TcpProxy mongo = TcpProxy.inFrontOfMongo("mongodb://127.0.0.1:" + echo.getLocalPort());
        try {
            assertThat(mongo.mongoUri("serverSelectionTimeoutMS=2000"))
                    .isEqualTo("mongodb://127.0.0.1:" + mongo.port()
                            + "/?directConnection=true&serverSelectionTimeoutMS=2000");
        } finally {
            mongo.close();
        }
    }

    private static String roundTrip(Socket socket, String text) throws IOException {
        socket.setSoTimeout(5_000);
        socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
        byte[] answer = socket.getInputStream().readNBytes(text.length());
        return new String(answer, StandardCharsets.UTF_8);
    }

    /**
     * Whether a new connection to the port gets its bytes echoed. Refused is the usual answer while cut; asserting
     * on "refused" itself would be flaky, since on a busy machine another process may bind the freed port.
     */
    private static boolean echoesThrough(int port) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            // a connection to a free port can, rarely, be the kernel connecting the socket to itself
            return socket.getLocalPort() != port && "ping".equals(roundTrip(socket, "ping"));
        } catch (IOException refusedOrDropped) {
            return false;
        }
    }

    /** -1 at the end of the stream; a reset counts as the end too. */
    private static int readOrFail(Socket socket) {
        try {
            return socket.getInputStream().read();
        } catch (IOException reset) {
            return -1;
        }
    }
}
