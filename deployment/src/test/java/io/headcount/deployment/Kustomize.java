package io.headcount.deployment;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The part of {@code kustomize build} these manifests use, so a test can build an overlay without the binary:
 * {@code resources} (files and kustomization directories), strategic-merge {@code patches} (maps merge, lists of
 * named items such as containers merge by name, other lists are replaced), {@code namespace}, {@code labels} and
 * {@code images}. A patch whose target is missing fails the build, as kustomize does.
 */
final class Kustomize {

    private Kustomize() {
    }

    static List<Map<String, Object>> build(Path directory) {
        Map<String, Object> kustomization = load(directory.resolve("kustomization.yaml")).get(0);
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Object entry : list(kustomization.get("resources"))) {
            Path resource = directory.resolve((String) entry).normalize();
            if (Files.isDirectory(resource)) {
                resources.addAll(build(resource));
            } else if (Files.isRegularFile(resource)) {
                resources.addAll(load(resource));
            } else {
                throw new IllegalStateException(directory + ": resource " + entry + " does not exist");
            }
        }
        for (Object entry : list(kustomization.get("patches"))) {
            Path patchFile = directory.resolve((String) map(entry).get("path"));
            for (Map<String, Object> patch : load(patchFile)) {
                Map<String, Object> target = resources.stream().filter(r -> sameObject(r, patch)).findFirst()
                        .orElseThrow(() -> new IllegalStateException(patchFile + ": no " + patch.get("kind") + " "
                                + name(patch) + " to patch"));
                merge(target, patch);
            }
        }
        Object namespace = kustomization.get("namespace");
        for (Object entry : list(kustomization.get("labels"))) {
            Map<String, Object> pairs = map(map(entry).get("pairs"));
            resources.forEach(r -> map(r.computeIfAbsent("metadata", k -> new LinkedHashMap<>()))
                    .computeIfAbsent("labels", k -> new LinkedHashMap<String, Object>()));
            resources.forEach(r -> map(map(r.get("metadata")).get("labels")).putAll(pairs));
        }
        if (namespace != null) {
            resources.forEach(r -> map(r.get("metadata")).put("namespace", namespace));
        }
        for (Object entry : list(kustomization.get("images"))) {
            Map<String, Object> image = map(entry);
            String name = (String) image.get("name");
            String replacement = image.getOrDefault("newName", name) + ":" + image.get("newTag");
            containersOf(resources).forEach(container -> {
                String current = (String) container.get("image");
                if (current.equals(name) || current.startsWith(name + ":")) {
                    container.put("image", replacement);
                }
            });
        }
        return resources;
    }

    static List<Map<String, Object>> containersOf(List<Map<String, Object>> resources) {
        List<Map<String, Object>> containers = new ArrayList<>();
        resources.stream().filter(r -> "Deployment".equals(r.get("kind"))).forEach(deployment ->
                list(podSpec(deployment).get("containers")).forEach(c -> containers.add(map(c))));
        return containers;
    }

    static Map<String, Object> podSpec(Map<String, Object> deployment) {
        return map(map(map(map(deployment.get("spec")).get("template")).get("spec")));
    }

    static String name(Map<String, Object> resource) {
        return (String) map(resource.get("metadata")).get("name");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return value == null ? new LinkedHashMap<>() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return value == null ? List.of() : (List<Object>) value;
    }

    static List<Map<String, Object>> load(Path file) {
        try {
            List<Map<String, Object>> documents = new ArrayList<>();
            for (Object document : new Yaml().loadAll(Files.readString(file))) {
                if (document != null) {
                    documents.add(map(document));
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean sameObject(Map<String, Object> resource, Map<String, Object> patch) {
        return Objects.equals(resource.get("kind"), patch.get("kind")) && Objects.equals(name(resource), name(patch));
    }

    private static void merge(Map<String, Object> target, Map<String, Object> patch) {
        patch.forEach((key, value) -> {
            Object current = target.get(key);
            if (value instanceof Map<?, ?> && current instanceof Map<?, ?>) {
                merge(map(current), map(value));
            } else if (value instanceof List<?> patchList && current instanceof List<?> currentList
                    && isNamedList(patchList) && isNamedList(currentList)) {
                List<Object> merged = new ArrayList<>(currentList);
                for (Object item : patchList) {
                    Object itemName = map(item).get("name");
                    merged.stream().filter(existing -> itemName.equals(map(existing).get("name"))).findFirst()
                            .ifPresentOrElse(existing -> merge(map(existing), map(item)), () -> merged.add(item));
                }
                target.put(key, merged);
            } else {
                target.put(key, value);
            }
        });
    }

    private static boolean isNamedList(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(item -> item instanceof Map<?, ?> m && m.get("name") != null);
    }
}
