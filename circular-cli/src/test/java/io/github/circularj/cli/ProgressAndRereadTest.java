package io.github.circularj.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.circularj.io.LedgerReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The live progress line on a terminal, and a file that fails when it is read again while scored. */
class ProgressAndRereadTest {

    @Test
    void onATerminalTheLineShowsItemsRateAndPercentAtMostFourTimesASecondThenTheSummary() throws IOException {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        Progress progress = new Progress(new PrintWriter(err, true), Progress.Mode.LIVE, now::get);
        Path file = Cli.sampleFiles().get(0);
        Progress.FileProgress shown = progress.start(file);
        now.set(100_000_000L); // 0.1 s: too soon to show anything
        shown.update(10, 1_000, 4_000);
        assertThat(err.toString()).isEmpty();
        now.set(500_000_000L); // 0.5 s
        shown.update(1_000, 2_000, 4_000);
        assertThat(err.toString()).isEqualTo("\r" + file.getFileName() + ": 1,000 items, 2,000 items/s, 50 %\u001b[K");
        now.set(600_000_000L); // 0.1 s later: not shown
        shown.update(1_100, 3_000, 4_000);
        assertThat(err.toString()).doesNotContain("1,100");
        var read = LedgerReader.defaults().read(file);
        shown.done(read);
        assertThat(err.toString()).endsWith("\r\u001b[K" + file + ": 1,100 items, " + String.format("%,d", read.report()
                .accepted()) + " events accepted, 0 rejected, 0 lines unreadable (0.6 s)" + System.lineSeparator());
    }

    @Test
    void elsewhereOnlyTheSummaryAndWhenQuietNothing() throws IOException {
        Path file = Cli.sampleFiles().get(0);
        for (Progress.Mode mode : new Progress.Mode[] {Progress.Mode.LINES, Progress.Mode.NONE}) {
            StringWriter err = new StringWriter();
            Progress progress = new Progress(new PrintWriter(err, true), mode, () -> 2_000_000_000L);
            Progress.FileProgress shown = progress.start(file);
            shown.update(200, 10, 10);
            var read = LedgerReader.defaults().read(file);
            shown.done(read);
            progress.note("a note");
            assertThat(err.toString()).isEqualTo(mode == Progress.Mode.NONE ? ""
                    : file + ": 200 items, " + String.format("%,d", read.report().accepted())
                            + " events accepted, 0 rejected, 0 lines unreadable (0.0 s)"
                            + System.lineSeparator() + "a note" + System.lineSeparator());
        }
        assertThat(Progress.mode(true)).isEqualTo(Progress.Mode.NONE);
    }

    @Test
    void aFileThatFailsWhenReadAgainIsUnreadableInputNotAnInternalError() {
        assertThatThrownBy(() -> Inputs.rereading(() -> {
            throw new UncheckedIOException(new java.nio.file.NoSuchFileException("gone.jsonl"));
        })).isInstanceOf(Failure.class).hasMessageContaining("could not be read again").hasMessageContaining("gone.jsonl")
                .satisfies(e -> assertThat(((Failure) e).exitCode()).isEqualTo(3));
        assertThatThrownBy(() -> Inputs.rereading(() -> {
            throw new IllegalStateException("gone.jsonl changed between passes");
        })).isInstanceOf(Failure.class).hasMessage("a file changed while it was scored: gone.jsonl changed between passes")
                .satisfies(e -> assertThat(((Failure) e).exitCode()).isEqualTo(3));
        assertThat(Inputs.rereading(() -> 42)).isEqualTo(42);
    }
}
