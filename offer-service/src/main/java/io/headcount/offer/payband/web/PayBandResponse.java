package io.headcount.offer.payband.web;

import io.headcount.offer.payband.model.BandChange;
import io.headcount.offer.payband.model.PayBand;

import java.util.List;

record PayBandResponse(String id, String teamId, String level, String zone, String currency, String min, String mid,
                       String max, String targetBonusPercent, Long equityMaxUnits, String signOnMax, String source,
                       List<BandChange> history, long version) {

    static PayBandResponse of(PayBand band) {
        var figures = band.figures();
        return new PayBandResponse(band.id(), band.teamId(), band.key().level(), band.key().zone(),
                band.key().currency(), figures.min().toPlainString(), figures.mid().toPlainString(),
                figures.max().toPlainString(), figures.targetBonusPercent() == null ? null
                : figures.targetBonusPercent().toPlainString(), figures.equityMaxUnits(),
                figures.signOnMax() == null ? null : figures.signOnMax().toPlainString(), figures.source(),
                band.history(), band.version());
    }
}
