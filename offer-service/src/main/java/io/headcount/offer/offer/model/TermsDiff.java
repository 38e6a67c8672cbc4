package io.headcount.offer.offer.model;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The fields two versions of an offer's terms differ in, by dotted path (e.g. compensation.baseSalary.amount). */
public final class TermsDiff {

    public record Change(String field, Object from, Object to) {
    }

    private TermsDiff() {
    }

    public static List<Change> between(OfferTerms from, OfferTerms to) {
        Map<String, Object> before = flatten(from);
        Map<String, Object> after = flatten(to);
        List<Change> changes = new ArrayList<>();
        Map<String, Object> all = new LinkedHashMap<>(before);
        after.forEach(all::putIfAbsent);
        all.keySet().forEach(field -> {
            Object old = before.get(field);
            Object now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(new Change(field, old, now));
            }
        });
        return changes;
    }

    /** Whether any amount of money changed (base, bonus, equity, sign-on, budgets): approvals must start again. */
    public static boolean changesMoney(OfferTerms from, OfferTerms to) {
        return !Objects.equals(from.compensation(), to.compensation());
    }

    static Map<String, Object> flatten(Object value) {
        Map<String, Object> fields = new LinkedHashMap<>();
        flatten("", value, fields);
        return fields;
    }

    private static void flatten(String path, Object value, Map<String, Object> into) {
        if (value != null && value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                try {
                    flatten(path.isEmpty() ? component.getName() : path + "." + component.getName(),
                            component.getAccessor().invoke(value), into);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        } else if (value instanceof Collection<?> || value == null || !path.isEmpty()) {
            if (!path.isEmpty()) {
                into.put(path, value == null ? null : value.toString());
            }
        }
    }
}
