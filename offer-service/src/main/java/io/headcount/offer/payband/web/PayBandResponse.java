package io.headcount.offer.payband.web;

import io.headcount.offer.payband.model.BandChange;
import io.headcount.offer.payband.model.PayBand;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A band as the API shows it: money and percentages as decimal strings, like everywhere else in the API. */
record PayBandResponse(String id, String teamId, String level, String zone, String currency, String min, String mid,
                       String max, String targetBonusPercent, Long equityMaxUnits, String signOnMax, String source,
                       List<BandChangeResponse> history, long version) {

    @Schema(description = "The band's figures from `at`, set by `by`; money as decimal strings")
    record BandChangeResponse(long version, Instant at, String by, String min, String mid, String max,
                              String targetBonusPercent, Long equityMaxUnits, String signOnMax, String source) {

        static BandChangeResponse of(BandChange change) {
            return new BandChangeResponse(change.version(), change.at(), change.by(), plain(change.min()),
                    plain(change.mid()), plain(change.max()), plain(change.targetBonusPercent()),
                    change.equityMaxUnits(), plain(change.signOnMax()), change.source());
        }
    }

    static PayBandResponse of(PayBand band) {
        var figures = band.figures();
        return new PayBandResponse(band.id(), band.teamId(), band.key().level(), band.key().zone(),
                band.key().currency(), plain(figures.min()), plain(figures.mid()), plain(figures.max()),
                plain(figures.targetBonusPercent()), figures.equityMaxUnits(), plain(figures.signOnMax()),
                figures.source(), band.history().stream().map(BandChangeResponse::of).toList(), band.version());
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
