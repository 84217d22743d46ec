package io.github.circularj.model.lifecycle;

/**
 * How user data was erased ({@link DataErased}). The policy documentation's (docs/policy.md) rule DATA-ERASURE-METHOD,
 * after the mandatory national standard 数据安全技术 电子产品信息清除技术要求 (reported as GB 46864-2025,
 * in force 2027-01-01), accepts a verified block erase, or an overwrite of at least 3 passes on
 * magnetic media or 1 on flash; a factory reset alone is not enough.
 */
public enum ErasureMethod {
    /** The storage's own sanitize or block-erase command. */
    BLOCK_ERASE,
    /** Overwriting every addressable location, in one or more passes. */
    OVERWRITE,
    /** Destroying the key of storage that was encrypted throughout. */
    CRYPTO_ERASE,
    /** The device's factory reset. */
    FACTORY_RESET
}
