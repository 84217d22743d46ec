package io.github.circularj.rules.tradein;

import io.github.circularj.rules.Subject;

/**
 * What the trade-in pack scores: a retailer's claims ({@link RetailerSubject}) or a programme region's, all its
 * retailers' claims combined ({@link ProgrammeRegion}). The same rules score both; only PER-PERSON sees more in
 * a region, since the programme's limits are per person nationwide and a retailer's records show only its
 * own repeats.
 */
public sealed interface TradeInSubject extends Subject<TradeInClaim> permits RetailerSubject, ProgrammeRegion {
}
