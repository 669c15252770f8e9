package dev.storyline.extract;

/** A document that holds no usable article; the message says why, for the rejection report. */
public class ExtractionException extends Exception {
    public ExtractionException(String message) {
        super(message);
    }
}
