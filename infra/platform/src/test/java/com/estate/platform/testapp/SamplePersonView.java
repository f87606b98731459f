package com.estate.platform.testapp;

import com.estate.platform.core.pii.IdentityDocumentType;
import com.estate.platform.core.pii.MaskedId;
import com.estate.platform.core.pii.MaskedPhone;

/** What a caller reads: the masked types decide per caller whether the numbers are shown whole. */
record SamplePersonView(String id, String name, MaskedId idNumber, MaskedPhone phone,
        IdentityDocumentType documentType, MaskedId documentNumber) {
}
