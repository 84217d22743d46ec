package io.github.circularj.cli;

import picocli.CommandLine.Option;

/** The options every command has besides {@code --help} and {@code --version}. */
final class Common {

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on stderr but errors: no progress, no notes.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Print the stack trace of an error.")
    boolean verbose;
}
