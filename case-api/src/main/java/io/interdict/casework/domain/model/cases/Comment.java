package io.interdict.casework.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A note on a case: evidence gathered, a question to a colleague, what a returned case still needs. */
@Entity
@Table(name = "case_comment")
public class Comment {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id")
    private ScreeningCase screeningCase;

    @Column(name = "author", nullable = false, length = 255)
    private String author;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "text", nullable = false, length = 4000)
    private String text;

    protected Comment() {
        // for JPA
    }

    Comment(ScreeningCase screeningCase, String author, Instant writtenAt, String text) {
        this.id = UUID.randomUUID();
        this.screeningCase = screeningCase;
        this.author = author;
        this.writtenAt = writtenAt;
        this.text = text;
    }

    public UUID id() {
        return id;
    }

    public String author() {
        return author;
    }

    public Instant writtenAt() {
        return writtenAt;
    }

    public String text() {
        return text;
    }
}
