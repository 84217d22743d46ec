package io.github.circularj.model.lifecycle;

/** The kind of storage that was erased ({@link DataErased}); overwrite rules differ between them. */
public enum StorageMedium {
    /** Magnetic storage, such as a hard disk drive. */
    MAGNETIC,
    /** Flash storage, such as an SSD, eMMC or UFS. */
    FLASH
}
