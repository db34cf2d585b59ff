package org.sublattice.api;

/**
 * A problem with what the user gave (a pipeline value, a model file, a structure file), as
 * opposed to a bug. The host prints the message without a stack trace and exits with code 2.
 * Messages name the offending value and, where known, the file and line.
 */
public class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
