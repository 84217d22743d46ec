package io.github.circularj.testkit;

import io.github.circularj.model.lifecycle.Cleared;
import io.github.circularj.model.lifecycle.Collected;
import io.github.circularj.model.lifecycle.DataErased;
import io.github.circularj.model.lifecycle.Dismantled;
import io.github.circularj.model.lifecycle.Disposed;
import io.github.circularj.model.lifecycle.ErasureMethod;
import io.github.circularj.model.lifecycle.Exported;
import io.github.circularj.model.lifecycle.FlagReason;
import io.github.circularj.model.lifecycle.Flagged;
import io.github.circularj.model.lifecycle.HandedOver;
import io.github.circularj.model.lifecycle.Inspected;
import io.github.circularj.model.lifecycle.Lifecycle;
import io.github.circularj.model.lifecycle.LifecycleEvent;
import io.github.circularj.model.lifecycle.Listed;
import io.github.circularj.model.lifecycle.Manufactured;
import io.github.circularj.model.lifecycle.OwnershipTransferred;
import io.github.circularj.model.lifecycle.PoliceReported;
import io.github.circularj.model.lifecycle.Recycled;
import io.github.circularj.model.lifecycle.Refunded;
import io.github.circularj.model.lifecycle.Refurbished;
import io.github.circularj.model.lifecycle.Returned;
import io.github.circularj.model.lifecycle.Sold;
import io.github.circularj.model.lifecycle.Stage;
import io.github.circularj.model.lifecycle.StorageMedium;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.resale.Disclosure;
import io.github.circularj.model.resale.ReturnPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * An independent check of each rule, written from the rule descriptions of the pilot's enterprise
 * pack (the lead's pilot-rules.md), not from the generator: for one lifecycle it counts how many
 * members of the knob population it contributes and how many of them violate.
 */
final class RuleOracle {

    record Count(long population, long violations) {
        static final Count NONE = new Count(0, 0);

        static Count of(boolean inPopulation, boolean violates) {
            return inPopulation ? new Count(1, violates ? 1 : 0) : NONE;
        }

        Count plus(Count other) {
            return new Count(population + other.population, violations + other.violations);
        }
    }

    private RuleOracle() {
    }

    static Count retention(EnterpriseProfile profile, Enterprise enterprise) {
        int required = enterprise.hasRole(EnterpriseRole.AUCTIONEER) ? 5 : 3;
        return Count.of(true, profile.recordRetentionYears().orElse(0) < required);
    }

    static Count check(Violation rule, Enterprise enterprise, Lifecycle lc) {
        return check(rule, enterprise, lc, java.util.Optional.empty());
    }

    /**
     * As {@link #check(Violation, Enterprise, Lifecycle)}, with the item's sale that its ledger refused, if any:
     * SRC-PROHIBITED's violation is a trade while a flag stands, which the lifecycle cannot hold.
     */
    static Count check(Violation rule, Enterprise enterprise, Lifecycle lc,
            java.util.Optional<io.github.circularj.model.lifecycle.LifecycleEvent> refused) {
        Category c = lc.item().category();
        List<Sold> sales = lc.sales();
        boolean sold = !sales.isEmpty();
        switch (rule) {
            case SRC_REGISTRATION: {
                if (!enterprise.buysIn()) {
                    return Count.NONE;
                }
                Count n = Count.NONE;
                for (Collected e : lc.collected()) {
                    n = n.plus(Count.of(true, !(e.intake().seller().isVerified() && e.intake().sourceRecord().isPresent())));
                }
                return n;
            }
            case SRC_PROVENANCE: {
                boolean dealer = enterprise.hasRole(EnterpriseRole.DEALER) || enterprise.hasRole(EnterpriseRole.REFURBISHER)
                        || enterprise.hasRole(EnterpriseRole.PLATFORM);
                boolean scope = c.isSerialised() && (c.isWeee() || c.isVehicle() || c.holdsPersonalData());
                boolean intake = !lc.events(Collected.class).isEmpty() || !lc.events(Manufactured.class).isEmpty();
                return Count.of(dealer && scope && sold, !intake || lc.item().identifiers().isEmpty());
            }
            case SRC_PROHIBITED: {
                // a trade (here: the refused sale) at a moment when a flag, not cleared since, stood
                boolean whileFlagged = false;
                if (refused.isPresent()) {
                    java.time.Instant at = refused.get().at();
                    for (LifecycleEvent e : lc.events()) {
                        if (!e.at().isAfter(at) && e instanceof Flagged) {
                            whileFlagged = true;
                        } else if (!e.at().isAfter(at) && e instanceof Cleared) {
                            whileFlagged = false;
                        }
                    }
                }
                return Count.of(!lc.collected().isEmpty() || sold || refused.isPresent(), whileFlagged);
            }
            case SRC_POLICE_REPORT: {
                Optional<Flagged> flag = lc.events(Flagged.class).stream()
                        .filter(f -> f.flag().reason() == FlagReason.SUSPECTED_STOLEN).findFirst();
                if (flag.isEmpty()) {
                    return Count.NONE;
                }
                boolean reported = lc.events(PoliceReported.class).stream().anyMatch(p -> !p.at().isBefore(flag.get().at())
                        && Duration.between(flag.get().at(), p.at()).compareTo(Duration.ofHours(24)) <= 0);
                return Count.of(true, !reported);
            }
            case DATA_ERASURE: {
                int end = firstSaleOrExport(lc);
                boolean scope = c.holdsPersonalData() && end >= 0;
                boolean erased = scope && lc.events().subList(0, end).stream()
                        .anyMatch(e -> e instanceof DataErased d && d.erasure().method() != ErasureMethod.FACTORY_RESET);
                return Count.of(scope, !erased);
            }
            case DATA_ERASURE_METHOD: {
                int end = firstSaleOrExport(lc);
                if (!c.holdsPersonalData() || end < 0 || lc.erasures().isEmpty()) {
                    return Count.NONE;
                }
                boolean good = lc.events().subList(0, end).stream().anyMatch(e -> e instanceof DataErased d && d.verified()
                        && (d.method() == ErasureMethod.BLOCK_ERASE || d.method() == ErasureMethod.OVERWRITE
                                && d.passes() >= (d.medium() == StorageMedium.MAGNETIC ? 3 : 1)));
                boolean anyBad = lc.erasures().stream().anyMatch(d -> !d.verified()
                        || d.method() == ErasureMethod.CRYPTO_ERASE || d.method() == ErasureMethod.FACTORY_RESET
                        || d.method() == ErasureMethod.OVERWRITE && d.passes() < (d.medium() == StorageMedium.MAGNETIC ? 3 : 1));
                return Count.of(true, !good || anyBad);
            }
            case DISC_SECONDHAND_LABEL:
                return perSale(lc, (listing, sale) -> !(discloses(listing, sale, Disclosure.SECONDHAND_STATUS)
                        || discloses(listing, sale, Disclosure.REFURBISHED_STATUS)));
            case DISC_CONDITION: {
                if (!c.isGradable() || !sold) {
                    return Count.NONE;
                }
                int listedOrSold = firstIndex(lc, Listed.class) >= 0 ? firstIndex(lc, Listed.class) : firstIndex(lc, Sold.class);
                boolean inspected = lc.events().subList(0, listedOrSold).stream().anyMatch(Inspected.class::isInstance);
                return Count.of(true, !inspected);
            }
            case DISC_REPAIR_HISTORY:
                return lc.has(io.github.circularj.model.lifecycle.EventType.REFURBISHED)
                        ? perSale(lc, (listing, sale) -> !discloses(listing, sale, Disclosure.REPAIR_HISTORY)) : Count.NONE;
            case DISC_VEHICLE_HISTORY:
                return c.isVehicle() ? perSale(lc, (listing, sale) -> !discloses(listing, sale, Disclosure.VEHICLE_HISTORY))
                        : Count.NONE;
            case RETURN_7DAY: {
                Count n = Count.NONE;
                for (Sold s : sales) {
                    n = n.plus(Count.of(s.sale().remote(), s.sale().returnPolicy().kind() == ReturnPolicy.Kind.NONE));
                }
                return n;
            }
            case REFUND_7DAY: {
                Count n = Count.NONE;
                for (Returned r : lc.events(Returned.class)) {
                    boolean refunded = lc.events(Refunded.class).stream().anyMatch(f -> !f.at().isBefore(r.receivedAt())
                            && Duration.between(r.receivedAt(), f.at()).compareTo(Duration.ofDays(7)) <= 0);
                    n = n.plus(Count.of(true, !refunded));
                }
                return n;
            }
            case WARRANTY_REFURB: {
                if (lc.events(Refurbished.class).isEmpty()) {
                    return Count.NONE;
                }
                Count n = Count.NONE;
                for (Sold s : sales) {
                    n = n.plus(Count.of(true, s.sale().warranty().map(w -> w.months() < 3).orElse(true)));
                }
                return n;
            }
            case CAR_TRANSFER_30D: {
                if (!c.isVehicle()) {
                    return Count.NONE;
                }
                Count n = Count.NONE;
                for (Sold s : sales) {
                    boolean transferred = lc.events(OwnershipTransferred.class).stream().anyMatch(o -> !o.at().isBefore(s.at())
                            && Duration.between(s.at(), o.at()).compareTo(Duration.ofDays(30)) <= 0);
                    n = n.plus(Count.of(true, !transferred));
                }
                return n;
            }
            case WEEE_HANDOVER: {
                if (!c.isWeee() || !leftOtherwise(lc)) {
                    return Count.NONE;
                }
                boolean toLicensed = lc.events(HandedOver.class).stream().anyMatch(HandedOver::toLicensedWeeeProcessor);
                boolean self = enterprise.hasRole(EnterpriseRole.WEEE_PROCESSOR_LICENSED);
                return Count.of(true, !lc.events(Disposed.class).isEmpty() || !(toLicensed || self));
            }
            case ELV_HANDOVER: {
                if (!c.isVehicle() || !leftOtherwise(lc) || enterprise.hasRole(EnterpriseRole.VEHICLE_DISMANTLER_QUALIFIED)) {
                    return Count.NONE;
                }
                return Count.of(true, lc.events(HandedOver.class).stream().noneMatch(HandedOver::toQualifiedVehicleDismantler));
            }
            case REUSE_RATE: {
                boolean headedForResale = sold || lc.stage() == Stage.IN_STOCK || lc.stage() == Stage.LISTED;
                return Count.of(enterprise.buysIn() && !lc.collected().isEmpty() && headedForResale, !sold);
            }
            default:
                throw new AssertionError(rule);
        }
    }

    private interface SaleCheck {
        boolean violates(Optional<Listed> listing, Sold sale);
    }

    private static Count perSale(Lifecycle lc, SaleCheck check) {
        Count n = Count.NONE;
        Listed lastListing = null;
        for (LifecycleEvent e : lc.events()) {
            if (e instanceof Listed l) {
                lastListing = l;
            } else if (e instanceof Sold s) {
                n = n.plus(Count.of(true, check.violates(Optional.ofNullable(lastListing), s)));
                lastListing = null;
            }
        }
        return n;
    }

    private static boolean discloses(Optional<Listed> listing, Sold sale, Disclosure d) {
        return sale.sale().discloses(d) || listing.map(l -> l.listing().discloses(d)).orElse(false);
    }

    private static boolean leftOtherwise(Lifecycle lc) {
        return lc.events().stream().anyMatch(e -> e instanceof HandedOver || e instanceof Dismantled
                || e instanceof Recycled || e instanceof Disposed);
    }

    private static int firstSaleOrExport(Lifecycle lc) {
        int s = firstIndex(lc, Sold.class);
        int x = firstIndex(lc, Exported.class);
        return s < 0 ? x : x < 0 ? s : Math.min(s, x);
    }

    private static int firstIndex(Lifecycle lc, Class<? extends LifecycleEvent> kind) {
        for (int i = 0; i < lc.size(); i++) {
            if (kind.isInstance(lc.events().get(i))) {
                return i;
            }
        }
        return -1;
    }
}
