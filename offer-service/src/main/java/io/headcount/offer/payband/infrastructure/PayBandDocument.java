package io.headcount.offer.payband.infrastructure;

import io.headcount.offer.payband.model.BandChange;
import io.headcount.offer.payband.model.BandFigures;
import io.headcount.offer.payband.model.BandKey;
import io.headcount.offer.payband.model.PayBand;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/** {@code bandKey} (team|level|zone|currency) is unique: one band per level, zone and currency in a team. */
@Document("pay_bands")
record PayBandDocument(@Id String id, String teamId, long version, String bandKey, String level, String zone,
                       String currency, BandFigures figures, List<BandChange> history) {

    static PayBandDocument from(PayBand band) {
        return new PayBandDocument(band.id(), band.teamId(), band.version(), band.key().asString(band.teamId()),
                band.key().level(), band.key().zone(), band.key().currency(), band.figures(), band.history());
    }

    PayBand toModel() {
        return new PayBand(id, teamId, new BandKey(level, zone, currency), figures, history, version);
    }
}
