package io.github.circularj.benchmarks;

import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.rules.RulePack;
import io.github.circularj.rules.blocks.Tally;
import io.github.circularj.rules.pilot.EnterpriseSubject;
import io.github.circularj.rules.pilot.SecondhandPilot;
import java.time.LocalDate;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.StatelessKieSession;

/**
 * The serious peer: the pilot's enterprise pack run with Drools 10 (the classic engine, DRL compiled at run time)
 * the way its documentation shows it: a rule base built from DRL with the public KIE API ({@link KieServices},
 * a {@link KieFileSystem}, a {@link KieBuilder}), the items inserted as facts, one DRL rule
 * per duty whose pattern judges the item and whose consequence counts the judgement.
 *
 * <p>Each DRL rule reads {@code $tally : Tally(inScope > 0) from duties.judge(k, $item)}: the same
 * plain-Java judgement of duty {@code k} as the hand loop and the Easy Rules peer call, so the three compare
 * the engines around equal judgements. A rule base holds a rule for every duty of the pack as of a date;
 * a duty that does not apply to the enterprise (its roles) is held back by {@code eval(duties.applies(k))}.
 * So one rule base serves every enterprise scored as of that date (building it is measured apart).
 *
 * <p>Two ways of running it, as Drools offers: a {@link StatelessKieSession} executed once per item, and one
 * {@link KieSession} into which every item is inserted before the rules fire once. The shares are counted in
 * the consequences into a global collector ({@link Counts}), as in the Easy Rules peer; the per-duty
 * sums and the evidence ids are then turned into findings by the same code as the hand loop's.
 */
public final class DroolsPilot {

    private final KieBase base;
    private final int duties;

    private DroolsPilot(KieBase base, int duties) {
        this.base = base;
        this.duties = duties;
    }

    /**
     * Builds the rule base of the enterprise pack's duties as of a date (DRL compiled at run time).
     *
     * @param subject any enterprise: the duties' number and order do not depend on it
     * @param asOf the as-of date
     * @return the peer, ready to score enterprises as of that date
     */
    public static DroolsPilot build(EnterpriseSubject subject, LocalDate asOf) {
        PilotDuties duties = new PilotDuties(subject, SecondhandPilot.enterprisePack(), asOf);
        String drl = drl(duties);
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        files.write("src/main/resources/io/github/circularj/benchmarks/drl/pilot.drl", drl);
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("the generated DRL does not compile: " + builder.getResults().getMessages());
        }
        KieBase base = services.newKieContainer(builder.getKieModule().getReleaseId()).getKieBase();
        return new DroolsPilot(base, duties.size());
    }

    /** The DRL: one rule per duty, and one that counts each item's events (RECORD-INTEGRITY's accepted). */
    static String drl(PilotDuties duties) {
        StringBuilder s = new StringBuilder();
        s.append("package io.github.circularj.benchmarks.drl;\n\n")
                .append("import ").append(Lifecycle.class.getName()).append(";\n")
                .append("import ").append(Tally.class.getName()).append(";\n\n")
                .append("global ").append(Duties.class.getCanonicalName()).append(" duties;\n")
                .append("global ").append(Counts.class.getCanonicalName()).append(" counts;\n\n");
        for (int k = 0; k < duties.size(); k++) {
            s.append("rule \"").append(duties.rule(k).id()).append(" #").append(k).append(" (")
                    .append(duties.term(k).label().replace("\"", "'")).append(")\"\n")
                    .append("when\n")
                    .append("    eval(duties.applies(").append(k).append("))\n")
                    .append("    $item : Lifecycle()\n")
                    .append("    $tally : Tally(inScope > 0) from duties.judge(").append(k).append(", $item)\n")
                    .append("then\n")
                    .append("    counts.add(").append(k).append(", $tally, $item);\n")
                    .append("end\n\n");
        }
        s.append("rule \"events\"\nwhen\n    $item : Lifecycle()\nthen\n    counts.events($item);\nend\n");
        return s.toString();
    }

    /**
     * Scores one enterprise with a stateless session executed once per item.
     *
     * @param subject the enterprise
     * @param asOf the as-of date, the one the rule base was built for
     * @return the findings
     */
    public PilotFindings scoreStateless(EnterpriseSubject subject, LocalDate asOf) {
        RulePack<EnterpriseSubject, Lifecycle> pack = SecondhandPilot.enterprisePack();
        PilotDuties bound = bind(subject, pack, asOf);
        Counts counts = new Counts(bound);
        StatelessKieSession session = base.newStatelessKieSession();
        session.setGlobal("duties", new Duties(bound));
        session.setGlobal("counts", counts);
        for (Lifecycle item : subject.ledger()) {
            session.execute(item);
        }
        return counts.tallies.finish(subject, bound, pack, asOf);
    }

    /**
     * Scores one enterprise with one stateful session: every item inserted, then the rules fired once.
     *
     * @param subject the enterprise
     * @param asOf the as-of date, the one the rule base was built for
     * @return the findings
     */
    public PilotFindings scoreStateful(EnterpriseSubject subject, LocalDate asOf) {
        RulePack<EnterpriseSubject, Lifecycle> pack = SecondhandPilot.enterprisePack();
        PilotDuties bound = bind(subject, pack, asOf);
        Counts counts = new Counts(bound);
        KieSession session = base.newKieSession();
        try {
            session.setGlobal("duties", new Duties(bound));
            session.setGlobal("counts", counts);
            for (Lifecycle item : subject.ledger()) {
                session.insert(item);
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return counts.tallies.finish(subject, bound, pack, asOf);
    }

    private PilotDuties bind(EnterpriseSubject subject, RulePack<EnterpriseSubject, Lifecycle> pack, LocalDate asOf) {
        PilotDuties bound = new PilotDuties(subject, pack, asOf);
        if (bound.size() != duties) {
            throw new IllegalArgumentException("the rule base has " + duties + " duties and the enterprise "
                    + bound.size() + " as of " + asOf + ": build the peer for the same as-of date");
        }
        return bound;
    }

    /** The duties bound to one enterprise, as the DRL's global {@code duties} (public: DRL code calls it). */
    public static final class Duties {
        private final PilotDuties duties;

        Duties(PilotDuties duties) {
            this.duties = duties;
        }

        /**
         * Whether duty {@code k} applies to the enterprise.
         *
         * @param k the duty
         * @return true if it applies
         */
        public boolean applies(int k) {
            return duties.applies(k);
        }

        /**
         * The judgement of one item for duty {@code k}.
         *
         * @param k the duty
         * @param item the item's history
         * @return its tally
         */
        public Tally judge(int k, Lifecycle item) {
            return duties.judge(k, item);
        }
    }

    /** The counts, as the DRL's global {@code counts} (public: DRL code calls it). Not thread-safe. */
    public static final class Counts {
        private final Tallies tallies;

        Counts(PilotDuties duties) {
            this.tallies = new Tallies(duties);
        }

        /**
         * Adds one item's tally for duty {@code k}.
         *
         * @param k the duty
         * @param tally the tally
         * @param item the item
         */
        public void add(int k, Tally tally, Lifecycle item) {
            tallies.add(k, tally, item);
        }

        /**
         * Counts an item's events.
         *
         * @param item the item
         */
        public void events(Lifecycle item) {
            tallies.events(item);
        }
    }
}
