package io.interdict.casework.infrastructure.persistence;

/**
 * The application's one datasource, defined by the server configuration (deploy/src/main/cli) and
 * pointed at H2 or PostgreSQL when the server starts. The workflow engine shares it, so casework
 * changes and process state commit in the same JTA transaction.
 */
public final class InterdictDataSource {

    public static final String JNDI_NAME = "java:jboss/datasources/InterdictDS";

    private InterdictDataSource() {
    }
}
