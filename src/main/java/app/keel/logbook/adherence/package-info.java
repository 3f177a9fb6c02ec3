/** The adherence rule and the schedule it counts against: plain Java. */
@NamedInterface("adherence")
package app.keel.logbook.adherence;

import org.springframework.modulith.NamedInterface;
