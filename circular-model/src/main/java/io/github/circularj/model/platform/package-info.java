/**
 * A secondhand platform's own records, as the E-Commerce Law (电子商务法) makes them its duty: the
 * {@link io.github.circularj.model.platform.SellerAccount}s of the enterprises and private persons who sell on it
 * (the verification of each, its re-checks, the licence display of an enterprise seller, a suspension), the
 * {@link io.github.circularj.model.platform.PlatformListing}s they post (with the flags raised on them and the
 * platform's actions), and the {@link io.github.circularj.model.platform.PlatformTransaction}s completed (with the
 * record's retention). A platform does not own the items it lists: these records are about its sellers, its
 * listings and its records, not about item lifecycles.
 *
 * <p>{@link io.github.circularj.model.platform.PlatformRecords} assembles them for a reporting period and reports
 * every record it refuses (a listing by an unknown seller, a duplicate id, a transaction before its listing), so
 * that nothing submitted vanishes. No record holds an identity-card or mobile number: sellers and buyers are
 * references, and a verification is a reference to the check made, never the document checked.
 */
@ParametersAreNonnullByDefault
package io.github.circularj.model.platform;

import javax.annotation.ParametersAreNonnullByDefault;
