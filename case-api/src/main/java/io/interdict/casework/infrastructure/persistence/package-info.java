/** JPA and JDBC adapters of casework's repositories, the audit trail and its chainer, the datasource and the Flyway schema migration. */
package io.interdict.casework.infrastructure.persistence;
