package io.github.circularj.rules.pilot;

import io.github.circularj.model.lifecycle.DataErased;
import io.github.circularj.model.lifecycle.ErasureMethod;
import io.github.circularj.model.lifecycle.StorageMedium;

/**
 * What the mandatory national standard 数据安全技术 电子产品信息清除技术要求 (approved 2025-12-02, in
 * force 2027-01-01; reported as GB 46864-2025) asks of one erasure, as the project's policy documentation (docs/policy.md)
 * states it: block erase, or overwrite with enough passes (DATA-ERASURE-METHOD's parameters
 * {@code magnetic-passes}, 3, and {@code flash-passes}, 1; the clause numbers are not verified); a factory
 * reset is never enough; the result is verified.
 */
final class ErasureStandard {

    private ErasureStandard() {
    }

    /**
     * Whether an erasure meets the standard: verified, and a block erase or a sufficient overwrite.
     * A crypto erase and a factory reset never meet it (docs/policy.md, DATA-ERASURE-METHOD).
     */
    static boolean meets(DataErased erasure, int magneticPasses, int flashPasses) {
        if (!erasure.verified()) {
            return false;
        }
        switch (erasure.method()) {
            case BLOCK_ERASE:
                return true;
            case OVERWRITE:
                int needed = erasure.medium() == StorageMedium.MAGNETIC ? magneticPasses : flashPasses;
                return erasure.passes() >= needed;
            default:
                return false;
        }
    }

    /**
     * Whether an erasure counts as an erasure at all for DATA-ERASURE: anything but a factory reset,
     * which leaves user data recoverable.
     */
    static boolean counts(DataErased erasure) {
        return erasure.method() != ErasureMethod.FACTORY_RESET;
    }
}
