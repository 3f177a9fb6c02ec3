/** Studio templates: save a program as a template, start from one, assign to many clients. */
@NamedInterface("template")
package app.keel.program.template;

import org.springframework.modulith.NamedInterface;
