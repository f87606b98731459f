package com.estate.platform.testapp;

import com.estate.platform.core.pii.IdentityDocumentType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person as a service stores one: ID number and phone only encrypted, each with its lookup hash next to it (a
 * unique index, so finding by ID number is one indexed read on the stand-in too: infra/ARCHITECTURE.md section 3).
 */
@Document("sample_people")
public class SamplePerson {

    @Id
    public String id;

    public String name;

    /** {@code v1:<kid>:...}, see FieldEncryptor. */
    public String idNumber;

    @Indexed(unique = true)
    public String idNumberHash;

    public String phone;

    public String phoneHash;

    public IdentityDocumentType documentType;

    public String documentNumber;
}
