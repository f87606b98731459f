package com.estate.billing.pdf;

/** A document could not be written (an I/O failure inside PDFBox): a fault of the service, not of the caller. */
public final class PdfException extends RuntimeException {

    PdfException(String message, Throwable cause) {
        super(message, cause);
    }
}
