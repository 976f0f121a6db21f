package io.interdict.platform.environment;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The tests deploy the very WAR that {@code mvn package} built, not an archive assembled for the test,
 * and talk to it from outside as clients do.
 */
public abstract class DeployedApplication {

    @Deployment(testable = false)
    public static WebArchive interdict() {
        return ShrinkWrap.create(ZipImporter.class, "interdict.war")
                .importFrom(new File(System.getProperty("interdict.war")))
                .as(WebArchive.class);
    }
}
