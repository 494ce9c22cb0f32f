package io.fusionize.reliability.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.fusionize.protocol.lambda.LambdaApi;
import io.fusionize.reliability.support.FaultPlatform;
import io.fusionize.reliability.support.FunctionCode;
import io.fusionize.reliability.support.Invoker;
import io.fusionize.reliability.support.Prober;
import io.fusionize.reliability.support.Sleep;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients that hold the platform's connections: many that send half a request body and stall,
 * and some that read a large answer very slowly.
 */
@Tag("slow")
@Timeout(value = 20, unit = TimeUnit.MINUTES)
class SlowClientTests {

    private static final int STALLED = 300;
    private static final int SLOW_READERS = 20;
    private static final Duration WINDOW = Duration.ofSeconds(90);
    private static final Duration HEALTH_LIMIT = Duration.ofSeconds(10);

    @TempDir
    Path directory;

    /**
     * Must hold: while 300 connections sit on half-sent bodies and 20 read a 2 MB answer at about
     * 10 KB/s, the health probe answers within 10 s and another function answers every call; once
     * they go, the platform is healthy.
     */
    @Test
    void stalledAndSlowClientsDoNotKeepOthersFromBeingServed() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        List<String> slowHealth = new ArrayList<>();
        AtomicLong slowBytes = new AtomicLong();
        try (FaultPlatform platform = FaultPlatform.start(directory)) {
            platform.create("big", FunctionCode.FAULT_HANDLER, 512, 120);
            int port = platform.process().uri().getPort();
            try (Prober prober = Prober.start(platform.invoker(), FaultPlatform.PROBE)) {
                for (int i = 0; i < STALLED; i++) {
                    sockets.add(stall(port));
                }
                List<Thread> readers = new ArrayList<>();
                for (int i = 0; i < SLOW_READERS; i++) {
                    Socket socket = slowRead(port, slowBytes, readers);
                    sockets.add(socket);
                }
                Instant end = Instant.now().plus(WINDOW);
                int probes = 0;
                while (Instant.now().isBefore(end)) {
                    Invoker.Answer health = platform.invoker().health(HEALTH_LIMIT);
                    probes++;
                    if (health.status() != 200) {
                        slowHealth.add(health.toString());
                    }
                    Sleep.millis(1000);
                }
                System.out.println("slow clients: " + prober + "; " + probes + " health probes, " + slowHealth.size()
                        + " failed; slow readers got " + slowBytes.get() + " bytes");
                assertThat(prober.failures()).as("calls of another function while clients stalled").isEmpty();
                assertThat(slowHealth).as("health probes that failed or took over %s", HEALTH_LIMIT).isEmpty();
                closeAll(sockets);
                readers.forEach(Thread::interrupt);
            } finally {
                closeAll(sockets);
            }
            assertThat(platform.invoker().health(HEALTH_LIMIT).status()).isEqualTo(200);
            assertThat(platform.invoker().sync("big", null, "{\"action\":\"big\",\"bytes\":1000}",
                    Duration.ofMinutes(2)).ok()).isTrue();
        }
    }

    /** Sends the head of an invocation and half of its body, then nothing more. */
    private static Socket stall(int port) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        String head = "POST " + LambdaApi.INVOKE_PATH_PREFIX + FaultPlatform.PROBE + LambdaApi.INVOKE_PATH_SUFFIX
                + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: 100000\r\n\r\n{\"partial\":\"";
        OutputStream out = socket.getOutputStream();
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write("y".repeat(50_000).getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** Asks for a 2 MB answer and reads it 1 KB every 100 ms on a thread of its own. */
    private static Socket slowRead(int port, AtomicLong bytes, List<Thread> readers) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096); // the server's writes back up instead of landing in a big buffer
        socket.connect(new java.net.InetSocketAddress("127.0.0.1", port));
        String body = "{\"action\":\"big\",\"bytes\":2000000}";
        String request = "POST " + LambdaApi.INVOKE_PATH_PREFIX + "big" + LambdaApi.INVOKE_PATH_SUFFIX
                + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length() + "\r\n\r\n" + body;
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        Thread reader = new Thread(() -> {
            byte[] buffer = new byte[1024];
            try (InputStream in = socket.getInputStream()) {
                int read;
                while (!Thread.currentThread().isInterrupted() && (read = in.read(buffer)) >= 0) {
                    bytes.addAndGet(read);
                    Thread.sleep(100);
                }
            } catch (IOException | InterruptedException e) {
                // the test closed the socket, or the server gave up on this reader: both are fine
            }
        }, "slow-reader");
        reader.setDaemon(true);
        reader.start();
        readers.add(reader);
        return socket;
    }

    private static void closeAll(List<Socket> sockets) {
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing is best effort; the platform must cope either way
            }
        }
    }
}
