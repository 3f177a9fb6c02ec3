/** Demo-only history seeding (see ArchitectureTest: only the demo may use it). */
@NamedInterface("history")
package app.keel.logbook.history;

import org.springframework.modulith.NamedInterface;
