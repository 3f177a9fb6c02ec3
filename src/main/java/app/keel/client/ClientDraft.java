package app.keel.client;

import app.keel.base.InputRules;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The editable part of a client, bound by the form and validated again by {@link ClientService}. */
public class ClientDraft {

    @NotBlank(message = "Please enter the client's name.")
    @Size(max = 120, message = "Use at most 120 characters.")
    @Pattern(regexp = InputRules.PLAIN_TEXT, message = InputRules.PLAIN_TEXT_MESSAGE)
    private String fullName = "";

    @NotBlank(message = "Please enter an e-mail address.")
    @Email(message = "This does not look like an e-mail address.")
    @Size(max = 254, message = "Use at most 254 characters.")
    private String email = "";

    private LocalDate dateOfBirth;

    @Size(max = 40, message = "Use at most 40 characters.")
    @Pattern(regexp = "[0-9+()./ -]*", message = "Use digits, spaces and + ( ) - only.")
    private String phone = "";

    @NotNull(message = "Please choose a status.")
    private ClientStatus status = ClientStatus.ACTIVE;

    @Size(max = 4000, message = "Use at most 4000 characters.")
    private String notes = "";

    /** Empty means "me" when a practitioner creates a client. */
    private Long primaryPractitionerId;

    public static ClientDraft of(ClientDetails client) {
        ClientDraft draft = new ClientDraft();
        draft.fullName = client.fullName();
        draft.email = client.email();
        draft.dateOfBirth = client.dateOfBirth();
        draft.phone = client.phone() == null ? "" : client.phone();
        draft.status = client.status();
        draft.notes = client.notes() == null ? "" : client.notes();
        draft.primaryPractitionerId = client.primaryPractitionerId();
        return draft;
    }

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

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public ClientStatus getStatus() {
        return status;
    }

    public void setStatus(ClientStatus status) {
        this.status = status;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Long getPrimaryPractitionerId() {
        return primaryPractitionerId;
    }

    public void setPrimaryPractitionerId(Long primaryPractitionerId) {
        this.primaryPractitionerId = primaryPractitionerId;
    }
}
