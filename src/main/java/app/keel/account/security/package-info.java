/** Sign-in, the signed-in user, security configuration and helpers. */
@NamedInterface("security")
package app.keel.account.security;

import org.springframework.modulith.NamedInterface;
