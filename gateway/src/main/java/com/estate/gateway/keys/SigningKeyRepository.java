package com.estate.gateway.keys;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

interface SigningKeyRepository extends ReactiveMongoRepository<SigningKeyDocument, String> {
}
