package io.interdict.casework.infrastructure.persistence;

import io.interdict.casework.domain.model.attachments.Attachment;
import io.interdict.casework.domain.model.attachments.AttachmentContent;
import io.interdict.casework.domain.model.attachments.Attachments;
import io.interdict.casework.domain.model.cases.CaseId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The documents of cases in the casework database, their bytes in a table of their own. */
@ApplicationScoped
public class JpaAttachments implements Attachments {

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public void add(Attachment attachment, byte[] content) {
        em.persist(attachment);
        em.persist(new AttachmentContent(attachment.id(), content));
    }

    @Override
    public Optional<Attachment> find(UUID id) {
        return Optional.ofNullable(em.find(Attachment.class, id));
    }

    @Override
    public List<Attachment> ofCase(CaseId caseId) {
        return em.createQuery("select a from Attachment a where a.caseId = :case order by a.uploadedAt, a.id",
                Attachment.class).setParameter("case", caseId.value()).getResultList();
    }

    @Override
    public Optional<byte[]> content(UUID id) {
        return Optional.ofNullable(em.find(AttachmentContent.class, id)).map(AttachmentContent::content);
    }
}
