package io.headcount.offer.payband.model;

import io.headcount.events.WorkMode;
import io.headcount.offer.money.CurrencyMismatchException;
import io.headcount.offer.money.Money;
import io.headcount.plumbing.domain.InvalidFieldException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayBandRulesTest {

    private static final PayBand SENIOR_US = PayBand.create("b-1", "team-a", new BandKey("L5", "US", "USD"),
            figures("140000.00", "155000.00", "170000.00"), "tess", Instant.parse("2026-11-29T10:00:00Z"));

    @ParameterizedTest(name = "{0} USD → {1}, compa-ratio {2}")
    @CsvSource({"120000.00, BELOW, 0.77", "140000.00, WITHIN, 0.90", "155000.00, WITHIN, 1.00",
            "170000.00, WITHIN, 1.10", "180000.00, ABOVE, 1.16"})
    void an_expectation_sits_below_within_or_above_the_band_with_its_compa_ratio(String amount,
                                                                                 Alignment.Position position,
                                                                                 String ratio) {
        Alignment alignment = Alignment.of(Money.of(amount, "USD"), SENIOR_US);

        assertThat(alignment.position()).isEqualTo(position);
        assertThat(alignment.compaRatio()).isEqualByComparingTo(new BigDecimal(ratio));
    }

    @Test
    void amounts_in_another_currency_are_never_compared() {
        assertThatThrownBy(() -> Alignment.of(Money.of("150000.00", "EUR"), SENIOR_US))
                .isInstanceOf(CurrencyMismatchException.class).hasMessageContaining("EUR").hasMessageContaining("USD");
    }

    @Test
    void min_mid_and_max_are_ordered_positive_amounts() {
        assertRefused(figures("150000.00", "140000.00", "170000.00"), "mid");
        assertRefused(figures("140000.00", "175000.00", "170000.00"), "max");
        assertRefused(figures("0", "140000.00", "170000.00"), "min");
        assertRefused(figures("140000.001", "150000.00", "170000.00"), "min");
    }

    @Test
    void a_band_names_a_level_a_zone_and_an_iso_currency() {
        assertThatThrownBy(() -> new BandKey("L10", "US", "USD").validate()).extracting(e ->
                ((InvalidFieldException) e).field()).isEqualTo("level");
        assertThatThrownBy(() -> new BandKey("L5", "Germany", "EUR").validate()).extracting(e ->
                ((InvalidFieldException) e).field()).isEqualTo("zone");
        assertThatThrownBy(() -> new BandKey("L5", "EU-DE", "EURO").validate()).extracting(e ->
                ((InvalidFieldException) e).field()).isEqualTo("currency");
    }

    @Test
    void a_revision_keeps_the_earlier_figures_in_the_history() {
        PayBand revised = SENIOR_US.revise(figures("145000.00", "160000.00", "175000.00"), "aria",
                Instant.parse("2026-12-01T10:00:00Z"));

        assertThat(revised.history()).extracting(BandChange::mid).containsExactly(new BigDecimal("155000.00"),
                new BigDecimal("160000.00"));
        assertThat(revised.history()).extracting(BandChange::by).containsExactly("tess", "aria");
    }

    @Test
    void the_sample_bands_come_from_the_guides_figures_and_say_so() {
        assertThat(SampleBands.all()).allSatisfy(sample -> {
            sample.figures().validate();
            assertThat(sample.figures().source()).contains("hiring guide");
        });
        assertThat(SampleBands.all()).anySatisfy(sample -> {
            assertThat(sample.key()).isEqualTo(new BandKey("L3", "US", "USD"));
            assertThat(sample.figures().mid()).isEqualByComparingTo("82462");
        });
        assertThat(SampleBands.all()).anySatisfy(sample -> {
            assertThat(sample.key()).isEqualTo(new BandKey("L4", "US", "USD"));
            assertThat(sample.figures().mid()).isEqualByComparingTo("95472");
        });
        assertThat(SampleBands.all()).anySatisfy(sample -> {
            assertThat(sample.key()).isEqualTo(new BandKey("L5", "CA", "USD"));
            assertThat(sample.figures().min()).isEqualByComparingTo("140000");
            assertThat(sample.figures().max()).isEqualByComparingTo("170000");
        });
    }

    @ParameterizedTest(name = "{0} ({1}) → {2}")
    @CsvSource({"'Berlin, DE', HYBRID, EU-DE", "'Austin, US', ONSITE, US", "'Toronto, CA', HYBRID, CA",
            "Remote, REMOTE, REMOTE-US", "'Lisbon, PT', REMOTE, REMOTE-PT", "Berlin, HYBRID, REMOTE"})
    void a_requisitions_location_maps_to_a_zone(String location, WorkMode workMode, String zone) {
        assertThat(Zones.of(location, workMode)).isEqualTo(zone);
    }

    private static BandFigures figures(String min, String mid, String max) {
        return new BandFigures(new BigDecimal(min), new BigDecimal(mid), new BigDecimal(max), null, 8000L,
                new BigDecimal("25000.00"), "test");
    }

    private static void assertRefused(BandFigures figures, String field) {
        assertThatThrownBy(figures::validate).isInstanceOf(InvalidFieldException.class)
                .extracting(e -> ((InvalidFieldException) e).field()).isEqualTo(field);
    }
}
