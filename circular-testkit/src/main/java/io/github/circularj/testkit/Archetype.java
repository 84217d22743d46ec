package io.github.circularj.testkit;

import io.github.circularj.model.lifecycle.CollectionChannel;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.resale.SalesChannel;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The kinds of synthetic enterprise, in the order they are assigned within a city (enterprise
 * {@code k} of a city is {@code values()[k % 8]}): each with its roles, its category mix, its intake
 * channels and its sales channels.
 */
enum Archetype {

    TRADE_IN_ELECTRONICS("Renewed Electronics Trading Co., Ltd.",
            EnumSet.of(EnterpriseRole.DEALER, EnterpriseRole.TRADE_IN_OPERATOR, EnterpriseRole.REFURBISHER,
                    EnterpriseRole.EXPORTER),
            List.of(Category.PHONE, Category.LAPTOP, Category.TABLET, Category.WEARABLE, Category.DESKTOP,
                    Category.OFFICE_EQUIPMENT, Category.SMALL_APPLIANCE),
            new int[] {45, 15, 15, 10, 5, 5, 5},
            List.of(CollectionChannel.TRADE_IN, CollectionChannel.BUY_BACK), new int[] {60, 40},
            List.of(SalesChannel.ONLINE_PLATFORM, SalesChannel.LIVESTREAM, SalesChannel.PHYSICAL_STORE,
                    SalesChannel.TRADE_IN_COUNTER),
            new int[] {50, 10, 30, 10}, 1),

    PLATFORM("Second Life Online Marketplace Co., Ltd.",
            EnumSet.of(EnterpriseRole.PLATFORM, EnterpriseRole.DEALER),
            List.of(Category.PHONE, Category.TABLET, Category.LAPTOP, Category.WEARABLE, Category.APPAREL,
                    Category.BOOK, Category.LUXURY, Category.FURNITURE, Category.SMALL_APPLIANCE),
            new int[] {20, 8, 8, 6, 15, 15, 10, 8, 10},
            List.of(CollectionChannel.BUY_BACK, CollectionChannel.CONSIGNMENT), new int[] {50, 50},
            List.of(SalesChannel.ONLINE_PLATFORM, SalesChannel.LIVESTREAM), new int[] {80, 20}, 1),

    USED_CARS("Pre-owned Motors Co., Ltd.",
            EnumSet.of(EnterpriseRole.DEALER, EnterpriseRole.EXPORTER),
            List.of(Category.PASSENGER_CAR, Category.COMMERCIAL_VEHICLE), new int[] {85, 15},
            List.of(CollectionChannel.TRADE_IN, CollectionChannel.BUY_BACK), new int[] {50, 50},
            List.of(SalesChannel.PHYSICAL_STORE, SalesChannel.ONLINE_PLATFORM), new int[] {75, 25}, 1),

    APPLIANCE_RECYCLER("Home Appliance Recovery Co., Ltd.",
            EnumSet.of(EnterpriseRole.RECYCLER, EnterpriseRole.TRADE_IN_OPERATOR, EnterpriseRole.DEALER),
            List.of(Category.TELEVISION, Category.LARGE_APPLIANCE, Category.SMALL_APPLIANCE), new int[] {30, 40, 30},
            List.of(CollectionChannel.RECYCLING_POINT, CollectionChannel.TRADE_IN), new int[] {50, 50},
            List.of(SalesChannel.PHYSICAL_STORE, SalesChannel.MARKET_STALL, SalesChannel.ONLINE_PLATFORM),
            new int[] {60, 20, 20}, 3),

    WEEE_PROCESSOR("Electronic Waste Processing Co., Ltd.",
            EnumSet.of(EnterpriseRole.WEEE_PROCESSOR_LICENSED, EnterpriseRole.DISMANTLER),
            List.of(Category.TELEVISION, Category.LARGE_APPLIANCE, Category.SMALL_APPLIANCE, Category.DESKTOP,
                    Category.PHONE, Category.LAPTOP),
            new int[] {25, 30, 20, 10, 10, 5},
            List.of(CollectionChannel.RECYCLING_POINT), new int[] {100}, List.of(), new int[0], 0),

