package com.estate.testsupport;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The first bytes of real files of each type, as phones, scanners and encoders write them, and their hashes. */
public final class SampleFiles {

    private SampleFiles() {
    }

    public static byte[] jpeg() {
        return bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01);
    }

    public static byte[] png() {
        return concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D), ascii("IHDR"));
    }

    public static byte[] webp() {
        return concat(ascii("RIFF"), bytes(0x24, 0, 0, 0), ascii("WEBPVP8 "), bytes(0x18, 0, 0, 0));
    }

    /** An iPhone photo: major brand heic. */
    public static byte[] heic() {
        return concat(bytes(0, 0, 0, 0x18), ascii("ftypheic"), bytes(0, 0, 0, 0), ascii("mif1heic"));
    }

    /** A photo whose major brand is the generic mif1, with heic among the compatible brands. */
    public static byte[] heicWithMif1Brand() {
        return concat(bytes(0, 0, 0, 0x1C), ascii("ftypmif1"), bytes(0, 0, 0, 0), ascii("mif1heicmiaf"));
    }

    /** What most phones and ffmpeg write: major brand isom. */
    public static byte[] mp4() {
        return concat(bytes(0, 0, 0, 0x20), ascii("ftypisom"), bytes(0, 0, 2, 0), ascii("isomiso2avc1mp41"));
    }

    public static byte[] mp4WithMp42Brand() {
        return concat(bytes(0, 0, 0, 0x18), ascii("ftypmp42"), bytes(0, 0, 0, 0), ascii("mp42isom"));
    }

    public static byte[] pdf() {
        return ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
    }

    /** A Windows executable (what a ".pdf" from the wrong sender may really be). */
    public static byte[] windowsExecutable() {
        byte[] header = new byte[128];
        header[0] = 'M';
        header[1] = 'Z';
        header[2] = (byte) 0x90;
        byte[] stub = ascii("This program cannot be run in DOS mode.");
        System.arraycopy(stub, 0, header, 78, stub.length);
        return header;
    }

    public static byte[] text() {
        return "这不是图片, just text.\n".getBytes(StandardCharsets.UTF_8);
    }

    /** {@code header} followed by filler up to {@code size} bytes. */
    public static byte[] ofSize(byte[] header, int size) {
        byte[] file = new byte[size];
        System.arraycopy(header, 0, file, 0, Math.min(header.length, size));
        for (int i = header.length; i < size; i++) {
            file[i] = (byte) (i * 31);
        }
        return file;
    }

    /** Hex SHA-256, as the store reports it. */
    public static String sha256(byte[] content) {
        return sha256(new ByteArrayInputStream(content));
    }

    /** Hex SHA-256 of everything the stream yields, read in small pieces. */
    public static String sha256(InputStream content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = content.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
