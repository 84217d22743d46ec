/**
 * Refurbishment: the {@link io.github.circularj.model.refurbish.WorkOrder} under which an item is
 * repaired, with its {@link io.github.circularj.model.refurbish.PartReplacement part replacements},
 * grades before and after, and the {@link io.github.circularj.model.refurbish.Warranty} given.
 * A work order is carried by the lifecycle event {@code Refurbished}.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.model.refurbish;

import javax.annotation.ParametersAreNonnullByDefault;
