/**
 * Parties of the circular economy: who trades, where, and in which role.
 *
 * <p>An {@link io.github.circularj.model.party.Enterprise} is identified by its
 * {@link io.github.circularj.model.party.CreditCode} (the unified social credit code of
 * GB 32100-2015), sits in a {@link io.github.circularj.model.party.City} named by a prefecture-level
 * {@link io.github.circularj.model.party.DivisionCode} (GB/T 2260) and acts in one or more
 * {@link io.github.circularj.model.party.EnterpriseRole}s. The other side of a trade is a
 * {@link io.github.circularj.model.party.Counterparty}: a person known only by a label and an
 * {@link io.github.circularj.model.party.IdentityVerification} reference, or an enterprise known by
 * its credit code. The model never holds a raw identity-card or mobile number.
 *
 * <p>Every type here is an immutable value, validated at construction: an invalid value cannot be
 * built, and the exception says which field, which value and which rule.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.model.party;

import javax.annotation.ParametersAreNonnullByDefault;
