package io.github.circularj.io;

import io.github.circularj.model.Fraction;
import io.github.circularj.model.Mass;
import io.github.circularj.model.Money;
import io.github.circularj.model.lifecycle.Actor;
import io.github.circularj.model.lifecycle.Cleared;
import io.github.circularj.model.lifecycle.Collected;
import io.github.circularj.model.lifecycle.DataErased;
import io.github.circularj.model.lifecycle.Dismantled;
import io.github.circularj.model.lifecycle.Disposed;
import io.github.circularj.model.lifecycle.Erasure;
import io.github.circularj.model.lifecycle.Exported;
import io.github.circularj.model.lifecycle.Flagged;
import io.github.circularj.model.lifecycle.HandedOver;
import io.github.circularj.model.lifecycle.Inspected;
import io.github.circularj.model.lifecycle.Inspection;
import io.github.circularj.model.lifecycle.Intake;
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
import io.github.circularj.model.lifecycle.SoldNew;
import io.github.circularj.model.subsidy.SubsidyClaim;
import io.github.circularj.model.party.Counterparty;
import io.github.circularj.model.party.Enterprise;
import io.github.circularj.model.party.EnterpriseCounterparty;
import io.github.circularj.model.party.EnterpriseProfile;
import io.github.circularj.model.party.EnterpriseRole;
import io.github.circularj.model.party.IdentityVerification;
import io.github.circularj.model.party.PersonCounterparty;
import io.github.circularj.model.product.Category;
import io.github.circularj.model.product.GradingScale;
import io.github.circularj.model.product.Identifier;
import io.github.circularj.model.product.Imei;
import io.github.circularj.model.product.Item;
import io.github.circularj.model.product.Material;
import io.github.circularj.model.product.MaterialComposition;
import io.github.circularj.model.product.Product;
import io.github.circularj.model.product.Vin;
import io.github.circularj.model.refurbish.PartReplacement;
import io.github.circularj.model.refurbish.Warranty;
import io.github.circularj.model.refurbish.WorkOrder;
import io.github.circularj.model.resale.Disclosure;
import io.github.circularj.model.resale.ReturnPolicy;
import io.github.circularj.model.resale.Sale;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one place where model values are taken apart into the fields of a record, for both formats, in the
 * format's field order; the inverse of {@link RecordDecoder}. Instants are written in UTC ({@code Z}),
 * money as a decimal string with its currency, optional facts only when present.
 */
final class RecordEncoder {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private RecordEncoder() {
    }

    static String instant(Instant at) {
        return INSTANT.format(at.atOffset(ZoneOffset.UTC));
    }

    static void header(LedgerHeader h, FieldSink out) {
        header(h, LedgerHeader.FORMAT, LedgerHeader.VERSION, out);
    }

    /** A header line of a format: its name and version, then the enterprise, period, grouping and profile. */
    static void header(LedgerHeader h, String format, int version, FieldSink out) {
        out.text("format", format);
        out.integer("version", version);
        enterprise(h.enterprise(), "enterprise", "cityCode", "cityName", "roles", out);
        out.text("periodStart", h.period().start().toString());
        out.text("periodEnd", h.period().endExclusive().toString());
        out.bool("grouped", h.grouped());
        out.bool("synthetic", h.synthetic());
        if (h.profile().isPresent()) {
            EnterpriseProfile p = h.profile().get();
            if (p.recordRetentionYears().isPresent()) {
                out.integer("recordRetentionYears", p.recordRetentionYears().getAsInt());
            }
            out.texts("filings", p.filings());
        }
    }

    private static void enterprise(Enterprise e, String prefix, String cityCode, String cityName, String roles,
            FieldSink out) {
        out.text(prefix + "CreditCode", e.creditCode().toString());
        out.text(prefix + "Name", e.name());
        out.text(cityCode, e.city().code().toString());
        out.text(cityName, e.city().name());
        List<String> names = new ArrayList<>();
        for (EnterpriseRole role : e.roles()) {
            names.add(role.name());
        }
        out.texts(roles, names);
    }

