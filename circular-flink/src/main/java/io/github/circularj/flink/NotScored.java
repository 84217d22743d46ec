package io.github.circularj.flink;

import io.github.circularj.io.LedgerImport;
import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.LedgerReport;
import io.github.circularj.model.lifecycle.RejectedEvent;
import io.github.circularj.model.lifecycle.UnreadableRecord;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongPredicate;
import javax.annotation.Nullable;

/**
 * The jobs' records not scored, as JSON lines: besides the lines the period job cannot place or receives late
 * ({@link PeriodScoringJob#notScored}), every event an item's reading refused and every line it could not read, with
 * the reason, the enterprise, the period (for the period job), the item and either the event's id and instant or the
 * line itself. The scorecards' RECORD-INTEGRITY findings count the same records; this output lists them, so that
 * they can be corrected and submitted again.
 */
final class NotScored {

    private NotScored() {
    }

    /**
     * Writes an item's refused events and unreadable lines, those the predicate keeps (by event time in milliseconds;
     * a line without an instant has {@link Long#MIN_VALUE}).
     *
     * @param read the item read as a one-item file
     * @param body the bytes it was read from: its lines, each followed by a line end (line 2 of the file first)
     */
    static void refusals(LedgerImport read, byte[] body, String enterprise, @Nullable ReportingPeriod period, String itemId,
            LongPredicate inPeriod, Consumer<String> out) {
        LedgerReport report = read.report();
        for (RejectedEvent r : report.rejected()) {
            if (inPeriod.test(r.event().at().toEpochMilli())) {
                out.accept(head("refused: " + r.reason() + ": " + r.message(), enterprise, period, itemId)
                        + ",\"event\":" + PeriodScoringJob.json(r.event().id().toString())
                        + ",\"at\":" + PeriodScoringJob.json(r.event().at().toString()) + "}");
            }
        }
        List<String> lines = lines(body);
        for (UnreadableRecord u : report.unreadable()) {
            int index = (int) u.line() - 2;
            String line = index >= 0 && index < lines.size() ? lines.get(index) : "";
            if (inPeriod.test(PeriodScoringJob.timeOf(line))) {
                out.accept(head("unreadable: " + u.reason(), enterprise, period, itemId)
                        + u.field().map(f -> ",\"field\":" + PeriodScoringJob.json(f)).orElse("")
                        + ",\"line\":" + PeriodScoringJob.json(line) + "}");
            }
        }
        long unlisted = report.rejectedCount() - report.rejected().size() + report.unreadableCount() - report.unreadable().size();
        if (unlisted > 0) {
            out.accept(head("refused or unreadable, not listed: " + unlisted + " more records of the item", enterprise,
                    period, itemId) + "}");
        }
    }

    /** The start of a line: the reason, the enterprise, the period if any, the item; the caller closes it. */
    private static String head(String reason, String enterprise, @Nullable ReportingPeriod period, String itemId) {
        return "{\"notScored\":" + PeriodScoringJob.json(reason) + ",\"enterprise\":" + PeriodScoringJob.json(enterprise)
                + (period == null ? "" : ",\"period\":" + PeriodScoringJob.json(period.toString()))
                + ",\"item\":" + PeriodScoringJob.json(itemId);
    }

    /** The lines of a body (each followed by a line end), decoded (a byte that is not UTF-8 shown as U+FFFD). */
    private static List<String> lines(byte[] body) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < body.length; i++) {
            if (body[i] == '\n') {
                lines.add(new String(body, from, i - from, StandardCharsets.UTF_8));
                from = i + 1;
            }
        }
        return lines;
    }
}
