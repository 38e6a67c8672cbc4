package io.headcount.plumbing.web;

import io.headcount.plumbing.identity.Role;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles an operation is open to, as its OpenAPI document states them ({@code x-roles} and "Roles: …" in the
 * description). The application service enforces them; {@code RoleMatrixIT} checks that what is enforced, what this
 * says and the README's table are one and the same.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Allowed {

    Role[] value();
}
