/**
 * The REST API at {@code /api}. Resources call the application layer only, in one shape:
 * <ul>
 *   <li>a request body is a plain class in {@code *Requests} (or {@link io.interdict.casework.interfaces.rest.PartyRequest}),
 *       read field by field with {@link io.interdict.casework.interfaces.rest.RequestFields}, which collects every
 *       invalid field and reads ids from the path;</li>
 *   <li>an answer is a record named {@code ...View} in the family's {@code *Views} class, built by a static factory
 *       there from the domain object;</li>
 *   <li>a failure is answered by {@link io.interdict.casework.interfaces.rest.ProblemMapper} as problem+json, by the
 *       family {@link io.interdict.casework.interfaces.rest.ProblemFamily} places it in.</li>
 * </ul>
 */
package io.interdict.casework.interfaces.rest;
