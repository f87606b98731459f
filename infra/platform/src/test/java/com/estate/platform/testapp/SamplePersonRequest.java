package com.estate.platform.testapp;

import com.estate.platform.core.pii.IdentityDocument;
import com.estate.platform.core.pii.validation.MainlandIdNumber;
import com.estate.platform.core.pii.validation.MainlandMobile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

record SamplePersonRequest(@NotBlank String name, @NotBlank @MainlandIdNumber String idNumber,
        @MainlandMobile String phone, @Valid IdentityDocument document) {
}
