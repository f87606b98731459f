package com.estate.platform.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * The media type of a file from its first bytes only: tika-core's magic patterns (no parsers, no file name, no
 * declared type, so a client cannot talk its way past the accepted types), completed by {@link IsoMediaBrands}
 * for the HEIC and MP4 brands tika-core does not know.
 */
public class ContentTypeDetector {

    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();

    /** How many leading bytes {@link #detect} needs to see. */
    public int headerLength() {
        return Math.max(types.getMinLength(), 64);
    }

    /** @return e.g. {@code application/pdf}; {@code application/octet-stream} when nothing matches */
    public String detect(byte[] header) {
        return IsoMediaBrands.detect(header).orElseGet(() -> tika(header));
    }

    private String tika(byte[] header) {
        try {
            return types.detect(new ByteArrayInputStream(header), new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail to read
        }
    }
}
