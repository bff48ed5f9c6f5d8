package org.parkportal.billing.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.parkportal.persistence.InstantColumn;
import org.parkportal.billing.infrastructure.PeriodColumn;

/**
 * A tenant's invoice for one month (one per tenant and month: a unique constraint). While a draft it is prepared
 * again from the charges and credits on every run; issuing numbers it and freezes it for good.
 *
 * <p>subtotal = sum of the rounded lines; credits = credit notes used, at most the subtotal; tax = (subtotal −
 * credits) × tax rate, rounded once; total = subtotal − credits + tax.
 */
@Entity
@Table(name = "billing_invoice")
public class Invoice {

    @Id
    @SequenceGenerator(name = "billing_seq", sequenceName = "billing_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "billing_seq")
    private Long id;

    private String tenant;

    @Convert(converter = PeriodColumn.class)
    private BillingPeriod period;

    @Enumerated(EnumType.STRING)
    private InvoiceStatus status;

    private String number;

    private String currency;

    @Column(name = "billing_name")
    private String billingName;

    private BigDecimal subtotal;

    private BigDecimal credits;

    @Column(name = "tax_rate")
    private BigDecimal taxRate;

    private BigDecimal tax;

    private BigDecimal total;

    @Column(name = "created_at")
    @Convert(converter = InstantColumn.class)
    private Instant createdAt;

    @Column(name = "issued_at")
    @Convert(converter = InstantColumn.class)
    private Instant issuedAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "billing_invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderColumn(name = "position")
    private List<InvoiceLine> lines = new ArrayList<>();

    protected Invoice() {
    }

    public Invoice(String tenant, BillingPeriod period, Currency currency, Instant createdAt) {
        this.tenant = tenant;
        this.period = period;
        this.status = InvoiceStatus.DRAFT;
        this.currency = currency.getCurrencyCode();
        this.createdAt = createdAt;
        Money zero = Money.zero(currency);
        this.billingName = tenant;
        this.subtotal = zero.amount();
        this.credits = zero.amount();
        this.taxRate = BigDecimal.ZERO;
        this.tax = zero.amount();
        this.total = zero.amount();
    }

    /**
     * Makes the draft say these lines and credits; refuses an issued invoice.
     *
     * @param availableCredit what the tenant's credit notes have left; the invoice uses at most its subtotal
     * @return the credit used
     */
    public Money prepare(String billingName, BigDecimal taxRate, List<InvoiceLine> newLines, Money availableCredit) {
        requireDraft();
        Currency c = currency();
        Money sub = Money.zero(c);
        for (InvoiceLine line : newLines) {
            sub = sub.plus(Money.exactly(line.amount(), c));
        }
        Money used = availableCredit.isPositive() && sub.isPositive() ? availableCredit.min(sub) : Money.zero(c);
        Money taxable = sub.minus(used);
        Money taxAmount = taxable.percent(taxRate);
        this.billingName = billingName;
        this.taxRate = taxRate;
        this.lines = new ArrayList<>(newLines);
        this.subtotal = sub.amount();
        this.credits = used.amount();
        this.tax = taxAmount.amount();
        this.total = taxable.plus(taxAmount).amount();
        return used;
    }

    public void issue(String number, Instant at) {
        requireDraft();
        this.status = InvoiceStatus.ISSUED;
        this.number = number;
        this.issuedAt = at;
    }

    private void requireDraft() {
        if (status != InvoiceStatus.DRAFT) {
            throw new BillingRefused(BillingRefused.Reason.INVOICE_ISSUED, number);
        }
    }

    public boolean issued() {
        return status == InvoiceStatus.ISSUED;
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public Long id() { return id; }
    public String tenant() { return tenant; }
    public BillingPeriod period() { return period; }
    public InvoiceStatus status() { return status; }
    public String number() { return number; }
    public String billingName() { return billingName; }
    public Money subtotal() { return Money.exactly(subtotal, currency()); }
    public Money credits() { return Money.exactly(credits, currency()); }
    public BigDecimal taxRate() { return taxRate; }
    public Money tax() { return Money.exactly(tax, currency()); }
    public Money total() { return Money.exactly(total, currency()); }
    public Instant createdAt() { return createdAt; }
    public Instant issuedAt() { return issuedAt; }
    public List<InvoiceLine> lines() { return List.copyOf(lines); }
}
