package io.github.circularj.cli;

/** The exit statuses of {@code circular}, as {@code docs/cli.md} documents them. */
final class ExitCodes {

    /** Success: everything was read and written, and nothing asked to fail the run. */
    static final int OK = 0;
    /** Findings: lines were rejected ({@code validate}), or a subject is below {@code --fail-below}. */
    static final int FINDINGS = 1;
    /** A usage error: an unknown option, command, pack, rule or parameter, a bad value. */
    static final int USAGE = 2;
    /** An input that cannot be read (missing, a directory, not a ledger) or an output that cannot be written. */
    static final int IO = 3;
    /** A defect of circular itself; the message asks for a report with {@code --verbose}. */
    static final int INTERNAL = 4;

    private ExitCodes() {
    }
}
