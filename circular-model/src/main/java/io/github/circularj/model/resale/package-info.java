/**
 * Resale: how an item is offered ({@link io.github.circularj.model.resale.Listing}) and sold
 * ({@link io.github.circularj.model.resale.Sale}), on which {@link io.github.circularj.model.resale.SalesChannel},
 * with which {@link io.github.circularj.model.resale.Disclosure}s and
 * {@link io.github.circularj.model.resale.ReturnPolicy}. Listings and sales are carried by the
 * lifecycle events {@code Listed} and {@code Sold}.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.model.resale;

import javax.annotation.ParametersAreNonnullByDefault;
