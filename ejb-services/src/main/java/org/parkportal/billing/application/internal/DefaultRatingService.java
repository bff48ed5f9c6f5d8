package org.parkportal.billing.application.internal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;
import org.parkportal.billing.application.RatingResult;
import org.parkportal.billing.application.RatingService;

/** The rating loop outside any transaction: each batch commits in its own (RatingBatches). */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultRatingService implements RatingService {

    private static final Logger LOG = Logger.getLogger(DefaultRatingService.class.getName());

    @EJB
    private RatingBatches batches;

    @Override
    public RatingResult rateAll() {
        RatingResult result = new RatingRun().run(batches::rateBatch);
        if (result.rated() > 0 || result.unpriced() > 0) {
            LOG.info(() -> "Rating: " + result.rated() + " record(s) charged in " + result.batches()
                    + " batch(es), " + result.unpriced() + " without a price");
        }
        return result;
    }
}
