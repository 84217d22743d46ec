package io.github.circularj.cli;

import io.github.circularj.rules.report.ReportSite;
import io.github.circularj.rules.report.Reports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a report site to {@code --out}, all or nothing. */
final class Output {

    private Output() {
    }

    /**
     * Fails early, before any work, for an output directory that cannot be one (the checks of
     * {@link ReportSite#checkTarget} and a parent that is a file).
     *
     * @throws Failure (I/O) if the path, or a directory above it, is a file, or it holds files of the user's
     */
    static void check(Path out) {
        checkNoFileInTheWay(out);
        try {
            ReportSite.checkTarget(out);
        } catch (IOException e) {
            throw Failure.io("--out " + out + ": " + Inputs.describe(e), e);
        }
    }

    /**
     * Fails for an output directory that is a file, or below a file.
     *
     * @throws Failure (I/O) if it is
     */
    static void checkNoFileInTheWay(Path out) {
        Path at = out.toAbsolutePath().normalize();
        if (Files.exists(at) && !Files.isDirectory(at)) {
            throw Failure.io("--out " + out + " is a file, not a directory; give a directory (created if missing,"
                    + " replaced only if empty or an earlier report site)");
        }
        for (Path p = at.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw Failure.io("--out " + out + ": " + p + " is a file, so no directory can be made in it");
            }
        }
    }

    /**
     * Writes a site with {@link Reports#site}: into a new directory that then replaces {@code out}, so
     * nothing is left half-written.
     *
     * @return the index page
     * @throws Failure (I/O) if it cannot be written
     */
    static Path site(ReportSite site, Path out) {
        check(out);
        try {
            return Reports.site(site, out);
        } catch (IOException e) {
            throw Failure.io("--out " + out + ": cannot write the report site: " + Inputs.describe(e), e);
        }
    }
}
