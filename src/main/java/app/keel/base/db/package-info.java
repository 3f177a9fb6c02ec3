/** The embedded database of the one-command run. */
@NamedInterface("db")
package app.keel.base.db;

import org.springframework.modulith.NamedInterface;
