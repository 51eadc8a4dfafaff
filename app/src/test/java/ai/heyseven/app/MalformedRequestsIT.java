package ai.heyseven.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Requests the fault harness's fuzzing found answered with a 500, an HTML page, no body, or a body that is not UTF-8. */
@DisplayName("Malformed HTTP gets problem+json in UTF-8, whichever layer refuses it")
class MalformedRequestsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static HttpFixture http;

    @BeforeAll
    static void start() {
        http = new HttpFixture(Map.of());
    }

    @AfterAll
    static void stop() {
        http.close();
    }

    @Test
    void aContentTypeOfSeparatorsOnlyIsUnsupportedNotAnInternalError() throws Exception {
        HttpResponse<byte[]> response = http.client().send(HttpRequest.newBuilder(http.uri("/v1/chat"))
                .header("Content-Type", ";;;").header("X-API-Key", HttpFixture.KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertProblem(415, response.headers().firstValue("Content-Type").orElse(""), response.body());
    }

    @Test
    void aProblemEchoingNonAsciiInputIsValidUtf8() throws Exception {
        HttpResponse<byte[]> response = http.client().send(HttpRequest.newBuilder(http.uri("/v1/feedback"))
                .header("Content-Type", "application/json").header("X-API-Key", HttpFixture.KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"thread_id\":\"té-寿司\",\"rating\":5}")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        JsonNode problem = assertProblem(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        assertTrue(response.statusCode() == 400 || response.statusCode() == 404, problem.toString());
    }

    static Stream<Arguments> refusedByJetty() {
        return Stream.of(
                Arguments.of("two Content-Lengths", "POST /v1/chat HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}"),
                Arguments.of("a garbage Content-Length", "POST /v1/chat HTTP/1.1\r\nHost: h\r\nContent-Length: ab\r\n\r\n"),
                Arguments.of("a NUL in the path", "GET /v1/chat%00 HTTP/1.1\r\nHost: h\r\n\r\n"),
                Arguments.of("a path climbing out", "GET /page/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: h\r\n\r\n"),
                Arguments.of("an unknown HTTP version", "GET /health HTTP/9.9\r\nHost: h\r\n\r\n"),
                Arguments.of("chunked and a length",
                        "POST /v1/chat HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n0\r\n\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedByJetty")
    void jettysOwnRefusalsAreProblems(String what, String request) throws IOException {
        Raw raw = raw(request.getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(raw.status() >= 400 && raw.status() < 600, what + ": " + raw.head());
        assertTrue(raw.status() != 500, what + ": " + raw.head());
        assertProblem(raw.status(), raw.header("Content-Type"), raw.body());
    }

    @Test
    void headersTooLargeAreAProblem() throws IOException {
        Raw raw = raw(("GET /health HTTP/1.1\r\nHost: h\r\nX-Big: " + "a".repeat(70_000) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        assertEquals(431, raw.status(), raw.head());
        assertProblem(431, raw.header("Content-Type"), raw.body());
    }

    private static JsonNode assertProblem(int status, String contentType, byte[] body) throws IOException {
        assertEquals("application/problem+json", contentType.split(";")[0].strip(), "status " + status);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("the problem is not UTF-8", e);
        }
        JsonNode problem = JSON.readTree(text);
        assertEquals(status, problem.get("status").asInt(), text);
        assertTrue(problem.get("type").asText().startsWith("https://heyseven.ai/problems/"), text);
        assertTrue(problem.hasNonNull("title"), text);
        return problem;
    }

    /** One request over a raw socket, for what the JDK's client refuses to send; the answer read until the server closes. */
    private static Raw raw(byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", http.server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return Raw.of(all.toByteArray());
        }
    }

    private record Raw(String head, byte[] body) {
        static Raw of(byte[] response) {
            String text = new String(response, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(response, end + 4, response.length);
            if (head.lines().anyMatch(line -> line.toLowerCase().startsWith("transfer-encoding: chunked"))) {
                body = dechunk(body);
            }
            return new Raw(head, body);
        }

        int status() {
            return Integer.parseInt(head.split(" ", 3)[1]);
        }

        String header(String name) {
            return head.lines().filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(line -> line.substring(name.length() + 1).strip()).findFirst().orElse("");
        }

        private static byte[] dechunk(byte[] chunked) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = 0;
            while (at < chunked.length) {
                int lineEnd = new String(chunked, StandardCharsets.ISO_8859_1).indexOf("\r\n", at);
                int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip(), 16);
                if (size == 0) {
                    break;
                }
                out.write(chunked, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
            return out.toByteArray();
        }
    }
}