    static void item(Item item, FieldSink out) {
        Product p = item.product();
        out.text("type", RecordDecoder.ITEM);
        out.text("itemId", item.id().value());
        out.text("brand", p.brand());
        out.text("model", p.model());
        category(p.category(), out);
        if (!item.identifiers().isEmpty()) {
            out.startRecords("identifiers");
            for (Identifier i : item.identifiers()) {
                out.startRecord();
                out.text("kind", identifierKind(i));
                out.text("value", i.value());
                out.endRecord();
            }
            out.endRecords();
        }
        item.manufactureDate().ifPresent(d -> out.text("manufactureDate", d.toString()));
        if (p.designLifetimeYears().isPresent()) {
            out.decimal("designLifetimeYears", p.designLifetimeYears().getAsDouble());
        }
        if (p.useIntensity().isPresent()) {
            out.decimal("useIntensity", p.useIntensity().getAsDouble());
        }
        p.efficiencyGrade().ifPresent(g -> {
            out.text("efficiencyLabel", g.label().name());
            out.integer("efficiencyGrade", g.grade());
        });
        if (p.composition().isPresent()) {
            out.startRecords("composition");
            for (MaterialComposition.Entry e : p.composition().get().entries()) {
                out.startRecord();
                material(e.material(), out);
                out.decimal("kg", e.mass().kilograms());
                fraction("recycledInput", e.recycledInput(), out);
                fraction("reusedInput", e.reusedInput(), out);
                fraction("sustainablySourcedInput", e.sustainablySourcedInput(), out);
                out.endRecord();
            }
            out.endRecords();
        }
    }

    /** A category: its code, and for a custom category its name and flags. */
    static void category(Category c, FieldSink out) {
        out.text("category", c.code());
        if (!Category.builtIns().contains(c)) {
            out.text("categoryName", c.name());
            List<String> flags = new ArrayList<>();
            if (c.holdsPersonalData()) {
                flags.add("PERSONAL_DATA");
            }
            if (c.isWeee()) {
                flags.add("WEEE");
            }
            if (c.isVehicle()) {
                flags.add("VEHICLE");
            }
            if (c.isSerialised()) {
                flags.add("SERIALISED");
            }
            if (c.isGradable()) {
                flags.add("GRADABLE");
            }
            out.texts("categoryFlags", flags);
        }
    }

    static String identifierKind(Identifier i) {
        return i instanceof Imei ? "IMEI" : i instanceof Vin ? "VIN" : "SERIAL";
    }

    private static void material(Material m, FieldSink out) {
        out.text("material", m.name());
        out.text("kind", m.kind().name());
    }

    private static void fraction(String name, Fraction f, FieldSink out) {
        if (!f.isZero()) {
            out.decimal(name, f.value());
        }
    }

    static void event(LifecycleEvent e, FieldSink out) {
        out.text("type", e.type().name());
        out.text("id", e.id().value());
        out.text("itemId", e.itemId().value());
        out.text("at", instant(e.at()));
        Actor actor = e.actor();
        out.text("actor", actor.name());
        actor.creditCode().ifPresent(c -> out.text("actorCreditCode", c.toString()));
        payload(e, out);
    }

    private static void payload(LifecycleEvent event, FieldSink out) {
        if (event instanceof SoldNew e) {
            e.claim().ifPresent(c -> claim(c, out));
            return;
        }
        if (event instanceof Manufactured || event instanceof Dismantled) {
            return;
        }
        if (event instanceof Collected e) {
            Intake intake = e.intake();
            out.text("channel", intake.channel().name());
            counterparty(intake.seller(), "seller", out);
            intake.sourceRecord().ifPresent(r -> {
                out.text("sourceSite", r.site());
                out.text("sourceVerificationMethod", r.verificationMethod().name());
                out.text("sourceReference", r.reference());
            });
        } else if (event instanceof Flagged e) {
            out.text("reason", e.flag().reason().name());
            out.text("flaggedBy", e.flag().flaggedBy());
        } else if (event instanceof PoliceReported e) {
            out.text("reportReference", e.reportReference());
        } else if (event instanceof Cleared e) {
            out.text("reference", e.reference());
        } else if (event instanceof Inspected e) {
            Inspection i = e.inspection();
            scale(i.grade().scale(), out);
            out.text("grade", i.grade().level());
            out.text("inspector", i.inspector());
            out.text("reportReference", i.reportReference());
            if (!i.defects().isEmpty()) {
                out.texts("defects", i.defects());
            }
        } else if (event instanceof DataErased e) {
            Erasure x = e.erasure();
            out.text("method", x.method().name());
            out.integer("passes", x.passes());
            out.text("medium", x.medium().name());
            x.tool().ifPresent(t -> out.text("tool", t));
            x.toolVersion().ifPresent(t -> out.text("toolVersion", t));
            x.certificate().ifPresent(t -> out.text("certificate", t));
            out.bool("verified", x.verified());
        } else if (event instanceof Refurbished e) {
            workOrder(e.workOrder(), out);
        } else if (event instanceof Listed e) {
            out.text("channel", e.listing().channel().name());
            money("askingPrice", e.listing().askingPrice(), out);
            disclosures(e.listing().disclosures(), out);
            returnPolicy(e.listing().returnPolicy(), out);
        } else if (event instanceof Sold e) {
            sale(e.sale(), out);
        } else if (event instanceof Returned e) {
            out.text("reason", e.receipt().reason());
            out.text("receivedAt", instant(e.receipt().receivedAt()));
        } else if (event instanceof Refunded e) {
            money("amount", e.amount(), out);
        } else if (event instanceof OwnershipTransferred e) {
            out.text("registeredOn", e.registeredOn().toString());
        } else if (event instanceof Exported e) {
            out.text("destinationCountry", e.destinationCountry());
        } else if (event instanceof HandedOver e) {
            enterprise(e.recipient(), "recipient", "recipientCityCode", "recipientCityName", "recipientRoles", out);
        } else if (event instanceof Recycled e) {
            out.startRecords("recovered");
            for (Map.Entry<Material, Mass> r : e.recovered().entrySet()) {
                out.startRecord();
                material(r.getKey(), out);
                out.decimal("kg", r.getValue().kilograms());
                out.endRecord();
            }
            out.endRecords();
        } else if (event instanceof Disposed e) {
            out.text("method", e.method().name());
        } else {
            throw new AssertionError(event.type()); // every event type is listed above
        }
    }

