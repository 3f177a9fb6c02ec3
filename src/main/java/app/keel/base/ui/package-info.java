/** Shared view building blocks: layouts, notifications, form errors, dates. */
@NamedInterface("ui")
package app.keel.base.ui;

import org.springframework.modulith.NamedInterface;
