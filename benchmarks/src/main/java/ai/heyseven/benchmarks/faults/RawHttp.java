package ai.heyseven.benchmarks.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, byte for byte as given: what the JDK's client refuses to send
 * (lying or doubled Content-Length, bad bytes in headers, odd methods, broken chunking). One
 * request per connection ({@code Connection: close} is the caller's to send); the answer is read
 * to the end of the stream, at most {@link #MAX_RESPONSE} bytes and {@code timeoutMillis}.
 */
final class RawHttp {
    static final int MAX_RESPONSE = 4 << 20;

    /** A request as bytes on the wire, and whether to half-close after it (a body shorter than its Content-Length). */
    record Request(String label, int port, String method, String target, byte[] wire, boolean halfClose) { }

    /** What came back: a status (0 when none), lower-cased headers, the body (de-chunked), or how the exchange failed. */
    record Response(int status, List<String[]> headers, byte[] body, String failure) {
        String header(String name) {
            return headers.stream().filter(h -> h[0].equals(name)).map(h -> h[1]).findFirst().orElse(null);
        }

        long headerCount(String name) {
            return headers.stream().filter(h -> h[0].equals(name)).count();
        }
    }

    private RawHttp() {
    }

    static Response exchange(Request request, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", request.port()), 2_000);
            socket.setSoTimeout(timeoutMillis);
            String writeFailure = null;
            try {
                OutputStream out = socket.getOutputStream();
                out.write(request.wire());
                out.flush();
                if (request.halfClose()) {
                    socket.shutdownOutput();
                }
            } catch (IOException e) {
                // the server may refuse a large body early (413) and close: its answer can still be there to read
                writeFailure = "write: " + e.getClass().getSimpleName();
            }
            byte[] raw;
            try {
                raw = readAll(socket.getInputStream(), System.nanoTime() + timeoutMillis * 1_000_000L);
            } catch (SocketTimeoutException e) {
                return new Response(0, List.of(), new byte[0], "timeout");
            } catch (IOException e) {
                return new Response(0, List.of(), new byte[0], (writeFailure != null ? writeFailure + ", then " : "") + "read: "
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
            }
            return parse(raw, writeFailure);
        } catch (IOException e) {
            return new Response(0, List.of(), new byte[0], "connect: " + e.getClass().getSimpleName());
        }
    }

    private static byte[] readAll(InputStream in, long deadline) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[16_384];
        for (int n; (n = in.read(buffer)) != -1; ) {
            all.write(buffer, 0, n);
            if (all.size() > MAX_RESPONSE || System.nanoTime() > deadline) {
                throw new SocketTimeoutException("response too long or too slow");
            }
        }
        return all.toByteArray();
    }

    private static Response parse(byte[] raw, String writeFailure) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
        if (end < 0) {
            return new Response(0, List.of(), raw, raw.length == 0 ? (writeFailure != null ? writeFailure + ", no answer" : "empty answer")
                    : "no header end");
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        int status = statusLine.length >= 2 && statusLine[1].matches("\\d{3}") ? Integer.parseInt(statusLine[1]) : 0;
        List<String[]> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(new String[] {lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip()});
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        boolean chunked = headers.stream().anyMatch(h -> h[0].equals("transfer-encoding") && h[1].toLowerCase(Locale.ROOT).contains("chunked"));
        return new Response(status, headers, chunked ? dechunk(body) : body, status == 0 ? "bad status line: " + lines[0] : null);
    }

    /** The body of a chunked message; what cannot be parsed is kept as it came. */
    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(chunked, new byte[] {'\r', '\n'}, at);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).replaceFirst(";.*", "").strip();
            int length;
            try {
                length = Integer.parseInt(size, 16);
            } catch (NumberFormatException e) {
                return chunked;
            }
            if (length == 0 || lineEnd + 2 + length > chunked.length) {
                break;
            }
            out.write(chunked, lineEnd + 2, length);
            at = lineEnd + 2 + length + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
