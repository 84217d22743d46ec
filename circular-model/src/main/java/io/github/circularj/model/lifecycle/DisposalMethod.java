package io.github.circularj.model.lifecycle;

/** How an item was {@link Disposed} of, without recovering its materials. */
public enum DisposalMethod {
    /** Sent to landfill. */
    LANDFILL,
    /** Incinerated. */
    INCINERATION
}
