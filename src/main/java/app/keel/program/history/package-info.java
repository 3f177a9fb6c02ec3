/** The numbered revisions of running programs. */
@NamedInterface("history")
package app.keel.program.history;

import org.springframework.modulith.NamedInterface;
