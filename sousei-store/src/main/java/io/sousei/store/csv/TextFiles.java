package io.sousei.store.csv;

import io.sousei.importing.ImportIssue;
import io.sousei.importing.ImportRejectedException;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

/** Opens text input files: gzip by its magic bytes, strict UTF-8 with a clear report of other encodings. */
public final class TextFiles {

    private static final List<String> LIKELY_ENCODINGS = List.of("Big5", "Shift_JIS", "EUC-JP", "windows-1252");

    private TextFiles() {}

    /** Whether the file starts with the gzip magic bytes. */
    public static boolean isGzip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1f && in.read() == 0x8b;
        }
    }

    /** The decompressed bytes of a file, gzipped or not. */
    public static InputStream openBytes(Path file) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return isGzip(file) ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw;
    }

    /** A reader that fails on any byte sequence that is not UTF-8, instead of replacing it. */
    public static Reader openUtf8(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(openBytes(file), decoder), 1 << 16);
    }

    /**
     * The issue to report for a file that is not UTF-8: names the encoding it most likely is in and how to
     * convert it.
     */
    public static ImportIssue notUtf8(Path file, long line) {
        String guess = guessEncoding(file);
        String hint = guess == null
                ? "save the file as UTF-8"
                : "it looks like " + guess + "; convert it, e.g. iconv -f " + guess.toUpperCase() + " -t UTF-8 "
                        + file.getFileName() + " > fixed.csv";
        return new ImportIssue(file.toString(), line, "", "the file is not valid UTF-8", hint);
    }

    /** Reads a whole (possibly gzipped) file as UTF-8, rejecting other encodings. */
    public static String readUtf8(Path file) throws IOException {
        byte[] bytes;
        try (InputStream in = openBytes(file)) {
            bytes = in.readAllBytes();
        }
        try {
            var decoder = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ImportRejectedException.of(notUtf8(file, 0));
        }
    }

    private static String guessEncoding(Path file) {
        byte[] head;
        try (InputStream in = openBytes(file)) {
            head = in.readNBytes(1 << 16);
        } catch (IOException e) {
            return null;
        }
        for (String name : LIKELY_ENCODINGS) {
            try {
                Charset.forName(name)
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(trimPartial(head)));
                return name;
            } catch (CharacterCodingException | RuntimeException e) {
                // not this one
            }
        }
        return null;
    }

    /** Drops a trailing partial line so that a cut multi-byte character does not spoil the guess. */
    private static byte[] trimPartial(byte[] head) {
        for (int i = head.length - 1; i >= 0; i--) {
            if (head[i] == '\n') {
                return java.util.Arrays.copyOf(head, i + 1);
            }
        }
        return head;
    }
}