    private static void counterparty(Counterparty c, String p, FieldSink out) {
        if (c instanceof PersonCounterparty person) {
            out.text(p + "Kind", "PERSON");
            out.text(p + "Name", person.label());
        } else {
            EnterpriseCounterparty enterprise = (EnterpriseCounterparty) c;
            out.text(p + "Kind", "ENTERPRISE");
            out.text(p + "Name", enterprise.name());
            out.text(p + "CreditCode", enterprise.creditCode().toString());
        }
        Optional<IdentityVerification> v = c.verification();
        if (v.isPresent()) {
            out.text(p + "VerificationReference", v.get().reference());
            out.text(p + "VerificationMethod", v.get().method().name());
            out.text(p + "VerifiedAt", instant(v.get().verifiedAt()));
        }
    }

    private static void scale(GradingScale scale, FieldSink out) {
        out.text("gradingScale", scale.name());
        if (!scale.equals(GradingScale.LETTER_A_TO_D) && !scale.equals(GradingScale.SCORE_0_TO_100)) {
            out.texts("gradingLevels", scale.levels());
        }
    }

    /** A subsidy claim on a SOLD_NEW line: the programme category's code, the amounts, the buyer, the old item. */
    private static void claim(SubsidyClaim c, FieldSink out) {
        out.text("claimCategory", c.category().code());
        out.text("claimed", c.claimed().amount().toPlainString());
        money("claimFinalPrice", c.finalPrice(), out);
        out.text("claimBuyer", c.buyer().value());
        c.tradeIn().ifPresent(link -> {
            out.text("claimOldItemId", link.oldItem().value());
            out.text("claimCollectedEventId", link.collected().value());
        });
    }

    private static void money(String name, Money m, FieldSink out) {
        out.text(name, m.amount().toPlainString());
        out.text("currency", m.currency().getCurrencyCode());
    }

    private static void disclosures(Set<Disclosure> disclosures, FieldSink out) {
        List<String> names = new ArrayList<>();
        for (Disclosure d : disclosures) {
            names.add(d.name());
        }
        out.texts("disclosures", names);
    }

    private static void returnPolicy(ReturnPolicy policy, FieldSink out) {
        out.text("returnPolicy", policy.kind().name());
        policy.confirmationReference().ifPresent(r -> out.text("returnConfirmation", r));
    }

    private static void warranty(Optional<Warranty> warranty, FieldSink out) {
        warranty.ifPresent(w -> {
            out.integer("warrantyMonths", w.months());
            if (w.kilometres().isPresent()) {
                out.integer("warrantyKilometres", w.kilometres().getAsLong());
            }
        });
    }

    private static void workOrder(WorkOrder w, FieldSink out) {
        out.text("workOrder", w.reference());
        if (!w.repairs().isEmpty()) {
            out.texts("repairs", w.repairs());
        }
        if (!w.partsReplaced().isEmpty()) {
            out.startRecords("partsReplaced");
            for (PartReplacement p : w.partsReplaced()) {
                out.startRecord();
                out.text("part", p.part());
                out.text("origin", p.origin().name());
                out.endRecord();
            }
            out.endRecords();
        }
        out.decimal("labourHours", w.labourHours());
        money("cost", w.cost(), out);
        scale(w.gradeBefore().scale(), out);
        out.text("gradeBefore", w.gradeBefore().level());
        out.text("gradeAfter", w.gradeAfter().level());
        warranty(w.warranty(), out);
    }

    private static void sale(Sale s, FieldSink out) {
        money("price", s.price(), out);
        s.buyer().ifPresent(b -> counterparty(b, "buyer", out));
        out.text("channel", s.channel().name());
        out.bool("remote", s.remote());
        returnPolicy(s.returnPolicy(), out);
        warranty(s.warranty(), out);
        s.subsidy().ifPresent(m -> out.text("subsidy", m.amount().toPlainString()));
        disclosures(s.disclosures(), out);
    }
}
