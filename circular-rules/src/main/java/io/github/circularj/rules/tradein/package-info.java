/**
 * The rule pack {@code cn-trade-in-2025}: the 2025 consumer-goods trade-in programme audited claim by claim
 * ({@link io.github.circularj.rules.tradein.TradeInProgramme}).
 *
 * <p>The records are {@link io.github.circularj.rules.tradein.TradeInClaim}s: each subsidy claim on the sale
 * of a new item, with the old item handed in where one is linked. The subjects are a retailer
 * ({@link io.github.circularj.rules.tradein.RetailerSubject}, built from its ledger) and a programme region
 * ({@link io.github.circularj.rules.tradein.ProgrammeRegion}, all retailers' claims of a city or province
 * combined, where the per-person limit sees repeats across retailers). Each rule is declared once, in
 * {@link io.github.circularj.rules.tradein.TradeInRule}.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.rules.tradein;

import javax.annotation.ParametersAreNonnullByDefault;
