package io.github.circularj.cli;

import io.github.circularj.io.LedgerImport;
import io.github.circularj.io.ReadProgress;
import io.github.circularj.model.lifecycle.LedgerReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of the imports on stderr: on a terminal a live line per file (items read, items per second,
 * percent of the file's bytes), rewritten at most every {@value #INTERVAL_MILLIS} ms and replaced by the
 * file's summary; elsewhere only the summary, one line per file; nothing with {@code --quiet}.
 */
final class Progress {

    /** How progress is shown. */
    enum Mode {
        /** Nothing ({@code --quiet}). */
        NONE,
        /** One summary line per file (stderr is not a terminal). */
        LINES,
        /** A live line per file, then its summary (stderr is a terminal). */
        LIVE
    }

    static final long INTERVAL_MILLIS = 250;

    private final PrintWriter err;
    private final Mode mode;
    private final LongSupplier nanos;

    Progress(PrintWriter err, Mode mode, LongSupplier nanos) {
        this.err = err;
        this.mode = mode;
        this.nanos = nanos;
    }

    /** The mode for a run: none when quiet, live when the JVM has a console, else lines. */
    static Mode mode(boolean quiet) {
        if (quiet) {
            return Mode.NONE;
        }
        return System.console() != null ? Mode.LIVE : Mode.LINES;
    }

    /** Prints a note (not an error), unless quiet. */
    void note(String line) {
        if (mode != Mode.NONE) {
            err.println(line);
            err.flush();
        }
    }

    /** A file being read: the listener to give the reader, and the summary when it is done. */
    final class FileProgress implements ReadProgress {
        private final Path file;
        private final long started = nanos.getAsLong();
        private long lastShown = started;
        private long items;
        private boolean shown;

        FileProgress(Path file) {
            this.file = file;
        }

        @Override
        public void update(long itemsRead, long bytesRead, long totalBytes) {
            items = itemsRead;
            if (mode != Mode.LIVE) {
                return;
            }
            long now = nanos.getAsLong();
            if (now - lastShown < INTERVAL_MILLIS * 1_000_000L) {
                return;
            }
            lastShown = now;
            shown = true;
            double seconds = Math.max(1e-9, (now - started) / 1e9);
            long percent = totalBytes == 0 ? 100 : Math.min(100, bytesRead * 100 / totalBytes);
            err.printf(Locale.ROOT, "\r%s: %,d items, %,.0f items/s, %d %%\u001b[K", file.getFileName(), itemsRead,
                    itemsRead / seconds, percent);
            err.flush();
        }

        /** The number of items read. */
        long items() {
            return items;
        }

        /** Prints the file's summary line. */
        void done(LedgerImport read) {
            if (mode == Mode.NONE) {
                return;
            }
            if (shown) {
                err.print("\r\u001b[K");
            }
            LedgerReport report = read.report();
            double seconds = (nanos.getAsLong() - started) / 1e9;
            err.printf(Locale.ROOT, "%s: %,d items, %,d events accepted, %,d rejected, %,d lines unreadable (%.1f s)%n",
                    file, items, report.accepted(), report.rejectedCount(), report.unreadableCount(), seconds);
            err.flush();
        }
    }

    /** Starts a file. */
    FileProgress start(Path file) {
        return new FileProgress(file);
    }
}
