package io.headcount.plumbing.identity;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads Headcount's claims: {@code sub}, {@code teams} (list of team ids), {@code roles} (list of {@link Role}). */
public final class JwtCallers {

    public static final String TEAMS_CLAIM = "teams";
    public static final String ROLES_CLAIM = "roles";

    private JwtCallers() {
    }

    public static Caller callerOf(Jwt jwt) {
        Set<String> teams = Set.copyOf(listClaim(jwt, TEAMS_CLAIM));
        Set<Role> roles = listClaim(jwt, ROLES_CLAIM).stream()
                .filter(JwtCallers::isKnownRole)
                .map(Role::valueOf)
                .collect(Collectors.toSet());
        return new Caller(jwt.getSubject(), teams, roles);
    }

    public static Converter<Jwt, AbstractAuthenticationToken> authenticationConverter() {
        return jwt -> new JwtAuthenticationToken(jwt, authorities(jwt), jwt.getSubject());
    }

    private static Collection<GrantedAuthority> authorities(Jwt jwt) {
        return listClaim(jwt, ROLES_CLAIM).stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    private static List<String> listClaim(Jwt jwt, String name) {
        List<String> values = jwt.getClaimAsStringList(name);
        return values == null ? List.of() : values;
    }

    private static boolean isKnownRole(String role) {
        return Arrays.stream(Role.values()).anyMatch(r -> r.name().equals(role));
    }
}
