package io.interdict.platform.environment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test against the real platform: PostgreSQL and Keycloak first ({@link TestEnvironment}),
 * then WildFly with the application deployed (Arquillian). The order of the two extensions matters.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(TestEnvironment.class)
@ExtendWith(ArquillianExtension.class)
public @interface PlatformTest {
}
