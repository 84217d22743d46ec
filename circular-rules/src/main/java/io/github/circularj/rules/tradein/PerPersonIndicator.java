package io.github.circularj.rules.tradein;

import io.github.circularj.model.subsidy.BuyerReference;
import io.github.circularj.model.subsidy.ProgrammeCategory;
import io.github.circularj.rules.Evidence;
import io.github.circularj.rules.PortableIndicator;
import io.github.circularj.rules.Measurement;
import io.github.circularj.rules.blocks.SmallestIds;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * PER-PERSON's indicator: the share of claims within the per-person limit of their category. A person's claims
 * of one category beyond the limit are the offending ones, in the order of their sales (then of their ids), so
 * the earliest claims are the ones the programme paid rightly.
 *
 * <p>Unlike the pack's other indicators its accumulator grows with the records: it keeps, per person and
 * category (a key), the claim count, the earliest {@code limit} claims (instant and id) and the smallest
 * {@code evidenceLimit} ids of the claims beyond them. Memory is therefore proportional to the number of
 * distinct persons-and-categories claimed for, about 100 bytes each plus the ids kept (a region of a million
 * claims holds roughly a million keys), and bounded per key; an exact count needs it, where a sketch would
 * miss repeats. Merging two accumulators keeps each key's earliest {@code limit} claims and moves the rest into
 * its excess, so any split of the claims merges to the one-pass result.
 */
final class PerPersonIndicator implements PortableIndicator<TradeInClaim, PerPersonIndicator.Acc> {

    /** A person and a programme category: whose claims are counted together. */
    record Key(BuyerReference buyer, ProgrammeCategory category) {
    }

    /** A claim as the earliest-claims set orders it: by its sale's instant, then its id. */
    record Entry(Instant at, String id) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::at).thenComparing(Entry::id);

    /** One key's claims so far. */
    static final class PerKey {
        long count;
        final TreeSet<Entry> earliest = new TreeSet<>(ORDER);
        final SmallestIds excess;

        PerKey(int evidenceLimit) {
            this(new SmallestIds(evidenceLimit));
        }

        PerKey(SmallestIds excess) {
            this.excess = excess;
        }
    }

    /** The claims judged and each key's claims; confined to one accumulation. */
    static final class Acc {
        long inScope;
        final Map<Key, PerKey> keys = new HashMap<>();
    }

    private final Predicate<TradeInClaim> inScope;
    private final ToIntFunction<ProgrammeCategory> limitOf;
    private final int evidenceLimit;

    PerPersonIndicator(Predicate<TradeInClaim> inScope, ToIntFunction<ProgrammeCategory> limitOf, int evidenceLimit) {
        this.inScope = inScope;
        this.limitOf = limitOf;
        this.evidenceLimit = evidenceLimit;
    }

    @Override
    public Acc start() {
        return new Acc();
    }

    @Override
    public void accept(Acc acc, TradeInClaim record) {
        if (!inScope.test(record)) {
            return;
        }
        acc.inScope++;
        Key key = new Key(record.claim().buyer(), record.claim().category());
        PerKey k = acc.keys.computeIfAbsent(key, x -> new PerKey(evidenceLimit));
        k.count++;
        admit(k, new Entry(record.sale().at(), record.id()), limitOf.applyAsInt(key.category()));
    }

    /** Adds a claim to a key's earliest claims, moving the latest beyond the limit into its excess. */
    private void admit(PerKey k, Entry e, int limit) {
        k.earliest.add(e);
        while (k.earliest.size() > limit) {
            k.excess.offer(k.earliest.pollLast().id());
        }
    }

    @Override
    public Acc merge(Acc left, Acc right) {
        left.inScope += right.inScope;
        right.keys.forEach((key, r) -> {
            PerKey l = left.keys.computeIfAbsent(key, x -> new PerKey(evidenceLimit));
            l.count += r.count;
            int limit = limitOf.applyAsInt(key.category());
            r.earliest.forEach(e -> admit(l, e, limit));
            l.excess.addAll(r.excess);
        });
        return left;
    }

    @Override
    public Measurement finish(Acc acc) {
        long offending = 0;
        TreeSet<String> ids = new TreeSet<>();
        for (Map.Entry<Key, PerKey> e : acc.keys.entrySet()) {
            PerKey k = e.getValue();
            int limit = limitOf.applyAsInt(e.getKey().category());
            if (k.count > limit) {
                offending += k.count - limit;
                String detail = ": buyer " + e.getKey().buyer() + ", " + k.count + " " + e.getKey().category()
                        + " claims, at most " + limit;
                k.excess.toList().forEach(id -> ids.add(id + detail));
            }
        }
        List<String> listed = new ArrayList<>(ids);
        if (listed.size() > evidenceLimit) {
            listed = listed.subList(0, evidenceLimit);
        }
        return Measurement.share(acc.inScope - offending, acc.inScope, new Evidence(offending, listed));
    }

    /** Writes the keys in their order (buyer, then category), so that equal accumulators give equal bytes. */
    @Override
    public void write(Acc acc, DataOutput out) throws IOException {
        out.writeLong(acc.inScope);
        List<Key> keys = new ArrayList<>(acc.keys.keySet());
        keys.sort(Comparator.comparing(Key::buyer).thenComparing(Key::category));
        out.writeInt(keys.size());
        for (Key key : keys) {
            PerKey k = acc.keys.get(key);
            PortableIndicator.writeText(out, key.buyer().value());
            PortableIndicator.writeText(out, key.category().name());
            out.writeLong(k.count);
            out.writeInt(k.earliest.size());
            for (Entry e : k.earliest) {
                out.writeLong(e.at().getEpochSecond());
                out.writeInt(e.at().getNano());
                PortableIndicator.writeText(out, e.id());
            }
            k.excess.write(out);
        }
    }

    @Override
    public Acc read(DataInput in) throws IOException {
        Acc acc = new Acc();
        acc.inScope = PortableIndicator.readTotal(in, "claims in scope");
        int keys = PortableIndicator.readCount(in, "persons and categories", Integer.MAX_VALUE);
        try {
            for (int i = 0; i < keys; i++) {
                Key key = new Key(BuyerReference.of(PortableIndicator.readText(in)),
                        ProgrammeCategory.valueOf(PortableIndicator.readText(in)));
                long count = in.readLong();
                int kept = PortableIndicator.readCount(in, "earliest claims", limitOf.applyAsInt(key.category()));
                if (count < kept) {
                    throw new IOException("claim count \"" + count + "\" of " + key + " is below the " + kept
                            + " claims kept; it counts every one");
                }
                TreeSet<Entry> earliest = new TreeSet<>(ORDER);
                for (int j = 0; j < kept; j++) {
                    long seconds = in.readLong();
                    int nanos = in.readInt();
                    earliest.add(new Entry(Instant.ofEpochSecond(seconds, nanos), PortableIndicator.readText(in)));
                }
                PerKey k = new PerKey(SmallestIds.read(in, evidenceLimit));
                k.count = count;
                k.earliest.addAll(earliest);
                acc.keys.put(key, k);
            }
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new IOException("per-person accumulator holds a bad value: " + e.getMessage(), e);
        }
        return acc;
    }
}