    VEHICLE_DISMANTLER("End-of-Life Vehicle Dismantling Co., Ltd.",
            EnumSet.of(EnterpriseRole.VEHICLE_DISMANTLER_QUALIFIED, EnterpriseRole.DISMANTLER),
            List.of(Category.PASSENGER_CAR, Category.COMMERCIAL_VEHICLE), new int[] {80, 20},
            List.of(CollectionChannel.RECYCLING_POINT), new int[] {100}, List.of(), new int[0], 0),

    AUCTIONEER("Auction House Co., Ltd.",
            EnumSet.of(EnterpriseRole.AUCTIONEER),
            List.of(Category.LUXURY, Category.FURNITURE, Category.PASSENGER_CAR, Category.MACHINERY),
            new int[] {35, 25, 20, 20},
            List.of(CollectionChannel.CONSIGNMENT), new int[] {100},
            List.of(SalesChannel.AUCTION, SalesChannel.ONLINE_PLATFORM), new int[] {80, 20}, 1),

    CONSIGNMENT_SHOP("Consignment and Pawn Co., Ltd.",
            EnumSet.of(EnterpriseRole.PAWNSHOP, EnterpriseRole.DEALER),
            List.of(Category.LUXURY, Category.APPAREL, Category.BOOK, Category.PHONE), new int[] {30, 30, 20, 20},
            List.of(CollectionChannel.CONSIGNMENT, CollectionChannel.BUY_BACK), new int[] {60, 40},
            List.of(SalesChannel.PHYSICAL_STORE, SalesChannel.MARKET_STALL, SalesChannel.ONLINE_PLATFORM),
            new int[] {60, 20, 20}, 1);

    final String noun;
    final Set<EnterpriseRole> roles;
    final List<Category> categories;
    final int[] categoryWeights;
    final List<CollectionChannel> intake;
    final int[] intakeWeights;
    final List<SalesChannel> sales;
    final int[] salesWeights;
    /** How many times the pilot's end-of-life share applies to this kind (recyclers scrap more). */
    final int endOfLifeFactor;

    Archetype(String noun, Set<EnterpriseRole> roles, List<Category> categories, int[] categoryWeights,
            List<CollectionChannel> intake, int[] intakeWeights, List<SalesChannel> sales, int[] salesWeights,
            int endOfLifeFactor) {
        this.noun = noun;
        this.roles = roles;
        this.categories = categories;
        this.categoryWeights = categoryWeights;
        this.intake = intake;
        this.intakeWeights = intakeWeights;
        this.sales = sales;
        this.salesWeights = salesWeights;
        this.endOfLifeFactor = endOfLifeFactor;
    }

    static Archetype ofLocalIndex(int localIndex) {
        return values()[localIndex % values().length];
    }

    boolean sells() {
        return !sales.isEmpty();
    }

    boolean buysIn() {
        return roles.stream().anyMatch(EnterpriseRole::buysIn);
    }

    boolean has(EnterpriseRole role) {
        return roles.contains(role);
    }

    /** Whether the rate of a violation applies to this kind of enterprise (see {@link Violation}). */
    boolean knobApplies(Violation violation) {
        switch (violation) {
            case SRC_REGISTRATION:
            case REUSE_RATE:
                return buysIn();
            case SRC_PROVENANCE:
                return has(EnterpriseRole.DEALER) || has(EnterpriseRole.REFURBISHER) || has(EnterpriseRole.PLATFORM);
            case ELV_HANDOVER:
                return !has(EnterpriseRole.VEHICLE_DISMANTLER_QUALIFIED);
            default:
                return true;
        }
    }

    int requiredRetentionYears() {
        return has(EnterpriseRole.AUCTIONEER) ? 5 : 3;
    }
}
