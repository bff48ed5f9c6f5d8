package org.parkportal.billing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** How much of a credit note an invoice used. Only issued invoices' applications reduce what a note has left. */
@Entity
@Table(name = "billing_credit_application")
public class CreditApplication {

    @Id
    @SequenceGenerator(name = "billing_seq", sequenceName = "billing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "billing_seq")
    private Long id;

    @Column(name = "credit_note_id")
    private long creditNoteId;

    @Column(name = "invoice_id")
    private long invoiceId;

    private BigDecimal amount;

    protected CreditApplication() {
    }

    public CreditApplication(long creditNoteId, long invoiceId, BigDecimal amount) {
        this.creditNoteId = creditNoteId;
        this.invoiceId = invoiceId;
        this.amount = amount;
    }

    public long creditNoteId() { return creditNoteId; }
    public long invoiceId() { return invoiceId; }
    public BigDecimal amount() { return amount; }
}
