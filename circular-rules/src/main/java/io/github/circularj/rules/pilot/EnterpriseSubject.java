package io.github.circularj.rules.pilot;

import io.github.circularj.model.ReportingPeriod;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.LedgerReport;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.rules.Subject;
import io.github.circularj.rules.blocks.Window;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A pilot enterprise as the enterprise pack scores it: the enterprise (its roles decide which rules
 * apply), its declared {@link EnterpriseProfile} (record retention) and its {@link Ledger} of item
 * lifecycles for one reporting period (the records, streamed once per evaluation).
 *
 * <p>An event counts for the period when its instant falls on a day of the ledger's
 * {@link ReportingPeriod} in {@link #ZONE} (China Standard Time), the zone in which the pilot's
 * operators keep their books.
 *
 * <p>This class is immutable and thread-safe (the ledger's records are read, never changed).
 */
public final class EnterpriseSubject implements Subject<Lifecycle> {

    /** The zone in which event instants are assigned to days of the reporting period: Asia/Shanghai. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Enterprise enterprise;
    private final EnterpriseProfile profile;
    private final Ledger ledger;
    private final Window window;

    private EnterpriseSubject(Enterprise enterprise, EnterpriseProfile profile, Ledger ledger) {
        this.enterprise = enterprise;
        this.profile = profile;
        this.ledger = ledger;
        this.window = Window.of(ledger.period(), ZONE);
    }

    /**
     * Obtains the subject of an enterprise with its profile and ledger.
     *
     * @param enterprise the enterprise, not null
     * @param profile what the enterprise declares, not null; {@link EnterpriseProfile#UNDECLARED} if nothing
     * @param ledger the enterprise's ledger for the reporting period, not null, of the same enterprise
     * @return the subject
     * @throws IllegalArgumentException if the ledger belongs to another enterprise
     */
    public static EnterpriseSubject of(Enterprise enterprise, EnterpriseProfile profile, Ledger ledger) {
        Objects.requireNonNull(enterprise, "enterprise");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(ledger, "ledger");
        if (!ledger.enterprise().equals(enterprise)) {
            throw new IllegalArgumentException("ledger \"" + ledger + "\" belongs to enterprise \""
                    + ledger.enterprise().creditCode() + "\", not to \"" + enterprise.creditCode()
                    + "\"; an enterprise is scored on its own ledger");
        }
        return new EnterpriseSubject(enterprise, profile, ledger);
    }

    /**
     * Obtains the subject of a ledger's enterprise with its profile.
     *
     * @param ledger the ledger, not null; its enterprise is the subject
     * @param profile what the enterprise declares, not null
     * @return the subject
     */
    public static EnterpriseSubject of(Ledger ledger, EnterpriseProfile profile) {
        Objects.requireNonNull(ledger, "ledger");
        return of(ledger.enterprise(), profile, ledger);
    }

    /**
     * Obtains the subject of a built ledger's enterprise with its profile; the ledger carries the builder's
     * report, so RECORD-INTEGRITY sees every rejected event (the same as {@code of(result.ledger(), profile)}).
     *
     * @param result what a ledger builder or an import returned, not null
     * @param profile what the enterprise declares, not null
     * @return the subject
     */
    public static EnterpriseSubject of(Ledger.Result result, EnterpriseProfile profile) {
        Objects.requireNonNull(result, "result");
        Ledger ledger = result.ledger().report().isPresent() ? result.ledger() : result.ledger().withReport(result.report());
        return of(ledger, profile);
    }

    /**
     * Returns the report of the records submitted for the ledger, if it was built from submitted records.
     *
     * @return the ledger's report; empty for a ledger made from validated lifecycles
     */
    public Optional<LedgerReport> report() {
        return ledger.report();
    }

    /**
     * Returns the number of events of an item's history: the accepted submissions it holds.
     *
     * @param record an item's lifecycle, not null
     * @return its number of events
     */
    @Override
    public long acceptedIn(Lifecycle record) {
        return record.events().size();
    }

    /**
     * Returns the enterprise.
     *
     * @return the enterprise
     */
    public Enterprise enterprise() {
        return enterprise;
    }

    /**
     * Returns the enterprise's declared profile.
     *
     * @return the profile
     */
    public EnterpriseProfile profile() {
        return profile;
    }

    /**
     * Returns the ledger.
     *
     * @return the ledger
     */
    public Ledger ledger() {
        return ledger;
    }

    /**
     * Returns the reporting period of the ledger.
     *
     * @return the period
     */
    public ReportingPeriod period() {
        return ledger.period();
    }

    /**
     * Returns the reporting period read in {@link #ZONE}: which instants fall on its days.
     *
     * @return the window
     */
    public Window window() {
        return window;
    }

    /**
     * Returns the enterprise's unified social credit code.
     *
     * @return the credit code as text
     */
    @Override
    public String id() {
        return enterprise.creditCode().toString();
    }

    /**
     * Returns the enterprise's name.
     *
     * @return the name
     */
    @Override
    public String name() {
        return enterprise.name();
    }

    /**
     * Returns the ledger's lifecycles, a fresh stream on each call.
     *
     * @return the lifecycles
     */
    @Override
    public Stream<Lifecycle> records() {
        return ledger.lifecycles();
    }

    /**
     * Returns the subject as text, e.g. {@code "91330100MA27XK1A0L (Example Trading Co.) 2025-01-01/2026-01-01"}.
     *
     * @return the subject as text
     */
    @Override
    public String toString() {
        return id() + " (" + name() + ") " + ledger.period();
    }
}
