package io.github.circularj.rules.tradein;

import io.github.circularj.model.party.DivisionCode;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A programme region as a commerce bureau receives its claims: all the claims of its retailers combined, so that
 * PER-PERSON counts a person's claims across retailers. The other rules judge each claim as they do for its
 * retailer.
 *
 * <p>Buyer references must come from one issuer across the retailers (the programme platform's), or a person's
 * claims at two retailers are not recognised as one person's.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProgrammeRegion implements TradeInSubject {

    private final DivisionCode code;
    private final String name;
    private final List<RetailerSubject> retailers;

    private ProgrammeRegion(DivisionCode code, String name, List<RetailerSubject> retailers) {
        this.code = code;
        this.name = name;
        this.retailers = retailers;
    }

    /**
     * Obtains a region.
     *
     * @param code the region's administrative division code (a city or a province), not null
     * @param name the region's name, not blank
     * @param retailers the region's retailers, not null, no two with the same credit code; copied
     * @return the region
     * @throws IllegalArgumentException if the name is blank or a retailer is listed twice
     */
    public static ProgrammeRegion of(DivisionCode code, String name, List<RetailerSubject> retailers) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("region name \"" + name + "\" is blank; a region has a name");
        }
        List<RetailerSubject> copy = List.copyOf(retailers);
        if (copy.stream().map(RetailerSubject::id).distinct().count() != copy.size()) {
            throw new IllegalArgumentException("retailers of region " + code + " list a retailer twice; each retailer's"
                    + " claims count once");
        }
        return new ProgrammeRegion(code, name, copy);
    }

    /**
     * Returns the retailers.
     *
     * @return the retailers, unmodifiable
     */
    public List<RetailerSubject> retailers() {
        return retailers;
    }

    /**
     * Returns the region's division code.
     *
     * @return the code as text
     */
    @Override
    public String id() {
        return code.toString();
    }

    /**
     * Returns the region's name.
     *
     * @return the name
     */
    @Override
    public String name() {
        return name;
    }

    /**
     * Returns all the retailers' claims, retailer by retailer, a fresh stream on each call.
     *
     * @return the claims
     */
    @Override
    public Stream<TradeInClaim> records() {
        return retailers.stream().flatMap(RetailerSubject::records);
    }

    /**
     * Returns the region as text, e.g. {@code "338100 (Quenmora (synthetic)) 12 retailers"}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return id() + " (" + name + ") " + retailers.size() + (retailers.size() == 1 ? " retailer" : " retailers");
    }
}
