package app.keel.client;

import app.keel.base.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;

/** A client's profile within one studio, cared for by a primary practitioner. */
@Entity
public class Client extends AbstractEntity {

    private long studioId;
    private Long accountId;
    private String fullName;
    private String email;
    private LocalDate dateOfBirth;
    private String phone;
    private long primaryPractitionerId;
    @Enumerated(EnumType.STRING)
    private ClientStatus status;
    private String notes;
    private Instant lastActivityAt;
    private String updatedBy;
    @Version
    private long version;

    protected Client() {
    }

    Client(long studioId) {
        this.studioId = studioId;
    }

    void apply(ClientDraft draft, long practitionerId, String editor) {
        fullName = draft.getFullName().strip();
        email = draft.getEmail().strip();
        dateOfBirth = draft.getDateOfBirth();
        phone = blankToNull(draft.getPhone());
        status = draft.getStatus();
        notes = blankToNull(draft.getNotes());
        primaryPractitionerId = practitionerId;
        updatedBy = editor;
    }

    void linkAccount(long accountId) {
        this.accountId = accountId;
    }

    void assignPrimary(long practitionerId, String editor) {
        primaryPractitionerId = practitionerId;
        updatedBy = editor;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public long getStudioId() {
        return studioId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getPhone() {
        return phone;
    }

    public long getPrimaryPractitionerId() {
        return primaryPractitionerId;
    }

    public ClientStatus getStatus() {
        return status;
    }

    public String getNotes() {
        return notes;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
