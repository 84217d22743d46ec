/**
 * Consumer-goods subsidies: the claim a retailer files on the sale of a new product under the 2025 consumer-goods
 * trade-in programme ({@link io.github.circularj.model.subsidy.SubsidyClaim}), its
 * {@link io.github.circularj.model.subsidy.SubsidyProgramme} and
 * {@link io.github.circularj.model.subsidy.ProgrammeCategory}, the pseudonymous
 * {@link io.github.circularj.model.subsidy.BuyerReference} of the person claimed for, and the
 * {@link io.github.circularj.model.subsidy.TradeInLink} to the old item handed in. A claim is carried by the
 * lifecycle event {@code SoldNew}; the rule pack {@code cn-trade-in-2025} audits it.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.model.subsidy;

import javax.annotation.ParametersAreNonnullByDefault;
