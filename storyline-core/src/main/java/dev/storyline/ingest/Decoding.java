package dev.storyline.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text without silent mojibake: a byte-order mark wins, then valid UTF-8, then a declared charset (HTTP
 * header, else HTML meta; the meta also when the header's does not fit the bytes) if the bytes really decode in
 * it, then windows-1252 for mostly-ASCII text with a few stray high bytes; anything else is refused with the reason.
 */
final class Decoding {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private Decoding() {}

    /** Thrown with a reason a person can act on. */
    static final class UndecodableException extends Exception {
        UndecodableException(String message) {
            super(message);
        }
    }

    static String decode(byte[] bytes, String declared, boolean html) throws UndecodableException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return strict(bytes, 3, StandardCharsets.UTF_8);
        if (startsWith(bytes, 0xFE, 0xFF)) return strict(bytes, 2, StandardCharsets.UTF_16BE);
        if (startsWith(bytes, 0xFF, 0xFE)) return strict(bytes, 2, StandardCharsets.UTF_16LE);
        String meta = html ? metaLabel(bytes) : null;
        Charset charset = charset(declared != null ? declared : meta);
        // Valid UTF-8 with multi-byte sequences is almost never a legacy page by chance, while pages labelled
        // windows-1251 or latin-1 that are really UTF-8 are common: such bytes are read as UTF-8 whatever the label.
        if (charset != null && asciiCompatible(charset) && highByteShare(bytes) > 0) {
            try {
                return strict(bytes, 0, StandardCharsets.UTF_8);
            } catch (UndecodableException e) {
                // not UTF-8: the declared charset below is the better guess
            }
        }
        if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
            try {
                return strict(bytes, 0, charset);
            } catch (UndecodableException e) {
                // the label lies; UTF-8 below may still read it, otherwise the UTF-8 error is the one reported
            }
        }
        Charset metaCharset = declared != null ? charset(meta) : null;
        if (metaCharset != null && !metaCharset.equals(charset) && !metaCharset.equals(StandardCharsets.UTF_8)) {
            // the HTTP header (an archive's, a server's) does not fit the bytes: the page's own meta is the next witness
            try {
                return strict(bytes, 0, metaCharset);
            } catch (UndecodableException e) {
                // that lies too: UTF-8 and the legacy fallback below decide
            }
        }
        try {
            return strict(bytes, 0, StandardCharsets.UTF_8);
        } catch (UndecodableException e) {
            // last resort: a mostly-ASCII text with a few stray high bytes is a legacy Western page (mislabelled
            // or unlabelled); anything with more is refused rather than turned into mojibake
            if (highByteShare(bytes) <= LEGACY_MAX_HIGH_SHARE) return strict(bytes, 0, Charset.forName("windows-1252"));
            if (charset != null && !charset.equals(StandardCharsets.UTF_8)) {
                throw new UndecodableException("bytes are neither valid " + charset.name() + " (as declared) nor UTF-8");
            }
            throw e;
        }
    }

    static final double LEGACY_MAX_HIGH_SHARE = 0.05;

    private static String metaLabel(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static boolean asciiCompatible(Charset charset) {
        return "Title <>".equals(new String("Title <>".getBytes(StandardCharsets.US_ASCII), charset));
    }

    private static double highByteShare(byte[] bytes) {
        int high = 0;
        for (byte b : bytes) if ((b & 0x80) != 0) high++;
        return bytes.length == 0 ? 0 : high / (double) bytes.length;
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws UndecodableException {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new UndecodableException("not valid " + charset.name() + " text (" + e.getMessage() + ")");
        }
    }

    private static Charset charset(String label) {
        if (label == null) return null;
        try {
            return Charset.forName(label.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    /** Binary content: NUL bytes or many control characters in the first few kilobytes. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) return false;
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
        }
        return n > 0 && control > n / 20;
    }
}
