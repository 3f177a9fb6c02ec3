package app.keel.account.security;

import app.keel.account.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spring's authentication provider calls this right after a right password whose stored hash is older than the
 * current encoder (another algorithm or fewer iterations): the hash is rewritten, so cost raises reach every login
 * without anyone resetting a password. Only the provider calls it, with the user it has just authenticated.
 */
@Component
class PasswordHashUpgrade implements UserDetailsPasswordService {

    private final UserAccountRepository accounts;

    PasswordHashUpgrade(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newHash) {
        KeelUser keelUser = (KeelUser) user;
        accounts.updatePasswordHash(keelUser.accountId(), newHash);
        return keelUser.withPasswordHash(newHash);
    }
}
