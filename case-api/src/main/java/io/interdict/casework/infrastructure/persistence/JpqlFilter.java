package io.interdict.casework.infrastructure.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JPQL query built from optional filters, each a clause with named parameters (never text pasted into the query),
 * read one page at a time. The repositories' list queries are made with it.
 */
final class JpqlFilter {

    private final StringBuilder jpql;
    private final Map<String, Object> parameters = new HashMap<>();

    /** @param select the query up to its filters, ending in a condition ({@code ... where 1 = 1}) */
    JpqlFilter(String select) {
        this.jpql = new StringBuilder(select);
    }

    /** Adds {@code and clause}, with the clause's parameter. */
    JpqlFilter and(String clause, String name, Object value) {
        jpql.append(" and ").append(clause);
        parameters.put(name, value);
        return this;
    }

    /** Adds {@code and clause}; its parameters follow with {@link #with}. */
    JpqlFilter and(String clause) {
        jpql.append(" and ").append(clause);
        return this;
    }

    /** A further parameter of the last clause. */
    JpqlFilter with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** The one row the query gives (a count). */
    <T> T single(EntityManager em, Class<T> type) {
        TypedQuery<T> query = em.createQuery(jpql.toString(), type);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The rows of page {@code page} (from 0) in the order given, plus {@code extra} rows to tell whether more follow. */
    <T> List<T> page(EntityManager em, Class<T> type, String orderBy, int page, int size, int extra) {
        TypedQuery<T> query = em.createQuery(jpql + " order by " + orderBy, type);
        parameters.forEach(query::setParameter);
        return query.setFirstResult(page * size).setMaxResults(size + extra).getResultList();
    }
}
