package com.estate.platform.attachment;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file as a download: its detected type, {@code nosniff} so a browser never reinterprets it (an "image"
 * that is really HTML), and {@code Content-Disposition: attachment} with the name both as an ASCII fallback and,
 * for any other characters, as RFC 5987's {@code filename*} (RFC 6266), so 交房验收单.pdf arrives as named.
 */
public final class AttachmentResponses {

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private AttachmentResponses() {
    }

    public static ResponseEntity<InputStreamResource> download(Attachments.Download download) {
        StoredAttachment attachment = download.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .contentLength(attachment.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(attachment.filename()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .body(new InputStreamResource(download.content()));
    }

    /** {@code attachment; filename="..."; filename*=UTF-8''...} for a name {@link Filenames} sanitised. */
    static String contentDisposition(String filename) {
        StringBuilder fallback = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        boolean ascii = true;
        for (byte b : filename.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean attrChar = c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0);
            encoded.append(attrChar ? String.valueOf((char) c) : "%%%02X".formatted(c));
            if (c >= 0x80) {
                ascii = false;
            }
        }
        filename.codePoints().forEach(c -> fallback.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\'
                ? Character.toString(c) : "_"));
        String value = "attachment; filename=\"" + fallback + "\"";
        return ascii ? value : value + "; filename*=UTF-8''" + encoded;
    }
}
