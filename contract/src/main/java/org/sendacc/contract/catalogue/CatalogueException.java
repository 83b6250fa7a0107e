package org.sendacc.contract.catalogue;

/** The indicator catalogue is malformed: a missing field, an unknown recipe or method. */
public final class CatalogueException extends RuntimeException {
    public CatalogueException(String message) {
        super(message);
    }

    public CatalogueException(String message, Throwable cause) {
        super(message, cause);
    }
}
