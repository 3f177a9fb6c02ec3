/** A program's items (prescriptions) and their editing. */
@NamedInterface("prescription")
package app.keel.program.prescription;

import org.springframework.modulith.NamedInterface;
