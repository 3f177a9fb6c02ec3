/**
 * The dosage engine: what a client is asked to do on a given day, computed from the base prescription,
 * the progression rule, the progression gate and the planned deload periods.
 * <p>
 * Pure Java on purpose (JDK types only, no Spring, no persistence): the maths is the part of Keel a
 * practitioner must be able to trust, so it is kept small enough to unit- and property-test exhaustively,
 * and the services feed it plain values they have already loaded. Other modules may use it (a named interface).
 */
@NamedInterface("dosage")
package app.keel.program.dosage;

import org.springframework.modulith.NamedInterface;
