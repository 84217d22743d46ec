package io.github.circularj.model.platform;

/** Who sells on a platform: an enterprise (a registered market entity) or a private person. */
public enum SellerKind {
    /** A registered market entity, which must display its licence information (电子商务法 Art. 15). */
    ENTERPRISE,
    /** A private person, who becomes an operator when selling frequently (consumer law). */
    PRIVATE_PERSON
}
