package com.estate.gateway.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The adapter against a real HTTP server on a loopback port playing Dysmsapi: what the request carries, and what
 * each kind of answer (or no answer) becomes.
 */
class AliyunSmsSenderTest {

    private static final String PHONE = "+8613812345678";
    private static final String NATIONAL = "13812345678";
    private static final String CODE = "654321";
    private static final String KEY_ID = "LTAI5tTestKeyId";
    private static final String SECRET = "s3cr3t-Secret-Value";
    private static final Instant NOW = Instant.parse("2026-11-26T09:30:00.123Z");
    private static final String OK = """
            {"Message":"OK","RequestId":"F655A8D5-B967-440B-8683-DAD6FF8DE990","BizId":"900619746936498440^0","Code":"OK"}""";

    private HttpServer server;
    private ExecutorService serverThreads;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile Answer answer = exchange -> respond(exchange, 200, OK);
    private final CountDownLatch releaseStalledAnswers = new CountDownLatch(1);

    private record Received(String method, String path, String rawQuery) {
    }

    @FunctionalInterface
    private interface Answer {
        void handle(HttpExchange exchange) throws IOException;
    }

    @BeforeEach
    void startProvider() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serverThreads = Executors.newCachedThreadPool();
        server.setExecutor(serverThreads);
        server.createContext("/", exchange -> {
            URI uri = exchange.getRequestURI();
            received.add(new Received(exchange.getRequestMethod(), uri.getRawPath(), uri.getRawQuery()));
            answer.handle(exchange);
        });
        server.start();
    }

    @AfterEach
    void stopProvider() throws InterruptedException {
        releaseStalledAnswers.countDown();
        server.stop(0);
        serverThreads.shutdownNow();
        serverThreads.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void sendsOneSignedSendSmsRequestCarryingEveryParameter() {
        try (AliyunSmsSender sender = sender(Duration.ofSeconds(5))) {
            sender.sendLoginCode(PHONE, CODE, Duration.ofMinutes(5));
        }

        assertThat(received).hasSize(1);
        Received request = received.getFirst();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/");
        Map<String, String> parameters = decode(request.rawQuery());
        assertThat(parameters).containsOnlyKeys("AccessKeyId", "Action", "Format", "RegionId", "SignatureMethod",
                "SignatureNonce", "SignatureVersion", "Timestamp", "Version", "PhoneNumbers", "SignName",
                "TemplateCode", "TemplateParam", "Signature");
        assertThat(parameters)
                .containsEntry("AccessKeyId", KEY_ID)
                .containsEntry("Action", "SendSms")
                .containsEntry("Format", "JSON")
                .containsEntry("RegionId", "cn-hangzhou")
                .containsEntry("SignatureMethod", "HMAC-SHA1")
                .containsEntry("SignatureVersion", "1.0")
                .containsEntry("Timestamp", "2026-11-26T09:30:00Z")
                .containsEntry("Version", "2017-05-25")
                .containsEntry("PhoneNumbers", NATIONAL)
                .containsEntry("SignName", "阳光物业")
                .containsEntry("TemplateCode", "SMS_123456789")
                .containsEntry("TemplateParam", "{\"code\":\"" + CODE + "\"}");
        assertThat(parameters.get("SignatureNonce")).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(parameters.get("Signature")).isEqualTo(signatureAsTheServiceComputesIt(parameters));
        // the secret itself never travels
        assertThat(request.rawQuery()).doesNotContain(SECRET);
    }

    @Test
    void usesAFreshNonceForEveryMessage() {
        try (AliyunSmsSender sender = sender(Duration.ofSeconds(5))) {
            sender.sendLoginCode(PHONE, CODE, Duration.ofMinutes(5));
            sender.sendLoginCode(PHONE, CODE, Duration.ofMinutes(5));
        }
        assertThat(received).hasSize(2);
        assertThat(decode(received.get(0).rawQuery()).get("SignatureNonce"))
                .isNotEqualTo(decode(received.get(1).rawQuery()).get("SignatureNonce"));
    }

    @Test
    void anErrorCodeIsAnExceptionNamingTheCodeButNotThePhoneOrTheCode() {
        answer = exchange -> respond(exchange, 200, """
                {"Message":"触发天级流控Permits:10 for 13812345678","RequestId":"2184201F-BFB3-446B-B1F2-C746B7BF0657",\
                "Code":"isv.BUSINESS_LIMIT_CONTROL"}""");
        try (AliyunSmsSender sender = sender(Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> sender.sendLoginCode(PHONE, CODE, Duration.ofMinutes(5)))
                    .isInstanceOf(SmsDeliveryException.class)
                    .hasMessageContaining("isv.BUSINESS_LIMIT_CONTROL")
                    .hasMessageContaining("2184201F-BFB3-446B-B1F2-C746B7BF0657")
                    .satisfies(this::revealsNothingPersonal);
        }
    }

    @Test
    void aRejectionThatQuotesTheRequestBackLeaksNeitherThePhoneNorTheCode() {
        // Dysmsapi's SignatureDoesNotMatch answer quotes the server's string to sign: phone and code included
        answer = exchange -> respond(exchange, 400, """
                {"Message":"Specified signature is not matched with our calculation. server string to sign is:\
                GET&%2F&PhoneNumbers%3D13812345678%26TemplateParam%3D%257B%2522code%2522%253A%2522654321%2522%257D",\
                "RequestId":"8DF1ADAB-1D5D-4C5E-A4A9-A0A5E5A6D3C1","Code":"SignatureDoesNotMatch"}""");
        try (AliyunSmsSender sender = sender(Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> sender.sendLoginCode(PHONE, CODE, Duration.ofMinutes(5)))
                    .isInstanceOf(SmsDeliveryException.class)
                    .hasMessageContaining("HTTP 400")
                    .hasMessageContaining("SignatureDoesNotMatch")
                    .satisfies(this::revealsNothingPersonal);
        }
    }

    @Test
    void anAnswerThatIsNotTheProvidersJsonIsAnException() {
        answer = exchange -> respond(exchange, 502, "<html>Bad Gateway " + NATIONAL + "</html>");
        try (AliyunSmsSender sender = sender(Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> sender.sendLoginCode(PHONE, CODE, Duration.ofMinutes(5)))
                    .isInstanceOf(SmsDeliveryException.class)
                    .hasMessageContaining("HTTP 502")
                    .satisfies(this::revealsNothingPersonal);
        }
    }

    @Test
    void okInTheBodyOfAnErrorStatusIsStillAFailure() {
        answer = exchange -> respond(exchange, 500, OK);
        try (AliyunSmsSender sender = sender(Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> sender.sendLoginCode(PHONE, CODE, Duration.ofMinutes(5)))
                    .isInstanceOf(SmsDeliveryException.class)
                    .hasMessageContaining("HTTP 500");
        }
    }

    @Test
    void aProviderThatNeverAnswersTimesOutWithinTheConfiguredTimeout() {
        answer = exchange -> {
            try {
                releaseStalledAnswers.await(); // holds the request open until the test ends
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        Duration timeout = Duration.ofMillis(400);
        try (AliyunSmsSender sender = sender(timeout)) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> sender.sendLoginCode(PHONE, CODE, Duration.ofMinutes(5)))
                    .isInstanceOf(SmsDeliveryException.class)
                    .hasMessageContaining("did not answer within")
                    .satisfies(this::revealsNothingPersonal);
            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            assertThat(waited).isGreaterThanOrEqualTo(timeout.minusMillis(50)).isLessThan(timeout.plusSeconds(1));
        }
        assertThat(received).hasSize(1);
    }

    @Test
    void aProviderThatCannotBeReachedIsAnException() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (AliyunSmsSender sender = sender(URI.create("http://127.0.0.1:" + closedPort), Duration.ofSeconds(2))) {
            assertThatThrownBy(() -> sender.sendLoginCode(PHONE, CODE, Duration.ofMinutes(5)))
                    .isInstanceOf(SmsDeliveryException.class)
                    .hasMessageContaining("could not be reached")
                    .satisfies(this::revealsNothingPersonal);
        }
    }

    @Test
    void sendsOtherCountriesWithTheirCountryCodeAndNoPlus() {
        assertThat(AliyunSmsSender.providerNumber("+8613812345678")).isEqualTo("13812345678");
        assertThat(AliyunSmsSender.providerNumber("+85291234567")).isEqualTo("85291234567");
    }

    private void revealsNothingPersonal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage()))
                    .doesNotContain(NATIONAL)
                    .doesNotContain(CODE)
                    .doesNotContain(SECRET);
        }
    }

    private AliyunSmsSender sender(Duration timeout) {
        return sender(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), timeout);
    }

    private static AliyunSmsSender sender(URI endpoint, Duration timeout) {
        AliyunSmsProperties properties = new AliyunSmsProperties(endpoint, KEY_ID, SECRET, "阳光物业", "SMS_123456789",
                "cn-hangzhou", timeout);
        return new AliyunSmsSender(properties, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** The query as the server reads it; the adapter never emits '+', so form decoding is exact here. */
    private static Map<String, String> decode(String rawQuery) {
        Map<String, String> parameters = new TreeMap<>();
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String previous = parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            assertThat(previous).as("parameter sent twice: " + pair).isNull();
        }
        return parameters;
    }

    /**
     * The check the service makes, written independently of {@link AliyunRpcSignature}: the documentation's Java
     * recipe (URLEncoder, then "+" to "%20", "*" to "%2A", "%7E" to "~") over the received parameters.
     */
    private static String signatureAsTheServiceComputesIt(Map<String, String> received) throws RuntimeException {
        List<String> pairs = new ArrayList<>();
        new TreeMap<>(received).forEach((name, value) -> {
            if (!name.equals("Signature")) {
                pairs.add(specialUrlEncode(name) + "=" + specialUrlEncode(value));
            }
        });
        String stringToSign = "GET&" + specialUrlEncode("/") + "&" + specialUrlEncode(String.join("&", pairs));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((SECRET + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String specialUrlEncode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}
