package io.interdict.casework.domain.model.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.Optional;

/**
 * The institution that holds blocked property or rejected a transaction, as its reports name it: name, address and
 * the person OFAC may contact for more information (501.603(b)(1)(ii), 501.604(b)(1)). From configuration.
 */
@Embeddable
public class Institution {

    @Column(name = "name", length = 300)
    private String name;

    @Column(name = "address", length = 1000)
    private String address;

    @Column(name = "contact_name", length = 300)
    private String contactName;

    @Column(name = "contact_email", length = 300)
    private String contactEmail;

    @Column(name = "contact_phone", length = 50)
    private String contactPhone;

    protected Institution() {
        // for JPA
    }

    public Institution(String name, String address, String contactName, String contactEmail, String contactPhone) {
        this.name = required(name, "name");
        this.address = required(address, "address");
        this.contactName = required(contactName, "contact name");
        this.contactEmail = required(contactEmail, "contact email");
        this.contactPhone = contactPhone == null || contactPhone.isBlank() ? null : contactPhone.strip();
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the institution's " + what + " is required");
        }
        return value.strip();
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public Optional<String> contactPhone() {
        return Optional.ofNullable(contactPhone);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Institution that && name.equals(that.name) && address.equals(that.address)
                && contactName.equals(that.contactName) && contactEmail.equals(that.contactEmail)
                && Objects.equals(contactPhone, that.contactPhone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, address, contactEmail);
    }
}
