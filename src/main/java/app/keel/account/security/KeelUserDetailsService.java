package app.keel.account.security;

import app.keel.account.Practitioner;
import app.keel.account.PractitionerRepository;
import app.keel.account.StudioSettings;
import app.keel.account.UserAccount;
import app.keel.account.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a login by e-mail, whatever its case. Accounts without a password yet (invited) or switched off cannot sign
 * in.
 */
@Service
class KeelUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final PractitionerRepository practitioners;

    KeelUserDetailsService(UserAccountRepository accounts, PractitionerRepository practitioners) {
        this.accounts = accounts;
        this.practitioners = practitioners;
    }

    @Override
    @Transactional(readOnly = true)
    public KeelUser loadUserByUsername(String email) {
        UserAccount account = accounts.findByEmailIgnoreCase(email == null ? "" : email.strip())
                .filter(UserAccount::hasPassword)
                // A switched-off login answers like an unknown one: same message, counted like any wrong guess.
                .filter(UserAccount::isEnabled)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        Long practitionerId = practitioners.findByAccountId(account.getId()).map(Practitioner::getId).orElse(null);
        StudioSettings studio = accounts.studioSettings(account.getStudioId());
        return new KeelUser(account.getId(), account.getStudioId(), practitionerId, account.getEmail(),
                account.getDisplayName(), account.getRoles(), studio.timeZone(), studio.locale(),
                account.getPasswordHash(), account.isEnabled(), account.isReadOnly());
    }
}
