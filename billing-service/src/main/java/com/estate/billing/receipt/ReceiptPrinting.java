package com.estate.billing.receipt;

import com.estate.platform.security.Caller;
import org.springframework.stereotype.Service;

/** Prints a receipt the caller may see, counting the print so that reprints are marked as copies. */
@Service
public class ReceiptPrinting {

    private final Receipts receipts;
    private final ReceiptPdf pdf;

    ReceiptPrinting(Receipts receipts, ReceiptPdf pdf) {
        this.receipts = receipts;
        this.pdf = pdf;
    }

    public Printed print(Caller caller, String receiptId) {
        Receipts.Printable printable = receipts.print(caller, receiptId);
        return new Printed(printable.receipt().number(), printable.copy(), pdf.print(printable));
    }

    /** The PDF of one print and whether it is a copy. */
    public record Printed(String number, boolean copy, byte[] pdf) {
    }
}
