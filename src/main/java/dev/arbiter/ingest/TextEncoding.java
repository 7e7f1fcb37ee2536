package dev.arbiter.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The character set of a text report (formats doc §0.2): a byte-order mark decides (UTF-8, UTF-16 LE/BE); otherwise
 * strict UTF-8, falling back to Windows-1252 when any byte sequence is not valid UTF-8 (FBA inventory CSVs).
 *
 * @param charset how to decode the text
 * @param bomLength bytes to skip before the text starts
 */
record TextEncoding(Charset charset, int bomLength) {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static TextEncoding of(Path file, byte[] head) throws IOException {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new TextEncoding(StandardCharsets.UTF_8, 3);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new TextEncoding(StandardCharsets.UTF_16LE, 2);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new TextEncoding(StandardCharsets.UTF_16BE, 2);
        }
        return new TextEncoding(isValidUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    private static boolean isValidUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] chunk = new byte[1 << 15];
            int read;
            while ((read = stream.read(chunk)) >= 0) {
                in.put(chunk, 0, read);
                in.flip();
                if (decodeFails(decoder, in, out, false)) {
                    return false;
                }
                in.compact();
            }
            in.flip();
            return !decodeFails(decoder, in, out, true);
        }
    }

    private static boolean decodeFails(CharsetDecoder decoder, ByteBuffer in, CharBuffer out, boolean end) {
        while (true) {
            out.clear();
            CoderResult result = decoder.decode(in, out, end);
            if (result.isError()) {
                return true;
            }
            if (result.isUnderflow()) {
                return end && in.hasRemaining();
            }
        }
    }
}
