package com.estate.gateway.accounts;

import org.springframework.data.mongodb.repository.ReactiveMongoRepository;

import reactor.core.publisher.Mono;

public interface StaffAccountRepository extends ReactiveMongoRepository<StaffAccount, String> {

    /** By the unique username index (a plain equality filter, which the MongoDB stand-in can use). */
    Mono<StaffAccount> findByUsername(String normalizedUsername);
}
