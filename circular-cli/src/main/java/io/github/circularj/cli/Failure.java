package io.github.circularj.cli;

/**
 * A run that cannot go on, with the exit status it ends with and one line for the user; thrown by the
 * commands and turned into that line on stderr by {@link Circular}.
 */
final class Failure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    private Failure(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    /** A command line that names something that does not exist or cannot work: exit {@value ExitCodes#USAGE}. */
    static Failure usage(String message) {
        return new Failure(ExitCodes.USAGE, message, null);
    }

    /** An input that cannot be read or an output that cannot be written: exit {@value ExitCodes#IO}. */
    static Failure io(String message, Throwable cause) {
        return new Failure(ExitCodes.IO, message, cause);
    }

    /** An input that cannot be read or an output that cannot be written: exit {@value ExitCodes#IO}. */
    static Failure io(String message) {
        return new Failure(ExitCodes.IO, message, null);
    }

    int exitCode() {
        return exitCode;
    }
}
