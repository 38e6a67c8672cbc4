package io.headcount.plumbing.outbox;

import org.springframework.data.mongodb.core.MongoTemplate;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads one record by id for a caller: the lookup is by {@code _id} alone (served by the _id index on every store)
 * and a record of a team the caller is not in is treated as absent, so it is a 404, never a leak.
 */
public final class TeamScopedReads {

    private TeamScopedReads() {
    }

    public static <T> Optional<T> findById(MongoTemplate mongo, Object id, Class<T> type,
                                           Collection<String> teamIds, Function<T, String> teamOf) {
        return Optional.ofNullable(mongo.findById(id, type)).filter(found -> teamIds.contains(teamOf.apply(found)));
    }

    /**
     * One page of a team-scoped list in creation order (ids sort by creation time): records of the caller's teams
     * that have the given field values (null values are not filtered on), after the cursor's id.
     *
     * @param fieldsAndValues name, value, name, value, ...
     */
    public static <T> List<T> pageInTeams(MongoTemplate mongo, Class<T> type, Collection<String> teamIds,
                                          String afterId, int limit, Object... fieldsAndValues) {
        Criteria criteria = Criteria.where("teamId").in(teamIds);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (fieldsAndValues[i + 1] != null) {
                criteria = criteria.and((String) fieldsAndValues[i]).is(fieldsAndValues[i + 1]);
            }
        }
        if (afterId != null) {
            criteria = criteria.and("_id").gt(afterId);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("_id")).limit(limit), type);
    }
}
