package io.github.circularj.rules.platform;

import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.model.platform.PlatformRecords;
import io.github.circularj.model.platform.PlatformRecords.SellerActivity;
import io.github.circularj.rules.Subject;
import io.github.circularj.rules.blocks.Window;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A platform operator as the platform pack scores it: the platform, its declared profile, and its records of a
 * reporting period, one record per seller ({@link SellerActivity}), with the report of the records refused (so
 * that RECORD-INTEGRITY sees them).
 *
 * <p>A platform that also buys in and resells under its own name is a dealer too: score its ledger with the
 * enterprise pack as well (see {@code docs/policy.md}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlatformSubject implements Subject<SellerActivity> {

    private final PlatformRecords records;
    private final PlatformRecords.Report report;
    private final EnterpriseProfile profile;
    private final Window window;

    private PlatformSubject(PlatformRecords records, PlatformRecords.Report report, EnterpriseProfile profile) {
        this.records = records;
        this.report = report;
        this.profile = profile;
        this.window = Window.of(records.period(), PlatformOperator.ZONE);
    }

    /**
     * Obtains the subject of a platform's records, with the report of what was refused.
     *
     * @param read the records and their report, not null
     * @param profile the platform's declared profile, not null
     * @return the subject
     */
    public static PlatformSubject of(PlatformRecords.Result read, EnterpriseProfile profile) {
        Objects.requireNonNull(read, "read");
        return new PlatformSubject(read.records(), read.report(), Objects.requireNonNull(profile, "profile"));
    }

    /**
     * Returns the platform operator.
     *
     * @return the enterprise
     */
    public Enterprise platform() {
        return records.platform();
    }

    /**
     * Returns the declared profile.
     *
     * @return the profile
     */
    public EnterpriseProfile profile() {
        return profile;
    }

    /**
     * Returns the records.
     *
     * @return the records accepted
     */
    public PlatformRecords platformRecords() {
        return records;
    }

    /**
     * Returns the report of the records submitted.
     *
     * @return the report
     */
    public PlatformRecords.Report report() {
        return report;
    }

    /**
     * Returns the reporting period.
     *
     * @return the period
     */
    public ReportingPeriod period() {
        return records.period();
    }

    /**
     * Returns the reporting period read in {@link PlatformOperator#ZONE}.
     *
     * @return the window
     */
    public Window window() {
        return window;
    }

    /**
     * Returns the platform's credit code.
     *
     * @return the id
     */
    @Override
    public String id() {
        return records.platform().creditCode().toString();
    }

    /**
     * Returns the platform's name.
     *
     * @return the name
     */
    @Override
    public String name() {
        return records.platform().name();
    }

    /**
     * Returns each seller with its listings and transactions, a fresh stream on each call.
     *
     * @return the sellers
     */
    @Override
    public Stream<SellerActivity> records() {
        return records.sellers();
    }

    /**
     * Returns the subject as text.
     *
     * @return the records' text
     */
    @Override
    public String toString() {
        return records.toString();
    }
}
