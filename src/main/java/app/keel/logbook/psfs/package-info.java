/** The patient-specific functional scale: activities set by staff, rated by the client. */
@NamedInterface("psfs")
package app.keel.logbook.psfs;

import org.springframework.modulith.NamedInterface;
