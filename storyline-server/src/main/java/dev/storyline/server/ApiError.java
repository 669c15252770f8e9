package dev.storyline.server;

/** A request the API refuses, with the HTTP status that says why; rendered as {"error": ..., "status": ...}. */
final class ApiError extends RuntimeException {
    private final int status;

    ApiError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() { return status; }

    static ApiError badRequest(String message) { return new ApiError(400, message); }

    static ApiError notFound(String message) { return new ApiError(404, message); }
}
