package com.estate.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/**
 * Put on a {@code @SpringBootTest} class: points the application at the JVM's shared Kafka and MongoDB and at
 * {@link TestTokens}' JWK set (see {@link SharedInfrastructureInitializer} for the properties). All classes
 * with the same configuration share one cached application context.
 *
 * <p>A class that declares its own {@code @ContextConfiguration} should list
 * {@link SharedInfrastructureInitializer} in its {@code initializers} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = SharedInfrastructureInitializer.class)
public @interface WithSharedInfrastructure {
}
