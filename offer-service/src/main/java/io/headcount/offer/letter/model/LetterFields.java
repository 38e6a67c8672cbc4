package io.headcount.offer.letter.model;

import io.headcount.events.Money;
import io.headcount.offer.offer.model.Compensation;
import io.headcount.offer.offer.model.Offer;
import io.headcount.offer.offer.model.OfferTerms;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The values a letter template can use, from an offer's current version, and the template filled with them. */
public final class LetterFields {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");

    private LetterFields() {
    }

    public static Map<String, String> of(Offer offer) {
        OfferTerms terms = offer.currentVersion().terms();
        Compensation pay = terms.compensation();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("offerId", offer.id());
        fields.put("teamId", offer.teamId());
        fields.put("candidateId", offer.candidateId());
        fields.put("requisitionId", offer.requisitionId());
        fields.put("version", String.valueOf(offer.currentVersion().number()));
        fields.put("baseSalary", money(pay.baseSalary()));
        fields.put("bonus", pay.bonusTargetPercent() == null ? "none" : pay.bonusTargetPercent() + " % of base");
        fields.put("equity", pay.equity() == null ? "none" : String.format(Locale.ROOT,
                "%,d %s vesting over %d months with a %d-month cliff", pay.equity().units(), pay.equity().grantType(),
                pay.equity().vestingMonths(), pay.equity().cliffMonths()));
        fields.put("signOn", pay.signOnBonus() == null ? "none" : money(pay.signOnBonus()));
        fields.put("benefits", benefits(pay.benefits()));
        fields.put("perks", perks(pay.perks()));
        fields.put("workMode", terms.workMode().name().toLowerCase(Locale.ROOT));
        fields.put("startDate", terms.startDate().toString());
        fields.put("expiresAt", terms.expiresAt() == null ? "further notice" : terms.expiresAt().toString());
        return fields;
    }

    /** The template with every ${name} replaced; comment lines (#) dropped; unknown names left visible. */
    public static List<String> fill(List<String> template, Map<String, String> fields) {
        List<String> lines = new ArrayList<>();
        for (String line : template) {
            if (line.startsWith("#")) {
                continue;
            }
            Matcher matcher = PLACEHOLDER.matcher(line);
            StringBuilder filled = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(filled, Matcher.quoteReplacement(fields.getOrDefault(matcher.group(1),
                        matcher.group())));
            }
            matcher.appendTail(filled);
            lines.add(filled.toString());
        }
        return lines;
    }

    static String money(Money money) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(new BigDecimal(money.amount())) + " " + money.currency();
    }

    private static String benefits(Compensation.Benefits benefits) {
        if (benefits == null) {
            return "as the company's standard plan";
        }
        List<String> parts = new ArrayList<>();
        if (benefits.retirementMatchPercent() != null) {
            parts.add(benefits.retirementMatchPercent() + " % retirement match");
        }
        if (benefits.healthcare()) {
            parts.add("healthcare");
        }
        if (benefits.dental()) {
            parts.add("dental");
        }
        if (benefits.vision()) {
            parts.add("vision");
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static String perks(Compensation.Perks perks) {
        if (perks == null) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        if (perks.parentalLeaveWeeks() != null) {
            parts.add(perks.parentalLeaveWeeks() + " weeks parental leave");
        }
        if (perks.trainingBudget() != null) {
            parts.add(money(perks.trainingBudget()) + " training budget");
        }
        if (perks.commuterBenefit()) {
            parts.add("commuter benefit");
        }
        if (perks.relocation() != null) {
            parts.add(money(perks.relocation()) + " relocation");
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
