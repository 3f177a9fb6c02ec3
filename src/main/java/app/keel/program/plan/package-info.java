/** What a client is asked to do: the week plan and the client's own program on any day. */
@NamedInterface("plan")
package app.keel.program.plan;

import org.springframework.modulith.NamedInterface;
