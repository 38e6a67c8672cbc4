package io.headcount.events.asyncapi;

import tools.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The AsyncAPI document rendered as one self-contained HTML page (no scripts, no CDN): channels, their messages,
 * the headers every message carries and each payload's fields with type, whether required and personal data.
 */
public final class AsyncApiPage {

    private AsyncApiPage() {
    }

    public static String html() {
        return render(AsyncApiDocument.generate());
    }

    static String render(JsonNode document) {
        StringBuilder html = new StringBuilder();
        JsonNode info = document.path("info");
        html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(info.path("title").asString())).append("</title><style>")
                .append("body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;"
                        + "color:#1d2430}table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}"
                        + "th,td{border:1px solid #d5dae1;padding:.3rem .5rem;text-align:left;vertical-align:top;"
                        + "font-size:.9rem}th{background:#f2f4f7}code{font-size:.85rem}.pd{color:#b42318;"
                        + "font-weight:600}h3{margin-top:2rem}")
                .append("</style></head><body>");
        html.append("<h1>").append(escape(info.path("title").asString())).append(" <small>AsyncAPI ")
                .append(escape(document.path("asyncapi").asString())).append(", version ")
                .append(escape(info.path("version").asString())).append("</small></h1>");
        html.append("<p>").append(escape(info.path("description").asString())).append("</p>");
        html.append("<p>Machine-readable: <a href=\"asyncapi.json\">asyncapi.json</a></p>");
        html.append("<h2>Channels</h2><table><tr><th>topic</th><th>messages</th><th>about</th></tr>");
        for (Map.Entry<String, JsonNode> channel : document.path("channels").properties()) {
            html.append("<tr><td><code>").append(escape(channel.getValue().path("address").asString()))
                    .append("</code></td><td>");
            for (String message : channel.getValue().path("messages").propertyNames()) {
                html.append("<a href=\"#").append(escape(message)).append("\">").append(escape(message))
                        .append("</a> ");
            }
            html.append("</td><td>").append(escape(channel.getValue().path("description").asString()))
                    .append("</td></tr>");
        }
        html.append("</table>");
        JsonNode messages = document.path("components").path("messages");
        JsonNode anyHeaders = messages.isEmpty() ? null : messages.iterator().next().path("headers");
        if (anyHeaders != null) {
            html.append("<h2>Headers of every message</h2>");
            fields(html, anyHeaders);
        }
        html.append("<h2>Messages</h2>");
        for (Map.Entry<String, JsonNode> entry : messages.properties()) {
            JsonNode message = entry.getValue();
            html.append("<h3 id=\"").append(escape(entry.getKey())).append("\">").append(escape(entry.getKey()))
                    .append("</h3><p><code>").append(escape(message.path("name").asString())).append("</code> — ")
                    .append(escape(message.path("summary").asString())).append("</p><p>Key: ")
                    .append(escape(message.path("bindings").path("kafka").path("key").path("description")
                            .asString()))
                    .append(". Schema: <code>").append(escape(message.path("payload").path("x-dataschema")
                            .asString())).append("</code></p>");
            fields(html, message.path("payload"));
        }
        return html.append("</body></html>").toString();
    }

    private static void fields(StringBuilder html, JsonNode schema) {
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        html.append("<table><tr><th>field</th><th>type</th><th>required</th><th>description</th></tr>");
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            JsonNode field = property.getValue();
            String type = field.path("type").isArray() ? field.path("type").toString() : field.path("type")
                    .asString();
            if (field.has("enum")) {
                type += " " + field.path("enum").toString();
            }
            if (field.has("const")) {
                type += " = " + field.path("const").asString();
            }
            html.append("<tr><td><code>").append(escape(property.getKey())).append("</code></td><td>")
                    .append(escape(type)).append("</td><td>").append(required.contains(property.getKey()) ? "yes" : "")
                    .append("</td><td>").append(escape(field.path("description").asString("")));
            if (field.path("x-personal-data").asBoolean(false)) {
                html.append(" <span class=\"pd\">personal data</span>");
            }
            html.append("</td></tr>");
        }
        html.append("</table>");
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
