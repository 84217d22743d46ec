package io.github.circularj.rules.tradein;

import io.github.circularj.model.lifecycle.CollectionChannel;
import io.github.circularj.model.lifecycle.Ledger;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.SoldNew;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.product.ItemId;
import io.github.circularj.model.subsidy.TradeInLink;
import io.github.circularj.rules.blocks.Window;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A retailer as the trade-in pack scores it: the subsidy claims of its ledger, each sale with a claim whose day
 * falls in the ledger's reporting period (in {@link TradeInProgramme#ZONE}) being one record.
 *
 * <p>Each claim that links an old item carries that item's history, looked up in the same ledger (the retailer
 * collected it). To join them in a ledger that streams from a file, {@link #records()} reads the ledger twice:
 * once to keep the histories of the items collected by trade-in, then once for the claims. Memory therefore
 * grows with the number of items collected by trade-in in the period, not with the rest of the ledger.
 *
 * <p>Build it from a ledger, such as the one {@code circular-io}'s {@code LedgerReader} reads:
 * {@code RetailerSubject.of(LedgerReader.defaults().read(path).ledger())}.
 *
 * <p>This class is immutable and thread-safe (the ledger is read, never changed).
 */
public final class RetailerSubject implements TradeInSubject {

    private final Ledger ledger;
    private final Window window;

    private RetailerSubject(Ledger ledger) {
        this.ledger = ledger;
        this.window = Window.of(ledger.period(), TradeInProgramme.ZONE);
    }

    /**
     * Obtains the subject of a retailer's ledger.
     *
     * @param ledger the ledger, not null; its enterprise is the retailer
     * @return the subject
     */
    public static RetailerSubject of(Ledger ledger) {
        return new RetailerSubject(Objects.requireNonNull(ledger, "ledger"));
    }

    /**
     * Returns the retailer.
     *
     * @return the ledger's enterprise
     */
    public Enterprise retailer() {
        return ledger.enterprise();
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
     * Returns the retailer's credit code.
     *
     * @return the id
     */
    @Override
    public String id() {
        return ledger.enterprise().creditCode().toString();
    }

    /**
     * Returns the retailer's name.
     *
     * @return the name
     */
    @Override
    public String name() {
        return ledger.enterprise().name();
    }

    /**
     * Returns the claims of the ledger's period, a fresh stream on each call; reads the ledger twice (see the
     * class comment).
     *
     * @return the claims
     */
    @Override
    public Stream<TradeInClaim> records() {
        Map<ItemId, Lifecycle> tradedIn;
        try (Stream<Lifecycle> all = ledger.lifecycles()) {
            // collected, not put from forEach: a ledger may stream in parallel (an item is in a ledger once)
            tradedIn = all.filter(l -> l.collected().stream().anyMatch(c -> c.intake().channel() == CollectionChannel.TRADE_IN))
                    .collect(Collectors.toMap(Lifecycle::itemId, l -> l));
        }
        String retailer = id();
        return ledger.lifecycles().flatMap(l -> claims(retailer, l, tradedIn));
    }

    private Stream<TradeInClaim> claims(String retailer, Lifecycle l, Map<ItemId, Lifecycle> tradedIn) {
        List<SoldNew> sales = l.events(SoldNew.class);
        if (sales.isEmpty()) {
            return Stream.empty();
        }
        return sales.stream().filter(s -> s.claim().isPresent() && window.contains(s.at()))
                .map(s -> new TradeInClaim(retailer, l.item(), s, s.claim().get().tradeIn().map(TradeInLink::oldItem)
                        .flatMap(old -> Optional.ofNullable(tradedIn.get(old)))));
    }

    /**
     * Returns the subject as text, e.g. {@code "91330100MA27XK1A0L (Example Retail Co.) 2025-01-01/2026-01-01"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return id() + " (" + name() + ") " + ledger.period();
    }
}
