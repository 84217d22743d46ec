/**
 * What a thing is: product types, physical items and the values that describe them.
 *
 * <p>A {@link io.github.circularj.model.product.Product} is a type of product (brand, model,
 * {@link io.github.circularj.model.product.Category}, optional
 * {@link io.github.circularj.model.product.MaterialComposition}); an
 * {@link io.github.circularj.model.product.Item} is one physical unit of it, known by its
 * {@link io.github.circularj.model.product.ItemId} and its
 * {@link io.github.circularj.model.product.Identifier}s (IMEI, VIN, serial number). The condition of
 * an item is a {@link io.github.circularj.model.product.ConditionGrade} on a
 * {@link io.github.circularj.model.product.GradingScale}.
 *
 * <p>Every type here is an immutable value, validated at construction: an invalid value cannot be
 * built, and the exception says which field, which value and which rule.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.model.product;

import javax.annotation.ParametersAreNonnullByDefault;
