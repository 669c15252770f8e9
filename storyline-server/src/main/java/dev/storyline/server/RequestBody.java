package dev.storyline.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body up to a limit. The limit is checked on the declared length first and then on the bytes
 * actually read (chunked uploads declare none), so an oversized body is refused before any of it is parsed.
 */
final class RequestBody {
    private RequestBody() {}

    static byte[] read(InputStream in, long declaredLength, long max) {
        if (declaredLength > max) throw tooLarge(max);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declaredLength, 1024), max));
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > max) throw tooLarge(max);
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw ApiError.badRequest("could not read the request body: " + e.getMessage());
        }
        return out.toByteArray();
    }

    private static ApiError tooLarge(long max) {
        return new ApiError(413, "request body is over the limit of " + max + " bytes");
    }
}
