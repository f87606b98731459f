package com.estate.platform.testapp;

import com.estate.platform.core.pii.FieldEncryptor;
import com.estate.platform.core.pii.IdentityDocumentType;
import com.estate.platform.core.pii.LookupHasher;
import com.estate.platform.core.pii.MainlandIdNumbers;
import com.estate.platform.core.pii.MainlandMobiles;
import com.estate.platform.core.pii.MaskedId;
import com.estate.platform.core.pii.MaskedPhone;
import com.estate.platform.problem.NotFoundException;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Personal data the way a service handles it: validated, stored encrypted, found by lookup hash, shown masked. */
@RestController
class SamplePersonController {

    private final MongoTemplate mongo;
    private final FieldEncryptor encryptor;
    private final LookupHasher hasher;

    SamplePersonController(MongoTemplate mongo, FieldEncryptor encryptor, LookupHasher hasher) {
        this.mongo = mongo;
        this.encryptor = encryptor;
        this.hasher = hasher;
    }

    @PostMapping("/api/samples/people")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('CS_AGENT')")
    Map<String, Object> register(@Valid @RequestBody SamplePersonRequest request) {
        SamplePerson person = new SamplePerson();
        person.id = UUID.randomUUID().toString();
        person.name = request.name();
        person.idNumber = encryptor.encrypt(MainlandIdNumbers.normalize(request.idNumber()));
        person.idNumberHash = hasher.idNumber(request.idNumber());
        if (request.phone() != null) {
            person.phone = encryptor.encrypt(MainlandMobiles.normalize(request.phone()));
            person.phoneHash = hasher.phone(request.phone());
        }
        if (request.document() != null) {
            person.documentType = request.document().type();
            person.documentNumber = encryptor.encrypt(request.document().normalizedNumber());
        }
        mongo.insert(person);
        return Map.of("id", person.id);
    }

    /** By ID number, as written on the card or typed by an agent (lower-case x, blanks): one indexed read. */
    @GetMapping("/api/samples/people")
    SamplePersonView byIdNumber(@RequestParam String idNumber) {
        SamplePerson person = mongo.findOne(Query.query(Criteria.where("idNumberHash").is(hasher.idNumber(idNumber))),
                SamplePerson.class);
        if (person == null) {
            throw new NotFoundException("person", MaskedId.mainland(idNumber));
        }
        return view(person);
    }

    private SamplePersonView view(SamplePerson person) {
        IdentityDocumentType type = person.documentType;
        return new SamplePersonView(person.id, person.name, MaskedId.mainland(encryptor.decrypt(person.idNumber)),
                person.phone == null ? null : MaskedPhone.of(encryptor.decrypt(person.phone)), type,
                type == null ? null : MaskedId.of(type, encryptor.decrypt(person.documentNumber)));
    }
}
