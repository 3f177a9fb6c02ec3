package app.keel.account;

import app.keel.base.InputRules;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an admin types to invite a practitioner; validated again by the service. */
public class StaffDraft {

    @NotBlank(message = "Please enter a name.")
    @Size(max = 120, message = "Use at most 120 characters.")
    @Pattern(regexp = InputRules.PLAIN_TEXT, message = InputRules.PLAIN_TEXT_MESSAGE)
    private String fullName = "";

    @NotBlank(message = "Please enter an e-mail address.")
    @Email(message = "This does not look like an e-mail address.")
    @Size(max = 254, message = "Use at most 254 characters.")
    private String email = "";

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
