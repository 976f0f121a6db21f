package io.interdict.casework.infrastructure.payments;

import io.interdict.casework.domain.model.payment.PaymentMessage;
import io.interdict.casework.domain.model.payment.PaymentMessageReader;
import jakarta.enterprise.context.ApplicationScoped;

/** The payment messages read with Prowide's libraries: ISO 20022 pacs.008 and pacs.009, SWIFT MT103 and MT202. */
@ApplicationScoped
public class ProwidePaymentMessages implements PaymentMessageReader {

    private final IsoPaymentReader iso = new IsoPaymentReader();
    private final MtPaymentReader mt = new MtPaymentReader();

    @Override
    public PaymentMessage read(Syntax syntax, String text) {
        return switch (syntax) {
            case ISO_20022 -> iso.read(text);
            case SWIFT_MT -> mt.read(text);
        };
    }
}
