package com.estate.platform.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises HEIC photos and MP4 videos by their ISO base media {@code ftyp} box, where tika-core's magic falls
 * short: it knows MP4 only by the brands {@code mp41}/{@code mp42}, not by {@code isom}, {@code iso2..6},
 * {@code avc1} or {@code dash} that most phones and encoders write (it answers {@code application/octet-stream}
 * or {@code video/quicktime} then), and a HEIC photo whose major brand is {@code mif1} with {@code heic} among
 * the compatible brands (common on phones) as {@code image/heif}. The box: a 4-byte size, {@code ftyp}, the major
 * brand, a 4-byte minor version, then compatible brands of 4 bytes each up to the box's size.
 */
final class IsoMediaBrands {

    static final String HEIC = "image/heic";
    static final String MP4 = "video/mp4";

    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "heim", "heis");
    private static final Set<String> HEIF_BRANDS = Set.of("mif1", "msf1");
    private static final Set<String> MP4_BRANDS = Set.of("isom", "iso2", "iso3", "iso4", "iso5", "iso6", "mp41",
            "mp42", "avc1", "dash", "mmp4", "MSNV");

    private IsoMediaBrands() {
    }

    static Optional<String> detect(byte[] header) {
        if (header.length < 12 || !"ftyp".equals(ascii(header, 4))) {
            return Optional.empty();
        }
        String major = ascii(header, 8);
        if (HEIC_BRANDS.contains(major) || (HEIF_BRANDS.contains(major) && compatibleHeic(header))) {
            return Optional.of(HEIC);
        }
        return MP4_BRANDS.contains(major) ? Optional.of(MP4) : Optional.empty();
    }

    private static boolean compatibleHeic(byte[] header) {
        long boxSize = ((header[0] & 0xFFL) << 24) | ((header[1] & 0xFF) << 16) | ((header[2] & 0xFF) << 8)
                | (header[3] & 0xFF);
        int end = (int) Math.min(boxSize, header.length);
        for (int offset = 16; offset + 4 <= end; offset += 4) {
            if (HEIC_BRANDS.contains(ascii(header, offset))) {
                return true;
            }
        }
        return false;
    }

    private static String ascii(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.ISO_8859_1);
    }
}
