package com.estate.billing.receipt.web;

import com.estate.billing.receipt.ReceiptPrinting;
import com.estate.platform.security.Caller;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The printable receipt: the first print is the original, every later one says 副本 COPY. */
@RestController
class ReceiptPdfController {

    private final ReceiptPrinting printing;

    ReceiptPdfController(ReceiptPrinting printing) {
        this.printing = printing;
    }

    @GetMapping(value = "/api/billing/receipts/{id}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(ReceiptController.READERS)
    ResponseEntity<byte[]> pdf(@PathVariable String id, Caller caller) {
        ReceiptPrinting.Printed printed = printing.print(caller, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header("Content-Disposition", ContentDisposition.inline()
                        .filename("receipt-" + printed.number() + ".pdf").build().toString())
                .body(printed.pdf());
    }
}
